import {
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/contracts/analytics';
import { CASE_OUTCOMES } from '../../../shared/contracts/cases';
import { REGION_BOUNDARY_ATTRIBUTION } from '../../../shared/contracts/reference';
import { todayInKazakhstan } from '../../../shared/today';
import { formatNumber, localized } from '../../lib/localized';
import { useRegionsGeoJson } from '../../ui/maps/region-boundaries';
import { scopeLabel } from '../account/scope-label';
import { useCurrentUser } from '../auth/use-current-user';
import { useServiceCatalogue } from '../journal/catalogue-api';
import { useRegions } from '../registry/registry-api';
import { useDashboard, usePlanProgress, useTargets } from './analytics-api';
import { AnalyticsFilterBar, useAnalyticsFilters } from './analytics-filters';
import { ChartPanel } from './chart-panel';
import {
  barsOption,
  MAP_MEASURES,
  type MapMeasure,
  MEASURE_DIGITS,
  mapOption,
  monthLabel,
  NO_DATA_COLOR,
} from './options';
import { PlanProgressPanel } from './plan-progress-panel';
import { RANKING_ROLES } from './rankings-page';
import { TargetsPanel } from './targets-panel';

/** Dashboards of services, young people and NEET cases for the user's scope, filtered from the URL. */
export function AnalyticsPage() {
  const { t, i18n } = useTranslation('analytics');
  const locale = i18n.language;
  useDocumentTitle(`${t('title')} · ${t('common:appName')}`);
  const user = useCurrentUser().data;
  const filters = useAnalyticsFilters();
  const { national, query, setFilter } = filters;
  const dashboard = useDashboard(query);
  // The panels' figures are asked for with the dashboard, not after it: the year is the period's end,
  // which without a filter is this month in Kazakhstan, as the server reads it.
  const year = Number((query.to ?? todayInKazakhstan().slice(0, 7)).slice(0, 4));
  const targets = useTargets(year, query.regionCode ?? undefined);
  const planProgress = usePlanProgress({
    year,
    regionCode: query.regionCode ?? undefined,
    centreId: query.centreId ?? undefined,
    centreKind: query.centreKind ?? undefined,
  });
  // Inactive directions still name past services; only national and admin users may list them.
  const catalogue = useServiceCatalogue(user?.role === 'national' || user?.role === 'admin');
  const regions = useRegions();

  const directionName = useMemo(() => {
    const names = new Map((catalogue.data ?? []).map((d) => [d.id, localized(d.name, locale)]));
    return (id: number) => names.get(id) ?? `#${id}`;
  }, [catalogue.data, locale]);
  const regionName = useMemo(() => {
    const names = new Map((regions.data ?? []).map((r) => [r.code, localized(r.name, locale)]));
    return (code: string) => names.get(code) ?? code;
  }, [regions.data, locale]);

  if (!user) return null;
  const data = dashboard.data;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Text c="gray.7">
          {t('scopeLine', {
            scope: query.regionCode ? regionName(query.regionCode) : scopeLabel(user, locale, t),
          })}
        </Text>
        {RANKING_ROLES.includes(user.role) && (
          <Anchor
            component={Link}
            to={`/analytics/rankings${window.location.search}`}
            c="teal.9"
            underline="always"
          >
            {t('rankings.open')}
          </Anchor>
        )}
      </div>

      <AnalyticsFilterBar filters={filters} period={data?.period} />

      {query.regionCode && (
        <Group gap="md">
          <Title order={2} size="h3">
            {t('region.drilled', { region: regionName(query.regionCode) })}
          </Title>
          <Anchor
            component={Link}
            to={`/centres?regionCode=${query.regionCode}`}
            c="teal.9"
            underline="always"
          >
            {t('region.centres')}
          </Anchor>
          <Button variant="subtle" size="compact-sm" onClick={() => setFilter('regionCode', null)}>
            {t('region.back')}
          </Button>
        </Group>
      )}

      {dashboard.isError ? (
        <Alert color="red" role="alert" title={t('common:error.loadFailed')} />
      ) : !data ? (
        <Skeleton h={400} />
      ) : (
        <Box aria-busy={dashboard.isFetching} style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1 }}>
          <Stack gap="lg">
            <Headline data={data} />
            <TargetsPanel data={targets.data} />
            <PlanProgressPanel data={planProgress.data} regionName={regionName} />
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <ChartPanel
                title={t('charts.byMonth')}
                fileName="services-by-month"
                option={barsOption(
                  data.byMonth.map((m) => ({ ...m, label: monthLabel(m.month) })),
                  locale,
                  t,
                  false,
                )}
                label={t('charts.byMonth')}
                csv={{
                  header: [t('charts.month'), t('charts.services'), t('charts.youngPeople')],
                  rows: data.byMonth.map((m) => [m.month, m.services, m.youngPeople]),
                }}
              />
              <ChartPanel
                title={t('charts.byDirection')}
                fileName="services-by-direction"
                option={barsOption(
                  data.byDirection.map((d) => ({ ...d, label: directionName(d.directionId) })),
                  locale,
                  t,
                  true,
                )}
                label={t('charts.byDirection')}
                csv={{
                  header: [t('charts.direction'), t('charts.services'), t('charts.youngPeople')],
                  rows: data.byDirection.map((d) => [
                    directionName(d.directionId),
                    d.services,
                    d.youngPeople,
                  ]),
                }}
              />
            </SimpleGrid>
            <RegionSection
              data={data}
              regionName={regionName}
              onSelect={national ? (code) => setFilter('regionCode', code) : undefined}
            />
            <CasesBlock data={data} />
          </Stack>
        </Box>
      )}
    </Stack>
  );
}

/** The four headline numbers, formatted for the UI language. */
function Headline({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation('analytics');
  const items = ['services', 'youngPeople', 'neetReached', 'anonymousServices'] as const;
  return (
    <SimpleGrid component="section" aria-label={t('totals.title')} cols={{ base: 2, md: 4 }} spacing="md">
      {items.map((key) => (
        <Paper
          key={key}
          withBorder
          p="md"
          radius="md"
          role="group"
          aria-labelledby={`analytics-total-${key}`}
        >
          <Text size="sm" c="gray.7" id={`analytics-total-${key}`}>
            {t(`totals.${key}`)}
          </Text>
          <Text fz={28} fw={700} data-figure={key}>
            {formatNumber(data.totals[key], i18n.language)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** The region choropleth with a measure switch, legend and attribution, and its table twin for drill-down. */
function RegionSection({
  data,
  regionName,
  onSelect,
}: {
  data: Dashboard;
  regionName: (code: string) => string;
  onSelect?: (code: string) => void;
}) {
  const { t, i18n } = useTranslation('analytics');
  const locale = i18n.language;
  const geojson = useRegionsGeoJson();
  const [measure, setMeasure] = useState<MapMeasure>('services');
  const fmt = (v: number | null, m: MapMeasure) =>
    v === null ? t('map.noData') : formatNumber(v, locale, MEASURE_DIGITS[m]);
  const ranked = data.byRegion
    .filter((r) => r[measure] !== null)
    .sort((a, b) => (b[measure] ?? 0) - (a[measure] ?? 0));
  const measureLabel = t(`map.measures.${measure}`);
  const label = ranked.length
    ? t('map.ariaLabel', {
        measure: measureLabel,
        top: `${regionName(ranked[0].regionCode)} (${fmt(ranked[0][measure], measure)})`,
        bottom: `${regionName(ranked[ranked.length - 1].regionCode)} (${fmt(ranked[ranked.length - 1][measure], measure)})`,
      })
    : t('map.ariaLabelEmpty', { measure: measureLabel });
  const rows = [...data.byRegion].sort((a, b) =>
    regionName(a.regionCode).localeCompare(regionName(b.regionCode), locale),
  );

  return (
    <ChartPanel
      title={t('map.title')}
      fileName="regions"
      aspectRatio="1.9"
      label={label}
      geojson={geojson.data}
      option={mapOption(data.byRegion, measure, regionName, locale, t)}
      onClick={(code) => onSelect && data.byRegion.some((r) => r.regionCode === code) && onSelect(code)}
      csv={{
        header: [t('table.region'), 'KATO', ...MAP_MEASURES.map((m) => t(`table.${m}`))],
        rows: rows.map((r) => [regionName(r.regionCode), r.regionCode, ...MAP_MEASURES.map((m) => r[m])]),
      }}
      controls={
        <Radio.Group label={t('map.measure')} value={measure} onChange={(v) => setMeasure(v as MapMeasure)}>
          <Group gap="md" mt={6}>
            {MAP_MEASURES.map((m) => (
              <Radio key={m} value={m} label={t(`map.measures.${m}`)} />
            ))}
          </Group>
        </Radio.Group>
      }
    >
      {geojson.isError && <Alert color="yellow">{t('map.loadFailed')}</Alert>}
      <Group gap="xs" wrap="nowrap">
        <Box
          w={14}
          h={14}
          bg={NO_DATA_COLOR}
          style={{ flexShrink: 0, border: '1px solid #868e96' }}
          aria-hidden="true"
        />
        <Text size="sm">{t('map.noData')}</Text>
        {onSelect && (
          <Text size="sm" c="gray.7">
            · {t('map.clickHint')}
          </Text>
        )}
      </Group>
      <Text size="sm" c="gray.7">
        {t('map.per10kNote')}
      </Text>
      <Text size="xs" c="gray.7" lang="en">
        {REGION_BOUNDARY_ATTRIBUTION}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
          <Table.Caption ta="left" fw={600} c="dark">
            {t('table.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.region')}</Table.Th>
              {MAP_MEASURES.map((m) => (
                <Table.Th key={m} scope="col" ta="right">
                  {t(`table.${m}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.regionCode}>
                <Table.Th scope="row" fw={400}>
                  {onSelect ? (
                    <UnstyledButton
                      onClick={() => onSelect(r.regionCode)}
                      aria-label={t('table.choose', { region: regionName(r.regionCode) })}
                      fz="sm"
                      c="teal.9"
                      td="underline"
                    >
                      {regionName(r.regionCode)}
                    </UnstyledButton>
                  ) : (
                    regionName(r.regionCode)
                  )}
                </Table.Th>
                {MAP_MEASURES.map((m) => (
                  <Table.Td key={m} ta="right">
                    {fmt(r[m], m)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ChartPanel>
  );
}

/** NEET cases opened, outcomes recorded and confirmed in the period. */
function CasesBlock({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation('analytics');
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <Paper component="section" aria-labelledby="analytics-cases" withBorder p="md" radius="md">
      <Title order={2} size="h4" id="analytics-cases" mb="sm">
        {t('cases.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {(['opened', 'confirmed3m', 'confirmed6m'] as const).map((k) => (
              <Table.Tr key={k}>
                <Table.Th scope="row" fw={400}>
                  {t(`cases.${k}`)}
                </Table.Th>
                <Table.Td ta="right" fw={600}>
                  {n(data.cases[k])}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Table verticalSpacing={4} captionSide="top">
          <Table.Caption ta="left" fw={600} c="dark">
            {t('cases.outcomes')}
          </Table.Caption>
          <Table.Tbody>
            {CASE_OUTCOMES.map((o) => (
              <Table.Tr key={o}>
                <Table.Th scope="row" fw={400}>
                  {t(`cases:outcome.${o}`)}
                </Table.Th>
                <Table.Td ta="right" fw={600}>
                  {n(data.cases.outcomes[o] ?? 0)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
      <Text size="sm" c="gray.7" mt="xs">
        {t('cases.note')}
      </Text>
    </Paper>
  );
}
