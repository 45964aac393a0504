import { Alert, Anchor, Button, Group, List, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { YOUTH_WARNINGS } from '../../../shared/contracts/youth';
import { NotFoundPage } from '../../app/not-found-page';
import { ApiError } from '../../lib/api';
import { formatDate } from '../../lib/localized';
import { MergeDialog } from './merge-dialog';
import { WithdrawConsentDialog } from './withdraw-consent-dialog';
import { fullName, useYouth } from './youth-api';
import { YouthProgrammes } from './youth-programmes';

/** What the form passes on after saving: warnings and possible duplicates to show once. */
interface SavedState {
  warnings?: (typeof YOUTH_WARNINGS)[number][];
  possibleDuplicates?: { id: number; centreId: number }[];
}

/** /youth/:id: a young person's card. */
export function YouthPage() {
  const { t } = useTranslation('youth');
  const id = Number(useParams().id);
  const saved = (useLocation().state ?? {}) as SavedState;
  const person = useYouth(id);
  const [dialog, setDialog] = useState<'withdraw' | 'merge' | null>(null);

  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (person.isPending) return <Loader aria-label={t('common:loading')} />;
  if (person.isError) {
    if (person.error instanceof ApiError && person.error.status === 404) return <NotFoundPage />;
    return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
  }
  const y = person.data;
  const active = !y.consentWithdrawn && y.mergedIntoId === null;
  const title = fullName(y) || t('duplicates.record', { id: y.id });

  const personal: [string, ReactNode][] = [
    ['field.birthDate', formatDate(y.birthDate)],
    ['field.gender', y.gender ? t(`gender.${y.gender}`) : null],
    ['field.phone', y.phone],
    ['field.email', y.email],
    ['field.iin', y.iinMasked],
  ];
  const situation: [string, ReactNode][] = [
    ['field.status', t(`status.${y.status}`)],
    ['field.neetSubgroup', y.status === 'neet' ? y.neetSubgroup : null],
    [
      'field.categories',
      y.categories.length
        ? y.categories.map((c) => t(`category.${c}`, { defaultValue: c })).join(', ')
        : t('card.none'),
    ],
  ];
  const details = (label: string, rows: [string, ReactNode][]) => (
    <Table variant="vertical" withTableBorder aria-label={label}>
      <Table.Tbody>
        {rows.map(([key, value]) => (
          <Table.Tr key={key}>
            <Table.Th w={200}>{t(key)}</Table.Th>
            <Table.Td>{value || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <Stack maw={1000}>
      <Anchor component={Link} to="/youth" size="sm">
        {t('form.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={1}>{title}</Title>
        {active && (
          <Group gap="xs">
            <Button
              component={Link}
              to={`/youth/${y.id}/edit`}
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('card.edit')}
            </Button>
            <Button variant="outline" onClick={() => setDialog('merge')}>
              {t('card.merge')}
            </Button>
          </Group>
        )}
      </Group>

      {saved.warnings?.map((w) => (
        <Alert key={w} color="orange" c="orange.9" icon={<IconAlertTriangle aria-hidden />} role="status">
          {t(`errors:warning.${w}`)}
        </Alert>
      ))}
      {!!saved.possibleDuplicates?.length && active && (
        <Alert color="orange" c="orange.9" role="status">
          <Text fw={700}>{t('duplicates.title')}</Text>
          <Text size="sm">{t('duplicates.text')}</Text>
          <List size="sm">
            {saved.possibleDuplicates.map((d) => (
              <List.Item key={d.id}>
                <Anchor component={Link} to={`/youth/${d.id}`} c="dark.9" underline="always">
                  {t('duplicates.record', { id: d.id })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {y.mergedIntoId !== null && (
        <Alert color="blue">
          {t('card.mergedInto')}{' '}
          <Anchor component={Link} to={`/youth/${y.mergedIntoId}`}>
            {t('card.openSurvivor', { id: y.mergedIntoId })}
          </Anchor>
        </Alert>
      )}

      {y.mergedIntoId === null && (
        <>
          <Paper withBorder p="md" component="section" aria-labelledby="youth-personal">
            <Title order={2} size="h3" id="youth-personal" mb="sm">
              {t('card.personal')}
            </Title>
            {details(t('card.personal'), personal)}
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="youth-situation">
            <Title order={2} size="h3" id="youth-situation" mb="sm">
              {t('card.situation')}
            </Title>
            {details(t('card.situation'), situation)}
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="youth-consent">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h3" id="youth-consent">
                {t('consent.title')}
              </Title>
              {active && (
                <Button variant="outline" color="red.8" onClick={() => setDialog('withdraw')}>
                  {t('consent.withdraw')}
                </Button>
              )}
            </Group>
            {y.consent && !y.consent.withdrawnAt && (
              <Text>
                {t('consent.given', {
                  date: formatDate(y.consent.givenAt),
                  name: y.consent.recordedByName ?? '—',
                })}
              </Text>
            )}
            {y.consentWithdrawn && (
              <Alert color="red" c="red.9">
                {t('consent.withdrawn', { date: formatDate(y.consent?.withdrawnAt) })}
              </Alert>
            )}
          </Paper>
          <YouthProgrammes youthId={y.id} />
          <Group>
            <Anchor component={Link} to={`/journal?youthId=${y.id}`}>
              {t('card.journal')}
            </Anchor>
            <Anchor component={Link} to={`/cases?youthId=${y.id}&status=all`}>
              {t('card.cases')}
            </Anchor>
            {y.status === 'neet' && !y.consentWithdrawn && !y.mergedIntoId && (
              <Anchor component={Link} to={`/cases/new?youthId=${y.id}`}>
                {t('card.openCase')}
              </Anchor>
            )}
          </Group>
        </>
      )}
      {dialog === 'withdraw' && <WithdrawConsentDialog youthId={y.id} onClose={() => setDialog(null)} />}
      {dialog === 'merge' && <MergeDialog person={y} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
