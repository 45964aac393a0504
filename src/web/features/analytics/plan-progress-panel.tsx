import { Anchor, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanProgress } from '../../../shared/contracts/plan-progress';
import { formatDate, formatNumber } from '../../lib/localized';
import { STATUS_COLOURS } from '../plans/monitoring/kpi-status-badge';

/**
 * Plan fulfilment on the dashboard: how many centres of the scope have an approved development plan
 * for the year, how its KPIs stand today and how far their year targets are reached, with a row per
 * region for the country. Plans are per centre, so the direction filter does not apply. The page asks
 * for the figures together with the dashboard, so the panel only shows them.
 */
export function PlanProgressPanel({
  data,
  regionName,
}: {
  data: PlanProgress | undefined;
  regionName: (code: string) => string;
}) {
  const { t, i18n } = useTranslation('analytics');
  const locale = i18n.language;
  if (!data) return null;
  const n = (v: number) => formatNumber(v, locale, 0);
  const percent = (share: number | null) =>
    share === null ? '—' : `${formatNumber(share * 100, locale, 0)} %`;
  const statuses = [
    ['onTrack', 'on_track'],
    ['atRisk', 'at_risk'],
    ['behind', 'behind'],
  ] as const;
  return (
    <Paper component="section" aria-labelledby="analytics-plans" withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="analytics-plans">
          {t('plans.title', { year: data.year })}
        </Title>
        <Anchor
          component={Link}
          to={`/plans/monitoring?year=${data.year}`}
          c="teal.9"
          underline="always"
          size="sm"
        >
          {t('plans.monitoring')}
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Stack gap={4} role="group" aria-labelledby="plans-approved">
          <Text size="sm" c="gray.7" id="plans-approved">
            {t('plans.approved')}
          </Text>
          <Text fz={26} fw={700} data-plans="approved">
            {t('plans.approvedOf', { approved: n(data.approved), centres: n(data.centres) })}
          </Text>
          <Text size="sm">{t('plans.inProgress', { count: data.inProgress })}</Text>
        </Stack>
        <Stack gap={4} role="group" aria-labelledby="plans-fulfilment">
          <Text size="sm" c="gray.7" id="plans-fulfilment">
            {t('plans.fulfilment')}
          </Text>
          <Text fz={26} fw={700} data-plans="fulfilment">
            {percent(data.fulfilment)}
          </Text>
          {data.fulfilment !== null && (
            <Progress
              value={Math.min(100, data.fulfilment * 100)}
              color="teal"
              aria-label={t('plans.fulfilmentProgress', { percent: percent(data.fulfilment) })}
            />
          )}
          <Text size="xs" c="gray.7">
            {t('plans.fulfilmentBasis', { date: formatDate(data.asOf) })}
          </Text>
        </Stack>
        <Stack gap={4} role="group" aria-labelledby="plans-kpis">
          <Text size="sm" c="gray.7" id="plans-kpis">
            {t('plans.kpis')}
          </Text>
          {statuses.map(([key, status]) => (
            <Group key={key} gap="xs" wrap="nowrap">
              <span
                aria-hidden="true"
                style={{
                  width: 10,
                  height: 10,
                  borderRadius: 2,
                  background: `var(--mantine-color-${STATUS_COLOURS[status].replace('.', '-')})`,
                }}
              />
              <Text size="sm">{t(`plans.status.${key}`, { count: data.kpis[key] })}</Text>
            </Group>
          ))}
        </Stack>
      </SimpleGrid>
      {data.byRegion.length > 1 && (
        <Table.ScrollContainer minWidth={560} mt="md">
          <Table striped captionSide="top">
            <Table.Caption style={{ textAlign: 'left' }}>{t('plans.byRegion')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plans.col.region')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('plans.col.approved')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('plans.col.fulfilment')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('plans.col.behind')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.byRegion
                .filter((r) => r.approved + r.inProgress > 0)
                .map((r) => (
                  <Table.Tr key={r.regionCode}>
                    <Table.Th scope="row" fw={500}>
                      {regionName(r.regionCode)}
                    </Table.Th>
                    <Table.Td style={{ textAlign: 'right' }}>
                      {t('plans.approvedOf', { approved: n(r.approved), centres: n(r.centres) })}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{percent(r.fulfilment)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{n(r.kpis.behind)}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
