import { Box, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_BOUNDARY_ATTRIBUTION } from '../../../shared/contracts/reference';
import { echarts, type PointMapOption } from '../../ui/maps/echarts';
import { type RegionsGeoJson, useRegionsGeoJson } from '../../ui/maps/region-boundaries';

/** Registers one region's outline as its own ECharts map, so the map frames that region alone. */
function regionMapName(all: RegionsGeoJson, regionCode: string) {
  const name = `jastar-region-${regionCode}`;
  if (!echarts.getMap(name)) {
    const features = all.features.filter((f) => f.properties.code === regionCode);
    echarts.registerMap(name, { type: 'FeatureCollection', features } as never);
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

/** A small map: the centre's region outline with a point where the centre is (loaded lazily with ECharts). */
export default function CentreMap({ regionCode, regionName, centreName, latitude, longitude }: Props) {
  const { t } = useTranslation('registry');
  const boundaries = useRegionsGeoJson();
  const el = useRef<HTMLDivElement>(null);
  const hasPoint = latitude != null && longitude != null;

  useEffect(() => {
    if (!el.current || !boundaries.data) return;
    const chart = echarts.init(el.current);
    const option: PointMapOption = {
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
    };
    chart.setOption(option);
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
