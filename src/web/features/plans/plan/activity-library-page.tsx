import { Alert, Badge, Button, Group, Loader, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityTemplate } from '../../../../shared/contracts/plans';
import { localized } from '../../../lib/localized';
import { useApiErrorHandler } from '../../../lib/use-api-form-errors';
import { useCurrentUser } from '../../auth/use-current-user';
import { useServiceCatalogue } from '../../journal/catalogue-api';
import { TableCaption } from '../../registry/table-caption';
import { ActivityTemplateFormModal } from './activity-template-form';
import { useActivityTemplates, useSaveActivityTemplate } from './plan-api';

/**
 * The methodological activity library the plan builder proposes from: every template with its
 * directions, quarters, reach per staff member, cost and funding source. National users and admins
 * add templates, change them and switch them on and off.
 */
export function ActivityLibraryPage() {
  const { t, i18n } = useTranslation('plan');
  const me = useCurrentUser().data;
  const canEdit = me?.role === 'national' || me?.role === 'admin';
  const templates = useActivityTemplates();
  const catalogue = useServiceCatalogue(false);
  const save = useSaveActivityTemplate();
  const onError = useApiErrorHandler();
  // null: no form open; 'new': adding; a template: changing it.
  const [editing, setEditing] = useState<ActivityTemplate | 'new' | null>(null);
  const directionName = (code: string) => {
    const d = catalogue.data?.find((x) => x.code === code);
    return d ? localized(d.name, i18n.language) : code;
  };
  const toggle = (tpl: ActivityTemplate, isActive: boolean) => {
    const { id, updatedAt: _, ...fields } = tpl;
    save.mutate({ id, fields: { ...fields, isActive } }, { onError: (e) => onError(e) });
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('library.title')}</Title>
        {canEdit && <Button onClick={() => setEditing('new')}>{t('library.add')}</Button>}
      </Group>
      <Text c="gray.8">{t('library.intro')}</Text>
      {templates.isPending && <Loader aria-label={t('common:loading')} role="status" />}
      {templates.error && <Alert color="red">{t('common:error.loadFailed')}</Alert>}
      {templates.data && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <TableCaption>{t('library.caption', { count: templates.data.items.length })}</TableCaption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('col.activity')}</Table.Th>
                <Table.Th scope="col">{t('library.directions')}</Table.Th>
                <Table.Th scope="col">{t('col.quarters')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('library.perStaff')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('library.cost')}
                </Table.Th>
                <Table.Th scope="col">{t('col.source')}</Table.Th>
                <Table.Th scope="col">{t('library.active')}</Table.Th>
                {canEdit && <Table.Th scope="col">{t('col.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {templates.data.items.map((tpl) => (
                <Table.Tr key={tpl.id}>
                  <Table.Th scope="row" fw={500}>
                    {localized(tpl.name, i18n.language)}
                    <Text size="xs" c="gray.7">
                      {localized(tpl.description, i18n.language)}
                    </Text>
                  </Table.Th>
                  <Table.Td>{tpl.directions.map(directionName).join(', ')}</Table.Td>
                  <Table.Td>{tpl.quarters.map((q) => t('col.quarter', { quarter: q })).join(', ')}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{tpl.participantsPerStaff}</Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                    {tpl.defaultCost.toLocaleString(i18n.language)} ₸
                  </Table.Td>
                  <Table.Td>{t(`funding.${tpl.fundingSource}`)}</Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <Switch
                        checked={tpl.isActive}
                        aria-label={t('library.activeFor', { name: localized(tpl.name, i18n.language) })}
                        onChange={(e) => toggle(tpl, e.currentTarget.checked)}
                      />
                    ) : (
                      <Badge variant="light" color={tpl.isActive ? 'green' : 'gray'}>
                        {tpl.isActive ? t('library.on') : t('library.off')}
                      </Badge>
                    )}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        aria-label={t('library.editFor', { name: localized(tpl.name, i18n.language) })}
                        onClick={() => setEditing(tpl)}
                      >
                        {t('library.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <ActivityTemplateFormModal
          // A fresh form for each template opened.
          key={editing === 'new' ? 'new' : editing.id}
          template={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
