import { Alert, Anchor, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Locale } from '../../../../shared/constants/roles';
import { NETWORK_SORTS, type NetworkMonitoring } from '../../../../shared/contracts/plan-monitoring';
import { planText } from '../../../../shared/plan-text';
import { todayInKazakhstan } from '../../../../shared/today';
import { formatDate, localized } from '../../../lib/localized';
import { ListSelect } from '../../../ui/list-select';
import { useCurrentUser } from '../../auth/use-current-user';
import { useRegions } from '../../registry/registry-api';
import { STATUS_COLOURS } from './kpi-status-badge';
import { useNetworkMonitoring } from './monitoring-api';

const THIS_YEAR = Number(todayInKazakhstan().slice(0, 4));
const YEARS = Array.from({ length: 5 }, (_, i) => String(THIS_YEAR - i));

function Count({ value, status }: { value: number; status: keyof typeof STATUS_COLOURS }) {
  return (
    <Text span fw={value ? 700 : 400} c={value ? STATUS_COLOURS[status] : undefined}>
      {value}
    </Text>
  );
}

function NetworkTable({ data }: { data: NetworkMonitoring }) {
  const { t, i18n } = useTranslation('monitoring');
  const locale = i18n.language;
  if (!data.rows.length) return <Text>{t('network.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover>
        <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-gray-8)' }}>
          {t('network.caption', { year: data.year, date: formatDate(data.asOf), n: data.rows.length })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('network.col.region')}</Table.Th>
            <Table.Th scope="col">{t('network.col.centre')}</Table.Th>
            <Table.Th scope="col">{t('network.col.plan')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('status.on_track')}
            </Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('status.at_risk')}
            </Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('status.behind')}
            </Table.Th>
            <Table.Th scope="col">{t('network.col.behindKpis')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((row) => (
            <Table.Tr key={row.centreId}>
              <Table.Td>{localized(row.regionName, locale)}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {localized(row.centreName, locale)}
              </Table.Th>
              <Table.Td>
                {row.planId === null ? (
                  <Text span c="gray.8">
                    {t('network.noPlan')}
                  </Text>
                ) : (
                  <Anchor component={Link} to={`/plans/${row.planId}`}>
                    {t(`planStatus.${row.planStatus}`)}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                {row.planId !== null && <Count value={row.onTrack} status="on_track" />}
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                {row.planId !== null && <Count value={row.atRisk} status="at_risk" />}
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                {row.planId !== null && <Count value={row.behind} status="behind" />}
              </Table.Td>
              <Table.Td>{row.behindKpis.map((k) => planText(k.name, locale as Locale)).join('; ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The network view of plan monitoring for regional and national users: per centre, how many KPIs
 * are on track, at risk and behind and which are behind; centres without a plan are listed too.
 * Filters (year, region for national users, order) live in the URL.
 */
export function NetworkMonitoringPage() {
  const { t, i18n } = useTranslation('monitoring');
  const locale = i18n.language;
  useDocumentTitle(`${t('network.title')} · ${t('common:appName')}`);
  const user = useCurrentUser().data;
  const national = user?.scope.kind === 'country';
  const [params, setParams] = useSearchParams();
  const year = YEARS.includes(params.get('year') ?? '') ? Number(params.get('year')) : THIS_YEAR;
  const asked = params.get('regionCode');
  const regionCode = national && asked && /^\d{2}$/.test(asked) ? asked : null;
  const sortParam = params.get('sort') ?? '';
  const sort = (NETWORK_SORTS as readonly string[]).includes(sortParam) ? sortParam : 'behind';
  const network = useNetworkMonitoring(year, regionCode, sort);
  const regions = useRegions();
  const setFilter = (key: string, value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('network.title')}
        </Title>
        <Text c="gray.8">{t('network.intro')}</Text>
      </div>
      <Paper component="section" aria-label={t('network.filters')} withBorder p="md" radius="md">
        <Group align="flex-end">
          <ListSelect
            label={t('network.year')}
            data={YEARS}
            value={String(year)}
            onChange={(v) => setFilter('year', v)}
            allowDeselect={false}
            w={140}
          />
          {national && (
            <ListSelect
              label={t('network.region')}
              placeholder={t('network.allRegions')}
              data={(regions.data ?? []).map((r) => ({ value: r.code, label: localized(r.name, locale) }))}
              value={regionCode}
              onChange={(v) => setFilter('regionCode', v)}
              clearable
              searchable
              w={320}
            />
          )}
          <ListSelect
            label={t('network.sort')}
            data={NETWORK_SORTS.map((s) => ({ value: s, label: t(`network.sortBy.${s}`) }))}
            value={sort}
            onChange={(v) => setFilter('sort', v)}
            allowDeselect={false}
            w={240}
          />
        </Group>
      </Paper>
      {network.isLoading && <Loader aria-label={t('loading')} role="status" />}
      {network.error && <Alert color="red">{network.error.message}</Alert>}
      {network.data && <NetworkTable data={network.data} />}
    </Stack>
  );
}
