import { Alert, Anchor, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { EvaluationCentre } from '../../../../shared/contracts/evaluation';
import { formatDate, formatNumber, localized } from '../../../lib/localized';
import { TableCaption } from '../../registry/table-caption';
import { useCentreEvaluation } from './evaluation-api';
import { ContributionBar, FormulaPanel, formatRaw, Swatch } from './evaluation-parts';
import { yearFrom } from './evaluation-years';

function ComponentsTable({ data }: { data: EvaluationCentre }) {
  const { t, i18n } = useTranslation('evaluation');
  const locale = i18n.language;
  const right = { textAlign: 'right' } as const;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped>
        <TableCaption>{t('centre.componentsCaption')}</TableCaption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('centre.col.component')}</Table.Th>
            <Table.Th scope="col" style={right}>
              {t('centre.col.raw')}
            </Table.Th>
            <Table.Th scope="col" style={right}>
              {t('centre.col.benchmark')}
            </Table.Th>
            <Table.Th scope="col" style={right}>
              {t('centre.col.normalized')}
            </Table.Th>
            <Table.Th scope="col" style={right}>
              {t('centre.col.weight')}
            </Table.Th>
            <Table.Th scope="col" style={right}>
              {t('centre.col.contribution')}
            </Table.Th>
            <Table.Th scope="col">{t('centre.col.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.row.components.map((c) => (
            <Table.Tr key={c.key}>
              <Table.Th scope="row" fw={500}>
                <Group gap="xs" wrap="nowrap">
                  <Swatch component={c.key} />
                  {t(`component.${c.key}`)}
                </Group>
              </Table.Th>
              <Table.Td style={right}>{formatRaw(c.key, c.raw, locale)}</Table.Td>
              <Table.Td style={right}>
                {c.benchmark === null ? '—' : formatNumber(c.benchmark, locale, 3)}
              </Table.Td>
              <Table.Td style={right}>{formatNumber(c.normalized, locale, 4)}</Table.Td>
              <Table.Td style={right}>{c.weight}</Table.Td>
              <Table.Td style={right} fw={600}>
                {formatNumber(c.contribution, locale, 2)}
              </Table.Td>
              <Table.Td>{c.zeroReason ? t(`zeroReason.${c.zeroReason}`) : ''}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('centre.total')}</Table.Th>
            <Table.Td colSpan={4} />
            <Table.Td style={right} fw={700}>
              {formatNumber(data.row.score, locale, 2)}
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function InputsTable({ data }: { data: EvaluationCentre }) {
  const { t, i18n } = useTranslation('evaluation');
  const locale = i18n.language;
  const n = (v: number) => formatNumber(v, locale);
  const { inputs } = data;
  const plan = inputs.plan;
  const rows: [string, string, string][] = [
    [
      t('input.plan'),
      plan
        ? t('input.planValue', {
            version: plan.approvedVersion,
            met: plan.met,
            kpis: plan.kpis,
            share: plan.share === null ? '—' : `${formatNumber(plan.share * 100, locale, 1)} %`,
            asOf: formatDate(plan.asOf),
          })
        : t('zeroReason.no_approved_plan'),
      t('source.plans'),
    ],
    [t('input.served'), n(inputs.served), t('source.journal')],
    [t('input.neetReached'), n(inputs.neetReached), t('source.journal')],
    [t('input.services'), n(inputs.services), t('source.journal')],
    [t('input.casesConfirmed'), n(inputs.casesConfirmed), t('source.cases')],
    [t('input.casesSettled'), n(inputs.casesSettled), t('source.cases')],
    [
      t('input.regionYouth'),
      inputs.regionYouth === null ? '—' : n(inputs.regionYouth),
      t('source.statistics', { year: data.year }),
    ],
    [t('input.centresInRegion'), n(inputs.centresInRegion), t('source.registry')],
    [
      t('input.areaYouth'),
      inputs.regionYouth === null
        ? '—'
        : formatNumber(inputs.regionYouth / inputs.centresInRegion, locale, 1),
      t('source.computed'),
    ],
  ];
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped>
        <TableCaption>{t('centre.inputsCaption')}</TableCaption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('centre.col.figure')}</Table.Th>
            <Table.Th scope="col">{t('centre.col.value')}</Table.Th>
            <Table.Th scope="col">{t('centre.col.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, value, source]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={500}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
              <Table.Td>{source}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One centre's year-end score: its components with raw figures, the formula, and the figures' sources. */
export function CentreEvaluationPage() {
  const { t, i18n } = useTranslation('evaluation');
  const locale = i18n.language;
  const centreId = Number(useParams().centreId);
  const [params] = useSearchParams();
  const year = yearFrom(params.get('year'));
  const evaluation = useCentreEvaluation(centreId, year);
  const data = evaluation.data;
  const name = data ? localized(data.row.centre.name, locale) : '';
  useDocumentTitle(`${name || t('title')} · ${t('common:appName')}`);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/rating?year=${year}`}>
        {t('centre.back')}
      </Anchor>
      {evaluation.isLoading && <Loader aria-label={t('loading')} role="status" />}
      {evaluation.error && <Alert color="red">{evaluation.error.message}</Alert>}
      {data && (
        <>
          <div>
            <Title order={1} size="h2">
              {name}
            </Title>
            <Text size="lg" fw={600}>
              {t('centre.score', { score: formatNumber(data.row.score, locale, 2), year: data.year })}
            </Text>
            <Text c="gray.8">
              {t('centre.ranks', {
                rank: data.row.rank,
                total: data.nationalCount,
                regionRank: data.row.regionRank,
                regionTotal: data.regionCount,
              })}
            </Text>
            <ContributionBar components={data.row.components} />
          </div>
          <ComponentsTable data={data} />
          <FormulaPanel method={data.method} year={data.year} />
          <InputsTable data={data} />
        </>
      )}
    </Stack>
  );
}
