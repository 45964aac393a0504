import { Alert, Loader, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyResults as Results } from '../../../../shared/contracts/surveys';
import { formatNumber, localized } from '../../../lib/localized';
import { useSurveyResults } from './surveys-api';

const percent = (share: number, locale: string) => `${formatNumber(share * 100, locale, 1)}%`;

function ShareCell({ share, label }: { share: number; label: string }) {
  const { i18n } = useTranslation();
  return (
    <Table.Td style={{ minWidth: 120 }}>
      <Text size="sm" ta="right">
        {percent(share, i18n.language)}
      </Text>
      <Progress value={share * 100} size="sm" aria-label={label} />
    </Table.Td>
  );
}

function ResultsTable({ results }: { results: Results }) {
  const { t, i18n } = useTranslation('surveys');
  const districtLabel = (d: Results['districts'][number]) =>
    d.name ? localized(d.name, i18n.language) : t('results.noDistrict');
  const regionLabel = t('results.region', {
    region: localized(results.region.name, i18n.language),
    year: results.region.year,
  });
  const columns = [
    { key: 'survey', label: t('results.survey'), demand: results.survey },
    ...results.districts.map((d) => ({
      key: `d-${d.districtId ?? 'none'}`,
      label: districtLabel(d),
      demand: d,
    })),
    { key: 'region', label: regionLabel, demand: results.region },
  ];
  return (
    <Table.ScrollContainer minWidth={480 + columns.length * 120}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('results.direction')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.key} scope="col" style={{ textAlign: 'right' }}>
                <div>{c.label}</div>
                <Text size="xs" c="gray.7" fw={400}>
                  {t('results.answers', { count: c.demand.answers })}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.directions.map((d) => {
            const name = localized(d.name, i18n.language);
            return (
              <Table.Tr key={d.code}>
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                {columns.map((c) => (
                  <ShareCell key={c.key} share={c.demand.shares[d.code] ?? 0} label={`${name}: ${c.label}`} />
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Demand shares by direction: this survey overall, by district, and the whole region's year. */
export function SurveyResults({ surveyId }: { surveyId: number }) {
  const { t } = useTranslation('surveys');
  const results = useSurveyResults(surveyId);
  return (
    <Stack>
      <Title order={2}>{t('detail.results')}</Title>
      {results.isLoading && <Loader role="status" />}
      {results.error && <Alert color="red">{results.error.message}</Alert>}
      {results.data && results.data.survey.answers === 0 && results.data.region.answers === 0 && (
        <Text>{t('results.none')}</Text>
      )}
      {results.data && (results.data.survey.answers > 0 || results.data.region.answers > 0) && (
        <ResultsTable results={results.data} />
      )}
    </Stack>
  );
}
