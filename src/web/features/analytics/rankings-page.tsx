import {
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconDownload, IconTable } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../../shared/constants/roles';
import {
  PER_10K_MEASURES,
  RANKING_LEVELS,
  RANKING_MEASURES,
  type RankingItem,
  type RankingMeasure,
  type Rankings,
} from '../../../shared/contracts/analytics';
import { api, toQuery } from '../../lib/api';
import { formatNumber, localized } from '../../lib/localized';
import { ListSelect } from '../../ui/list-select';
import { useRegions } from '../registry/registry-api';
import { AnalyticsFilterBar, useAnalyticsFilters } from './analytics-filters';
import { saveCsv, saveXlsx, toCsv } from './csv';
import { monthLabel } from './options';

/** Roles the server ranks for: a ranking of one centre says nothing to the centre itself. */
export const RANKING_ROLES: readonly Role[] = ['national', 'regional', 'admin'];

type Level = (typeof RANKING_LEVELS)[number];

/** /analytics/rankings: centres or regions ranked by a measure, with the move since the previous period. */
export function RankingsPage() {
  const { t, i18n } = useTranslation('analytics');
  const locale = i18n.language;
  useDocumentTitle(`${t('rankings.title')} · ${t('common:appName')}`);
  const filters = useAnalyticsFilters();
  const { user, params, query, setFilter } = filters;
  const level: Level = params.get('level') === 'region' ? 'region' : 'centre';
  const asked = params.get('measure') as RankingMeasure | null;
  const measure: RankingMeasure =
    asked && RANKING_MEASURES.includes(asked) && (level === 'region' || !PER_10K_MEASURES.includes(asked))
      ? asked
      : 'services';
  const rankings = useQuery({
    queryKey: ['analytics', 'rankings', level, measure, query],
    queryFn: () => api.get<Rankings>(`/api/v1/analytics/rankings${toQuery({ ...query, level, measure })}`),
    placeholderData: (previous) => previous,
    enabled: !!user && RANKING_ROLES.includes(user.role),
  });
  const regions = useRegions();
  const regionName = useMemo(() => {
    const names = new Map((regions.data ?? []).map((r) => [r.code, localized(r.name, locale)]));
    return (code: string) => names.get(code) ?? code;
  }, [regions.data, locale]);

  if (!user) return null;
  if (!RANKING_ROLES.includes(user.role)) return <Alert color="blue">{t('rankings.notForCentres')}</Alert>;

  // The table describes the answer it shows: while the next one loads, the previous stays on screen
  // under its own level and measure, not under the ones just chosen.
  const shownLevel: Level = rankings.data?.level ?? level;
  const shownMeasure: RankingMeasure = rankings.data?.measure ?? measure;
  const digits = PER_10K_MEASURES.includes(shownMeasure) ? 1 : 0;
  const fmt = (v: number | null) => (v === null ? t('map.noData') : formatNumber(v, locale, digits));
  const placeName = (item: RankingItem) =>
    item.centre
      ? localized({ kk: item.centre.nameKk, ru: item.centre.nameRu, en: item.centre.nameEn }, locale)
      : regionName(item.regionCode);
  const data = rankings.data;
  const header = [
    t('rankings.rank'),
    shownLevel === 'centre' ? t('rankings.centre') : t('table.region'),
    ...(shownLevel === 'centre' ? [t('rankings.code'), t('table.region')] : []),
    t(`rankings.measures.${shownMeasure}`),
    t('rankings.previousValue'),
    t('rankings.previousRank'),
    t('rankings.change'),
  ];
  const rows = (data?.items ?? []).map((item) => [
    item.rank,
    placeName(item),
    ...(shownLevel === 'centre' ? [item.centre?.code ?? '', regionName(item.regionCode)] : []),
    item.value,
    item.previousValue,
    item.previousRank,
    item.rankChange,
  ]);
  const fileName = `ranking-${shownLevel}-${shownMeasure}`;
  const title = t('rankings.title');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {title}
        </Title>
        <Anchor component={Link} to={`/analytics${window.location.search}`} c="teal.9" underline="always">
          {t('rankings.toDashboard')}
        </Anchor>
      </Group>
      <AnalyticsFilterBar filters={filters} period={data?.period}>
        <SegmentedControl
          aria-label={t('rankings.level')}
          value={level}
          onChange={(v) => setFilter('level', v === 'centre' ? null : v)}
          data={RANKING_LEVELS.map((l) => ({ value: l, label: t(`rankings.levels.${l}`) }))}
        />
        <ListSelect
          label={t('rankings.measure')}
          allowDeselect={false}
          data={RANKING_MEASURES.filter((m) => level === 'region' || !PER_10K_MEASURES.includes(m)).map(
            (m) => ({
              value: m,
              label: t(`rankings.measures.${m}`),
            }),
          )}
          value={measure}
          onChange={(v) => setFilter('measure', v === 'services' ? null : v)}
          w={280}
        />
      </AnalyticsFilterBar>
      {rankings.isError ? (
        <Alert color="red" role="alert" title={t('common:error.loadFailed')} />
      ) : !data ? (
        <Skeleton h={400} />
      ) : (
        <Paper withBorder p="md" radius="md" aria-busy={rankings.isFetching}>
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <Text size="sm" c="gray.7">
                {t('rankings.compared', {
                  from: monthLabel(data.period.from),
                  to: monthLabel(data.period.to),
                  previousFrom: monthLabel(data.previousPeriod.from),
                  previousTo: monthLabel(data.previousPeriod.to),
                })}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconDownload size={14} aria-hidden="true" />}
                  onClick={() => saveCsv(toCsv(header, rows), `${fileName}.csv`)}
                >
                  {t('charts.downloadCsv')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconTable size={14} aria-hidden="true" />}
                  onClick={() =>
                    saveXlsx(title, header, rows, `${fileName}.xlsx`).catch(() =>
                      notifications.show({ color: 'red', message: t('charts.downloadFailed') }),
                    )
                  }
                >
                  {t('charts.downloadXlsx')}
                </Button>
              </Group>
            </Group>
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
                <Table.Caption ta="left" fw={600} c="dark">
                  {t('rankings.caption', {
                    level: t(`rankings.levels.${shownLevel}`),
                    measure: t(`rankings.measures.${shownMeasure}`),
                  })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" ta="right">
                      {t('rankings.rank')}
                    </Table.Th>
                    <Table.Th scope="col">{t('rankings.change')}</Table.Th>
                    <Table.Th scope="col">
                      {shownLevel === 'centre' ? t('rankings.centre') : t('table.region')}
                    </Table.Th>
                    {shownLevel === 'centre' && <Table.Th scope="col">{t('table.region')}</Table.Th>}
                    <Table.Th scope="col" ta="right">
                      {t(`rankings.measures.${shownMeasure}`)}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('rankings.previousValue')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((item) => (
                    <Table.Tr key={item.centre?.id ?? item.regionCode}>
                      <Table.Td ta="right" fw={600}>
                        {item.rank ?? '—'}
                      </Table.Td>
                      <Table.Td>
                        <RankChange item={item} />
                      </Table.Td>
                      <Table.Th scope="row" fw={400}>
                        {placeName(item)}
                      </Table.Th>
                      {shownLevel === 'centre' && <Table.Td>{regionName(item.regionCode)}</Table.Td>}
                      <Table.Td ta="right">{fmt(item.value)}</Table.Td>
                      <Table.Td ta="right">{fmt(item.previousValue)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {data.items.length === 0 && <Text c="gray.7">{t('rankings.empty')}</Text>}
            {PER_10K_MEASURES.includes(shownMeasure) && (
              <Text size="sm" c="gray.7">
                {t('map.per10kNote')}
              </Text>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

/** The move since the previous period in words for screen readers and as an arrow with a number. */
function RankChange({ item }: { item: RankingItem }) {
  const { t } = useTranslation('analytics');
  if (item.rank === null) return null;
  if (item.rankChange === null) return <Text size="sm">{t('rankings.new')}</Text>;
  if (item.rankChange === 0)
    return (
      <Text size="sm" c="gray.7">
        {t('rankings.same')}
      </Text>
    );
  const up = item.rankChange > 0;
  const places = Math.abs(item.rankChange);
  return (
    <Group gap={4} wrap="nowrap" c={up ? 'teal.9' : 'red.9'}>
      {up ? <IconArrowUp size={14} aria-hidden="true" /> : <IconArrowDown size={14} aria-hidden="true" />}
      <Box component="span" fz="sm" fw={600}>
        {up ? t('rankings.up', { count: places }) : t('rankings.down', { count: places })}
      </Box>
    </Group>
  );
}
