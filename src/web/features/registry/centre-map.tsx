import { Box, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_BOUNDARY_ATTRIBUTION } from '../../../shared/contracts/reference';
import { api } from '../../lib/api';

echarts.use([GeoComponent, ScatterChart, CanvasRenderer]);

interface RegionFeature {
  type: 'Feature';
  properties: { code: string };
  geometry: unknown;
}
interface RegionCollection {
  type: 'FeatureCollection';
  features: RegionFeature[];
}

/** Region boundaries, fetched once per session (the server lets the browser cache them for a day). */
const useBoundaries = () =>
  useQuery({
    queryKey: ['reference', 'regions.geojson'],
    queryFn: () => api.get<RegionCollection>('/api/v1/reference/regions.geojson'),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Registers one region's outline as its own ECharts map, so the map frames that region alone. */
function regionMapName(all: RegionCollection, regionCode: string) {
  const name = `jastar-region-${regionCode}`;
  if (!echarts.getMap(name)) {
    const features = all.features.filter((f) => f.properties.code === regionCode);
    // biome-ignore lint/suspicious/noExplicitAny: ECharts types GeoJSON loosely
    echarts.registerMap(name, { type: 'FeatureCollection', features } as any);
  }
  return name;
}

interface Props {
  regionCode: string;
  regionName: string;
  centreName: string;
  latitude: number | null;
  longitude: number | null;
}

/** A small map: the centre's region outline with a point where the centre is. */
export function CentreMap({ regionCode, regionName, centreName, latitude, longitude }: Props) {
  const { t } = useTranslation('registry');
  const boundaries = useBoundaries();
  const el = useRef<HTMLDivElement>(null);
  const hasPoint = latitude != null && longitude != null;

  useEffect(() => {
    if (!el.current || !boundaries.data) return;
    const chart = echarts.init(el.current);
    chart.setOption({
      animation: false,
      geo: {
        map: regionMapName(boundaries.data, regionCode),
        roam: false,
        silent: true,
        itemStyle: { areaColor: '#e6f4f1', borderColor: '#087f5b', borderWidth: 1.5 },
      },
      series: hasPoint
        ? [
            {
              type: 'scatter',
              coordinateSystem: 'geo',
              data: [[longitude, latitude]],
              symbolSize: 14,
              itemStyle: { color: '#c92a2a', borderColor: '#fff', borderWidth: 2 },
              silent: true,
            },
          ]
        : [],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [boundaries.data, regionCode, latitude, longitude, hasPoint]);

  const description = hasPoint
    ? t('centre.mapLabel', { centre: centreName, region: regionName })
    : t('centre.mapNoPoint', { region: regionName });

  return (
    <Box>
      <div ref={el} role="img" aria-label={description} style={{ width: '100%', height: 260 }} />
      {!hasPoint && (
        <Text size="sm" mt={4}>
          {t('centre.noCoordinates')}
        </Text>
      )}
      <Text size="xs" c="gray.7" mt={4}>
        {REGION_BOUNDARY_ATTRIBUTION}
      </Text>
    </Box>
  );
}
