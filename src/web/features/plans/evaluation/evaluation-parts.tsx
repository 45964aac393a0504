import { Anchor, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  EVALUATION_COMPONENTS,
  type EvaluationComponent,
  type EvaluationComponentScore,
  type EvaluationMethod,
} from '../../../../shared/contracts/evaluation';
import { formatNumber } from '../../../lib/localized';

/** One colour per component, the same in the bars, the legend and the breakdown. */
export const COMPONENT_COLORS: Record<EvaluationComponent, string> = {
  plan_fulfilment: 'var(--mantine-color-blue-7)',
  coverage: 'var(--mantine-color-teal-7)',
  neet_outcomes: 'var(--mantine-color-grape-7)',
  neet_reach: 'var(--mantine-color-orange-7)',
  service_intensity: 'var(--mantine-color-gray-6)',
};

const SHARES: readonly EvaluationComponent[] = ['plan_fulfilment', 'neet_outcomes', 'neet_reach'];

/** A component's raw figure in the UI language: shares as percent, rates with two decimals. */
export function formatRaw(key: EvaluationComponent, raw: number | null, locale: string): string {
  if (raw === null) return '—';
  return SHARES.includes(key) ? `${formatNumber(raw * 100, locale, 1)} %` : formatNumber(raw, locale, 3);
}

/** A small bar of the score's parts out of 100 (the numbers are in the table beside it). */
export function ContributionBar({ components }: { components: EvaluationComponentScore[] }) {
  return (
    <Box
      aria-hidden
      w={160}
      h={10}
      style={{
        display: 'flex',
        background: 'var(--mantine-color-gray-2)',
        borderRadius: 4,
        overflow: 'hidden',
      }}
    >
      {components.map((c) => (
        <Box
          key={c.key}
          h="100%"
          style={{ width: `${c.contribution}%`, background: COMPONENT_COLORS[c.key] }}
        />
      ))}
    </Box>
  );
}

export function Swatch({ component }: { component: EvaluationComponent }) {
  return (
    <Box
      aria-hidden
      w={12}
      h={12}
      style={{ background: COMPONENT_COLORS[component], borderRadius: 2, flex: 'none' }}
    />
  );
}

/**
 * The formula in words with the weights in force: the sum, what each component measures and how it
 * is scaled to 0..1, the national medians it is compared with, and whose weights these are.
 */
export function FormulaPanel({
  method,
  year,
  weightsLink,
}: {
  method: EvaluationMethod;
  year: number;
  weightsLink?: string;
}) {
  const { t, i18n } = useTranslation('evaluation');
  const locale = i18n.language;
  const median = (v: number | null) => (v === null ? '—' : formatNumber(v, locale, 3));
  return (
    <Paper component="section" aria-labelledby="evaluation-formula" withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4" id="evaluation-formula">
          {t('formula.title')}
        </Title>
        <Text>
          {t('formula.sum', {
            parts: EVALUATION_COMPONENTS.map((k) =>
              t('formula.part', { weight: method.weights[k], component: t(`component.${k}`) }),
            ).join(' + '),
          })}
        </Text>
        <List spacing={4} listStyleType="none" p={0}>
          {EVALUATION_COMPONENTS.map((k) => (
            <List.Item key={k}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Box pt={5}>
                  <Swatch component={k} />
                </Box>
                <Text size="sm">
                  <Text span fw={600}>
                    {t(`component.${k}`)} ({t('formula.weight', { weight: method.weights[k] })})
                  </Text>
                  {': '}
                  {t(`componentFormula.${k}`)}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
        <Text size="sm">
          {t('formula.medians', {
            coverage: median(method.medianCoverage),
            intensity: median(method.medianIntensity),
          })}
        </Text>
        <Group gap="md">
          <Text size="sm" c="gray.8">
            {method.weightsYear === null
              ? t('formula.weightsDefault')
              : method.weightsYear === year
                ? t('formula.weightsOf', { year: method.weightsYear, revision: method.weightsRevision })
                : t('formula.weightsInherited', {
                    year,
                    source: method.weightsYear,
                    revision: method.weightsRevision,
                  })}
          </Text>
          {weightsLink && (
            <Anchor component={Link} to={weightsLink} size="sm">
              {t('weights.edit')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
