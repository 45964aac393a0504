import { Alert, Anchor, Badge, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorValue } from '../../../shared/contracts/indicators';
import { formatNumber, localized } from '../../lib/localized';
import { useRegions } from '../registry/registry-api';
import { TableCaption } from '../registry/table-caption';
import { useIndicators, useIndicatorValues } from './indicators-api';
import { IndicatorsImport } from './indicators-import';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => String(THIS_YEAR - i));

function AgeBand({ band }: { band: string }) {
  const { t } = useTranslation('plans');
  if (band === 'not stated') return <>{t('ageBand.notStated')}</>;
  if (band === 'all') return <>{t('ageBand.all')}</>;
  return <>{band}</>;
}

function ValuesTable({ indicator, values }: { indicator: Indicator; values: IndicatorValue[] }) {
  const { t, i18n } = useTranslation('plans');
  const { data: regions } = useRegions();
  const regionName = useMemo(() => {
    const names = new Map((regions ?? []).map((r) => [r.code, localized(r.name, i18n.language)]));
    return (code: string) => names.get(code) ?? code;
  }, [regions, i18n.language]);
  const digits = indicator.unit === 'percent' || indicator.unit === 'per_1000' ? 1 : 0;
  if (values.length === 0) return <Text>{t('empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped>
        <TableCaption>
          {t('tableCaption', { indicator: localized(indicator.name, i18n.language) })}
        </TableCaption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('col.region')}</Table.Th>
            <Table.Th scope="col">{t('col.year')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('col.value')}
            </Table.Th>
            <Table.Th scope="col">{t('col.ageBand')}</Table.Th>
            <Table.Th scope="col">{t('col.note')}</Table.Th>
            <Table.Th scope="col">{t('col.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {values.map((v) => (
            <Table.Tr key={`${v.regionCode}-${v.year}-${v.quarter ?? 0}`}>
              <Table.Th scope="row" fw={500}>
                {regionName(v.regionCode)}
              </Table.Th>
              <Table.Td>{v.quarter ? `${v.year} Q${v.quarter}` : v.year}</Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                {formatNumber(v.value, i18n.language, digits)} {t(`unit.${indicator.unit}`)}
              </Table.Td>
              <Table.Td>
                <AgeBand band={v.ageBand} />
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Badge variant="light" color={v.origin === 'manual' ? 'orange' : 'gray'}>
                    {t(`origin.${v.origin}`)}
                  </Badge>
                  {v.sourceNote && <Text size="sm">{v.sourceNote}</Text>}
                </Stack>
              </Table.Td>
              <Table.Td>
                {v.sourceUrl && (
                  <Anchor href={v.sourceUrl} target="_blank" rel="noopener noreferrer" size="sm">
                    {t('sourceLink')}
                  </Anchor>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Indicators and their regional figures (read-only): national users see every region, regional users theirs. */
export function IndicatorsPage() {
  const { t, i18n } = useTranslation('plans');
  const catalogue = useIndicators();
  const [code, setCode] = useState<string | null>('youth_population');
  const [year, setYear] = useState(String(THIS_YEAR));
  const indicator = catalogue.data?.items.find((i) => i.code === code) ?? null;
  const isJournal = indicator?.source === 'journal';
  const values = useIndicatorValues(indicator ? indicator.code : null, isJournal ? Number(year) : null);

  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Text c="gray.8">{t('intro')}</Text>
      <IndicatorsImport />
      {catalogue.isLoading && <Loader aria-label={t('loading')} role="status" />}
      {catalogue.error && <Alert color="red">{catalogue.error.message}</Alert>}
      {catalogue.data && (
        <Group align="flex-end">
          <Select
            label={t('indicator')}
            data={catalogue.data.items
              .filter((i) => i.isActive)
              .map((i) => ({ value: i.code, label: localized(i.name, i18n.language) }))}
            value={code}
            onChange={setCode}
            allowDeselect={false}
            w={360}
          />
          {isJournal && (
            <Select
              label={t('year')}
              description={t('yearHelp')}
              data={YEARS}
              value={year}
              onChange={(v) => v && setYear(v)}
              allowDeselect={false}
              w={160}
            />
          )}
        </Group>
      )}
      {indicator && (
        <Stack gap={4}>
          <Group gap="xs">
            <Badge variant="outline">{t(`source.${indicator.source}`)}</Badge>
          </Group>
          {localized(indicator.description, i18n.language) && (
            <Text size="sm">{localized(indicator.description, i18n.language)}</Text>
          )}
        </Stack>
      )}
      {values.isLoading && <Loader aria-label={t('loading')} role="status" />}
      {values.error && <Alert color="red">{values.error.message}</Alert>}
      {indicator && values.data && <ValuesTable indicator={indicator} values={values.data.items} />}
    </Stack>
  );
}
