import { Alert, Anchor, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EVALUATION_COMPONENTS, type EvaluationRating } from '../../../../shared/contracts/evaluation';
import { formatNumber, localized } from '../../../lib/localized';
import { ListSelect } from '../../../ui/list-select';
import { useCurrentUser } from '../../auth/use-current-user';
import { useRegions } from '../../registry/registry-api';
import { TableCaption } from '../../registry/table-caption';
import { useRating } from './evaluation-api';
import { ContributionBar, FormulaPanel, Swatch } from './evaluation-parts';
import { YEARS, yearFrom } from './evaluation-years';

function RatingTable({
  rating,
  regionName,
}: {
  rating: EvaluationRating;
  regionName: (code: string) => string;
}) {
  const { t, i18n } = useTranslation('evaluation');
  const locale = i18n.language;
  const points = (v: number) => formatNumber(v, locale, 2);
  if (rating.items.length === 0) return <Text>{t('empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover>
        <TableCaption>
          {t('tableCaption', {
            scope: rating.regionCode ? regionName(rating.regionCode) : t('country'),
            year: rating.year,
            total: rating.nationalCount,
          })}
        </TableCaption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('col.rank')}</Table.Th>
            <Table.Th scope="col">{t('col.regionRank')}</Table.Th>
            <Table.Th scope="col">{t('col.centre')}</Table.Th>
            <Table.Th scope="col">{t('col.region')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('col.score')}
            </Table.Th>
            {EVALUATION_COMPONENTS.map((k) => (
              <Table.Th key={k} scope="col" style={{ textAlign: 'right' }}>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Swatch component={k} />
                  {t(`componentShort.${k}`)}
                </Group>
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('col.bar')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rating.items.map((row) => (
            <Table.Tr key={row.centre.id}>
              <Table.Td>{row.rank}</Table.Td>
              <Table.Td>{row.regionRank}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/rating/centres/${row.centre.id}?year=${rating.year}`}>
                  {localized(row.centre.name, locale)}
                </Anchor>
              </Table.Th>
              <Table.Td>{regionName(row.centre.regionCode)}</Table.Td>
              <Table.Td style={{ textAlign: 'right' }} fw={700}>
                {points(row.score)}
              </Table.Td>
              {row.components.map((c) => (
                <Table.Td key={c.key} style={{ textAlign: 'right' }}>
                  {points(c.contribution)}
                </Table.Td>
              ))}
              <Table.Td>
                <ContributionBar components={row.components} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The year-end rating of the centres: national users see the country or pick a region, regional
 * users and centre directors their region. The formula with the weights stands above the table;
 * a centre's name opens its breakdown.
 */
export function RatingPage() {
  const { t, i18n } = useTranslation('evaluation');
  const locale = i18n.language;
  useDocumentTitle(`${t('title')} · ${t('common:appName')}`);
  const user = useCurrentUser().data;
  const [params, setParams] = useSearchParams();
  const national = user?.scope.kind === 'country';
  const year = yearFrom(params.get('year'));
  const asked = params.get('regionCode');
  const regionCode = national && asked && /^\d{2}$/.test(asked) ? asked : null;
  const rating = useRating(year, regionCode);
  const regions = useRegions();
  const regionName = useMemo(() => {
    const names = new Map((regions.data ?? []).map((r) => [r.code, localized(r.name, locale)]));
    return (code: string) => names.get(code) ?? code;
  }, [regions.data, locale]);
  const setFilter = (key: 'year' | 'regionCode', value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const canEditWeights = user?.role === 'national' || user?.role === 'admin';

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Text c="gray.8">{t('intro')}</Text>
      </div>
      <Paper component="section" aria-label={t('filters.title')} withBorder p="md" radius="md">
        <Group align="flex-end">
          <ListSelect
            label={t('filters.year')}
            data={YEARS}
            value={String(year)}
            onChange={(v) => setFilter('year', v)}
            allowDeselect={false}
            w={140}
          />
          {national && (
            <ListSelect
              label={t('filters.region')}
              placeholder={t('filters.allRegions')}
              data={(regions.data ?? []).map((r) => ({ value: r.code, label: localized(r.name, locale) }))}
              value={regionCode}
              onChange={(v) => setFilter('regionCode', v)}
              clearable
              searchable
              w={320}
            />
          )}
        </Group>
      </Paper>
      {rating.isLoading && <Loader aria-label={t('loading')} role="status" />}
      {rating.error && <Alert color="red">{rating.error.message}</Alert>}
      {rating.data && (
        <>
          <FormulaPanel
            method={rating.data.method}
            year={year}
            weightsLink={canEditWeights ? `/rating/weights?year=${year}` : undefined}
          />
          <RatingTable rating={rating.data} regionName={regionName} />
        </>
      )}
    </Stack>
  );
}
