import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconBellRinging, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASE_STATUSES, type CaseListQuery, type CaseSummary } from '../../../shared/contracts/cases';
import { formatDate, localized } from '../../lib/localized';
import { useCurrentUser } from '../auth/use-current-user';
import { CentreSelect } from '../registry/centre-select';
import { ListFooter } from '../registry/list-footer';
import { ListRows } from '../registry/list-state';
import { RegionSelect } from '../registry/place-selects';
import { TableCaption } from '../registry/table-caption';
import { useListParams } from '../registry/use-list-params';
import { CaseStatusBadge, personName } from './case-labels';
import { CASE_WRITER_ROLES, useCaseOptions, useCases } from './cases-api';

const PAGE_SIZE = 25;
// `youthId` lets the youth card link to one young person's cases: /cases?youthId=…&status=all
const FILTER_KEYS = [
  'who',
  'status',
  'overdue',
  'caseWorkerId',
  'centreId',
  'regionCode',
  'youthId',
] as const;

/** Why a case is near the top: overdue steps (red, with the count) or a follow-up that is due. */
export function AttentionMarker({ c }: { c: CaseSummary }) {
  const { t } = useTranslation('cases');
  if (c.attention === 'overdue_steps')
    return (
      <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
        {t('list.overdueSteps', { count: c.overdueSteps })}
      </Badge>
    );
  if (c.attention === 'follow_up_due')
    return (
      <Badge
        color="orange"
        style={{ color: 'var(--mantine-color-black)' }}
        variant="light"
        leftSection={<IconBellRinging size={12} aria-hidden />}
      >
        {t('list.followUpDue', { date: formatDate(c.nextFollowUpDue) })}
      </Badge>
    );
  return null;
}

/** The next date the case waits for: a step or a follow-up. */
function nextDate(c: CaseSummary) {
  const dates = [c.nextStepDue, c.nextFollowUpDue].filter((d): d is string => !!d).sort();
  return dates[0] ?? null;
}

/**
 * /cases: the caseload. A specialist sees their own cases (or the centre's), overdue first; a manager
 * the centre's, filtered by case worker; regional and national users read lists filtered by region and centre.
 */
export function CaseloadPage() {
  const { t, i18n } = useTranslation('cases');
  const me = useCurrentUser();
  const { values, page, set } = useListParams(FILTER_KEYS);
  const role = me.data?.role;
  const atCentre = me.data?.scope.kind === 'centre';
  const who = values.who ?? (role === 'specialist' && !values.youthId ? 'mine' : 'all');
  const query: Partial<CaseListQuery> = {
    status: (values.status as CaseListQuery['status']) ?? 'active',
    mine: who === 'mine',
    overdue: values.overdue === 'true',
    caseWorkerId: values.caseWorkerId ? Number(values.caseWorkerId) : undefined,
    centreId: values.centreId ? Number(values.centreId) : undefined,
    regionCode: values.regionCode,
    youthId: values.youthId ? Number(values.youthId) : undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useCases(query);
  const options = useCaseOptions();
  if (!me.data) return null;
  const canOpen = (CASE_WRITER_ROLES as readonly string[]).includes(me.data.role);
  const withdrawn = t('consentWithdrawn');

  const rows = list.data?.items.map((c) => (
    <Table.Tr key={c.id}>
      <Table.Td>
        <Anchor component={Link} to={`/cases/${c.id}`}>
          {personName(c.youth, withdrawn)}
        </Anchor>
        {!atCentre && (
          <Text size="sm" c="gray.8">
            {localized(c.centreName, i18n.language)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{c.caseWorker.fullName}</Table.Td>
      <Table.Td>
        <CaseStatusBadge status={c.status} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.openedOn)}</Table.Td>
      <Table.Td>
        <Group gap="xs">
          <AttentionMarker c={c} />
          {!c.attention && <Text size="sm">{formatDate(nextDate(c)) || '—'}</Text>}
        </Group>
      </Table.Td>
      <Table.Td>
        {c.outcome ? `${t(`outcome.${c.outcome}`)}${c.outcomeOn ? `, ${formatDate(c.outcomeOn)}` : ''}` : '—'}
      </Table.Td>
    </Table.Tr>
  ));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        {canOpen && (
          <Button component={Link} to="/cases/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('open.title')}
          </Button>
        )}
      </Group>
      {atCentre && (
        <SegmentedControl
          aria-label={t('list.whose')}
          w="fit-content"
          value={who}
          onChange={(v) => set({ who: v, caseWorkerId: null })}
          data={[
            { value: 'mine', label: t('list.mine') },
            { value: 'all', label: t('list.centre') },
          ]}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} role="search" aria-label={t('list.filters')}>
        <Select
          label={t('field.status')}
          allowDeselect={false}
          data={[
            { value: 'active', label: t('list.active') },
            { value: 'closed', label: t('list.closed') },
            { value: 'all', label: t('list.all') },
            ...CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
          value={values.status ?? 'active'}
          onChange={(v) => set({ status: v === 'active' ? null : v })}
        />
        {atCentre && who === 'all' && (
          <Select
            label={t('field.caseWorker')}
            clearable
            placeholder={t('list.anyWorker')}
            data={(options.data?.caseWorkers ?? []).map((w) => ({ value: String(w.id), label: w.fullName }))}
            value={values.caseWorkerId ?? null}
            onChange={(v) => set({ caseWorkerId: v })}
          />
        )}
        {me.data.scope.kind === 'country' && (
          <RegionSelect
            clearable
            placeholder={t('list.anyRegion')}
            value={values.regionCode ?? null}
            onChange={(v) => set({ regionCode: v, centreId: null })}
          />
        )}
        {!atCentre && (
          <CentreSelect
            clearable
            regionCode={values.regionCode ?? null}
            placeholder={t('list.anyCentre')}
            value={values.centreId ?? null}
            onChange={(v) => set({ centreId: v })}
          />
        )}
        <Checkbox
          mt="xl"
          label={t('list.overdueOnly')}
          checked={values.overdue === 'true'}
          onChange={(e) => set({ overdue: e.currentTarget.checked ? 'true' : null })}
        />
      </SimpleGrid>
      <Table.ScrollContainer minWidth={820}>
        <Table striped highlightOnHover captionSide="top">
          <TableCaption>{t('list.caption')}</TableCaption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('field.youth')}</Table.Th>
              <Table.Th>{t('field.caseWorker')}</Table.Th>
              <Table.Th>{t('field.status')}</Table.Th>
              <Table.Th>{t('field.openedOn')}</Table.Th>
              <Table.Th>{t('list.next')}</Table.Th>
              <Table.Th>{t('field.outcome')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <ListRows columns={6} list={list} rows={rows} />
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && (
        <ListFooter
          total={list.data.total}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={(p) => set({ page: String(p) })}
          countKey="cases:list.found"
        />
      )}
    </Stack>
  );
}
