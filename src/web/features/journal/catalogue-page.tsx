import {
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/constants/roles';
import type { ServiceDirection, ServiceType } from '../../../shared/contracts/journal';
import { localized } from '../../lib/localized';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { useCurrentUser } from '../auth/use-current-user';
import { useCatalogueActive, useServiceCatalogue } from './catalogue-api';
import { DirectionFormModal } from './direction-form';
import { ServiceTypeBadges } from './service-type-badges';
import { ServiceTypeFormModal } from './service-type-form';

// Mirrors the server's access list; the server still decides.
const EDITORS: readonly Role[] = ['national', 'admin'];

type Editing =
  | { kind: 'direction'; direction?: ServiceDirection }
  | { kind: 'type'; directionId: number; serviceType?: ServiceType }
  | null;

/** /catalogue/services: directions with their service types; national and admin users maintain them. */
export function CataloguePage() {
  const { t, i18n } = useTranslation('journal');
  const me = useCurrentUser();
  const canEdit = !!me.data && EDITORS.includes(me.data.role);
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const catalogue = useServiceCatalogue(canEdit && showInactive);
  const active = useCatalogueActive();
  const onError = useApiErrorHandler();
  const name = (n: { kk: string; ru: string; en: string }) => localized(n, i18n.language);
  const toggle = (kind: 'service-directions' | 'service-types', id: number, isActive: boolean) =>
    active.mutate({ kind, id, active: !isActive }, { onError: (e) => onError(e) });

  const typeRows = (d: ServiceDirection) =>
    d.types.map((type) => (
      <Table.Tr key={type.id}>
        <Table.Td>{name(type.name)}</Table.Td>
        <Table.Td>
          <Text size="sm" c="dimmed" ff="monospace">
            {type.code}
          </Text>
        </Table.Td>
        <Table.Td>
          <ServiceTypeBadges type={type} />
        </Table.Td>
        {canEdit && (
          <Table.Td>
            <Group gap="xs" justify="flex-end" wrap="nowrap">
              <Button
                size="xs"
                variant="subtle"
                aria-label={`${t('common:edit')}: ${name(type.name)}`}
                onClick={() => setEditing({ kind: 'type', directionId: d.id, serviceType: type })}
              >
                {t('common:edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                aria-label={`${t(type.isActive ? 'deactivate' : 'reactivate')}: ${name(type.name)}`}
                onClick={() => toggle('service-types', type.id, type.isActive)}
              >
                {t(type.isActive ? 'deactivate' : 'reactivate')}
              </Button>
            </Group>
          </Table.Td>
        )}
      </Table.Tr>
    ));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        {canEdit && (
          <Group>
            <Switch
              label={t('showInactive')}
              checked={showInactive}
              onChange={(e) => setShowInactive(e.currentTarget.checked)}
            />
            <Button leftSection={<IconPlus aria-hidden />} onClick={() => setEditing({ kind: 'direction' })}>
              {t('direction.add')}
            </Button>
          </Group>
        )}
      </Group>
      <Text c="dimmed">{t('intro')}</Text>
      {catalogue.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      )}
      {catalogue.isError && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
          {t('common:error.loadFailed')}
        </Alert>
      )}
      {catalogue.data?.map((d) => (
        <Card key={d.id} withBorder component="section" aria-labelledby={`direction-${d.id}`}>
          <Group justify="space-between" mb="sm">
            <Group gap="xs">
              <Title order={2} size="h4" id={`direction-${d.id}`}>
                {name(d.name)}
              </Title>
              {!d.isActive && (
                <Badge color="gray" variant="outline">
                  {t('inactive')}
                </Badge>
              )}
            </Group>
            {canEdit && (
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setEditing({ kind: 'type', directionId: d.id })}
                >
                  {t('type.add')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  aria-label={`${t('common:edit')}: ${name(d.name)}`}
                  onClick={() => setEditing({ kind: 'direction', direction: d })}
                >
                  {t('common:edit')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  aria-label={`${t(d.isActive ? 'deactivate' : 'reactivate')}: ${name(d.name)}`}
                  onClick={() => toggle('service-directions', d.id, d.isActive)}
                >
                  {t(d.isActive ? 'deactivate' : 'reactivate')}
                </Button>
              </Group>
            )}
          </Group>
          {d.types.length ? (
            <Table.ScrollContainer minWidth={560}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('field.name')}</Table.Th>
                    <Table.Th>{t('field.code')}</Table.Th>
                    <Table.Th>{t('field.flags')}</Table.Th>
                    {canEdit && <Table.Th aria-label={t('actions')} />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>{typeRows(d)}</Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Text c="dimmed">{t('type.none')}</Text>
          )}
        </Card>
      ))}
      {editing?.kind === 'direction' && (
        <DirectionFormModal direction={editing.direction} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'type' && catalogue.data && (
        <ServiceTypeFormModal
          directions={catalogue.data}
          directionId={editing.directionId}
          serviceType={editing.serviceType}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
