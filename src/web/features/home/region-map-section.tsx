import { Alert, Box, Group, Paper, Radio, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RegionStats } from '../../../shared/contracts/home';
import { REGION_BOUNDARY_ATTRIBUTION } from '../../../shared/contracts/reference';
import { useRegionsGeoJson } from '../../ui/maps/region-boundaries';
import { defaultMeasure, MEASURES, type Measure, NO_DATA_COLOR, STAFF_MEASURES } from './measures';
import { RegionTable } from './region-table';

// ECharts is the largest dependency of the app; it loads only when the map is shown.
const RegionMap = lazy(() => import('./region-map'));

interface Props {
  regions: readonly RegionStats[];
  /** The user is held to one region: the map says so and greys the rest. */
  scoped: boolean;
  /** Whether the user's role sees staff (partners do not): staff measures and columns are left out. */
  showStaff: boolean;
}

/** The region choropleth with its measure switch, legend, notes and the same figures as a table. */
export function RegionMapSection({ regions, scoped, showStaff }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const geojson = useRegionsGeoJson();
  const [chosen, setChosen] = useState<Measure | null>(null);
  const measure = chosen ?? defaultMeasure(regions);
  const skeleton = <Skeleton style={{ width: '100%', aspectRatio: '1.9', minHeight: 240 }} />;

  return (
    <Stack component="section" aria-labelledby="home-map-title" gap="sm">
      <Title order={2} size="h3" id="home-map-title">
        {t(showStaff ? 'home:map.title' : 'home:map.titleCentres')}
      </Title>
      <Radio.Group label={t('home:map.measure')} value={measure} onChange={(v) => setChosen(v as Measure)}>
        <Group gap="md" mt={6}>
          {MEASURES.filter((m) => showStaff || !STAFF_MEASURES.includes(m)).map((m) => (
            <Radio key={m} value={m} label={t(`home:map.measures.${m}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Paper withBorder p="xs" radius="md">
        {geojson.isError ? (
          <Alert color="yellow">{t('home:map.loadFailed')}</Alert>
        ) : geojson.data ? (
          <Suspense fallback={skeleton}>
            <RegionMap
              geojson={geojson.data}
              regions={regions}
              measure={measure}
              locale={i18n.language}
              t={t}
              onSelect={(code) => navigate(`/centres?regionCode=${code}`)}
            />
          </Suspense>
        ) : (
          skeleton
        )}
        <Group gap="xs" px={8} pb={4} wrap="nowrap">
          <Box
            w={14}
            h={14}
            bg={NO_DATA_COLOR}
            style={{ flexShrink: 0, border: '1px solid #868e96' }}
            aria-hidden="true"
          />
          <Text size="sm">{t('home:map.noData')}</Text>
          <Text size="sm" c="gray.7">
            · {t('home:map.clickHint')}
          </Text>
        </Group>
      </Paper>
      <Stack gap={4}>
        {scoped && (
          <Text size="sm" c="gray.7">
            {t('home:map.scopeNote')}
          </Text>
        )}
        <Text size="sm" c="gray.7">
          {t('home:map.comparabilityNote')}
        </Text>
        <Text size="sm" c="gray.7">
          {t('home:map.sourceNote')}
        </Text>
        <Text size="xs" c="gray.7" lang="en">
          {REGION_BOUNDARY_ATTRIBUTION}
        </Text>
      </Stack>
      <RegionTable regions={regions} showStaff={showStaff} />
    </Stack>
  );
}
