import { Alert, Anchor, Badge, Loader, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PLAN_STATUSES, type PlanStatus } from '../../../../shared/contracts/plan-content';
import { localized } from '../../../lib/localized';
import { useReviewQueue } from './review-api';
import { formatDateTime, STATUS_COLOR } from './review-labels';

const MINE = 'mine';

function QueueTable({ status }: { status?: PlanStatus }) {
  const { t, i18n } = useTranslation('review');
  const queue = useReviewQueue(status);
  if (queue.isPending) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (queue.isError) return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
  if (queue.data.items.length === 0)
    return (
      <Text c="dimmed" py="md">
        {status ? t('queue.emptyStatus') : t('queue.emptyMine')}
      </Text>
    );
  return (
    <Table striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('queue.centre')}</Table.Th>
          <Table.Th>{t('queue.year')}</Table.Th>
          <Table.Th>{t('queue.status')}</Table.Th>
          <Table.Th>{t('queue.version')}</Table.Th>
          <Table.Th>{t('queue.updated')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {queue.data.items.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>
              <Anchor component={Link} to={`/plans/${p.id}`}>
                {localized(p.centre.name, i18n.language)}
              </Anchor>
            </Table.Td>
            <Table.Td>{p.year}</Table.Td>
            <Table.Td>
              <Badge color={STATUS_COLOR[p.status]}>{t(`status.${p.status}`)}</Badge>
            </Table.Td>
            <Table.Td>{p.currentVersion}</Table.Td>
            <Table.Td>{formatDateTime(p.updatedAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** /plans/review: the plans waiting for the caller, and every plan of the caller's scope by status. */
export function ReviewQueuePage() {
  const { t } = useTranslation('review');
  const [params, setParams] = useSearchParams();
  const tab = params.get('status') ?? MINE;
  const status = (PLAN_STATUSES as readonly string[]).includes(tab) ? (tab as PlanStatus) : undefined;
  return (
    <Stack>
      <Title order={2}>{t('queue.title')}</Title>
      <Tabs
        value={status ?? MINE}
        onChange={(v) => setParams(v && v !== MINE ? { status: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value={MINE}>{t('queue.mine')}</Tabs.Tab>
          {PLAN_STATUSES.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(`status.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={status ?? MINE} pt="md">
          <QueueTable status={status} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
