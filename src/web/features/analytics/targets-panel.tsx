import { Anchor, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NATIONAL_TARGET_SOURCES } from '../../../shared/constants/national-targets';
import type { Targets } from '../../../shared/contracts/analytics';
import { formatNumber } from '../../lib/localized';

const clampPercent = (share: number) => Math.max(0, Math.min(100, share * 100));

/**
 * Progress of the scope against the 2029 national targets, for the year the period ends in. The page
 * asks for the figures together with the dashboard, so the panel only shows them.
 */
export function TargetsPanel({ data }: { data: Targets | undefined }) {
  const { t, i18n } = useTranslation('analytics');
  const locale = i18n.language;
  if (!data) return null;
  const n = (v: number, digits = 0) => formatNumber(v, locale, digits);
  const { neetShare: neet, youthServed: served } = data;
  const servedShare = served.yearlyPace ? served.value / served.yearlyPace : null;
  return (
    <Paper component="section" aria-labelledby="analytics-targets" withBorder p="md" radius="md">
      <Title order={2} size="h4" id="analytics-targets" mb="sm">
        {t('targets.title', { year: neet.targetYear })}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Stack gap={4} role="group" aria-labelledby="target-neet">
          <Text size="sm" c="gray.7" id="target-neet">
            {t('targets.neet')}
          </Text>
          <Text fz={26} fw={700} data-target="neet">
            {neet.value === null ? t('targets.noFigure') : `${n(neet.value, 1)} %`}
          </Text>
          {neet.progress !== null && (
            <Progress
              value={clampPercent(neet.progress)}
              color={neet.progress >= 1 ? 'teal' : 'orange'}
              aria-label={t('targets.neetProgress', { percent: n(clampPercent(neet.progress)) })}
            />
          )}
          <Text size="sm">
            {t('targets.neetGoal', {
              target: n(neet.target, 1),
              baseline: n(neet.baseline, 1),
              baselineYear: neet.baselineYear,
            })}
          </Text>
          {neet.value !== null && (
            <Text size="xs" c="gray.7">
              {t('targets.neetBasis', {
                year: neet.year,
                // The sources' bands, one of which may be "not stated": that one is said in words.
                ageBand: (neet.ageBand ?? '')
                  .split(', ')
                  .map((band) => (band === 'not stated' ? t('targets.bandNotStated') : band))
                  .join(', '),
                count: neet.regions,
              })}
            </Text>
          )}
        </Stack>
        <Stack gap={4} role="group" aria-labelledby="target-served">
          <Text size="sm" c="gray.7" id="target-served">
            {t('targets.served', { year: data.year })}
          </Text>
          <Text fz={26} fw={700} data-target="served">
            {n(served.value)}
          </Text>
          {servedShare !== null && (
            <Progress
              value={clampPercent(servedShare)}
              color={servedShare >= 1 ? 'teal' : 'orange'}
              aria-label={t('targets.servedProgress', { percent: n(clampPercent(servedShare)) })}
            />
          )}
          <Text size="sm">
            {served.yearlyPace === null
              ? t('targets.servedGoalCentre', { target: n(served.target), targetYear: served.targetYear })
              : t('targets.servedGoal', {
                  pace: n(served.yearlyPace),
                  target: n(served.target),
                  targetYear: served.targetYear,
                })}
          </Text>
        </Stack>
        <Stack gap={4} role="group" aria-labelledby="target-awareness">
          <Text size="sm" c="gray.7" id="target-awareness">
            {t('targets.awareness')}
          </Text>
          <Text fz={26} fw={700}>
            {data.awareness.value === null ? t('targets.notMeasured') : `${n(data.awareness.value)} %`}
          </Text>
          <Text size="sm">{t('targets.awarenessGoal', { target: n(data.awareness.target) })}</Text>
        </Stack>
      </SimpleGrid>
      <Text size="xs" c="gray.7" mt="sm">
        {t('targets.source')}{' '}
        {NATIONAL_TARGET_SOURCES.map((url, i) => (
          <Anchor
            key={url}
            href={url}
            target="_blank"
            rel="noreferrer"
            size="xs"
            c="teal.9"
            underline="always"
            mr="xs"
          >
            [{i + 1}]
          </Anchor>
        ))}
      </Text>
    </Paper>
  );
}
