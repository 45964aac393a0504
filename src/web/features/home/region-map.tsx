import { Box } from '@mantine/core';
import type { MapSeriesOption } from 'echarts/charts';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef } from 'react';
import type { RegionStats } from '../../../shared/contracts/home';
import { formatNumber } from '../../lib/localized';
import { echarts, type RegionMapOption } from '../../ui/maps/echarts';
import type { RegionsGeoJson } from '../../ui/maps/region-boundaries';
import { MEASURE_DIGITS, type Measure, measureValue, NO_DATA_COLOR } from './measures';
import { ageBandLabel, formatMeasure, regionName } from './region-format';

const MAP_NAME = 'kz-regions';
// ColorBrewer YlGnBu: ordered light → dark, readable for colour-blind users.
const SCALE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
// Kazakhstan spans about 41–55° N; cos(47°) keeps the plate carrée outline close to its true shape.
const ASPECT = Math.cos((47 * Math.PI) / 180);

interface Props {
  geojson: RegionsGeoJson;
  regions: readonly RegionStats[];
  measure: Measure;
  locale: string;
  t: TFunction;
  onSelect: (regionCode: string) => void;
}

/** Choropleth of the 20 regions by one measure; grey where the value is unknown. Clicking opens a region. */
export default function RegionMap({ geojson, regions, measure, locale, t, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const byCode = useMemo(() => new Map(regions.map((r) => [r.code, r])), [regions]);
  const byCodeRef = useRef(byCode);
  byCodeRef.current = byCode;

  useEffect(() => {
    if (!container.current) return;
    if (!echarts.getMap(MAP_NAME)) echarts.registerMap(MAP_NAME, geojson as never);
    const instance = echarts.init(container.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (byCodeRef.current.has(params.name)) onSelectRef.current(params.name);
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(container.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [geojson]);

  const summary = useMemo(
    () => mapSummary(regions, measure, geojson, locale, t),
    [regions, measure, geojson, locale, t],
  );

  useEffect(() => {
    chart.current?.setOption(buildOption(geojson, byCode, measure, locale, t), { notMerge: true });
  }, [geojson, byCode, measure, locale, t]);

  return (
    <Box
      ref={container}
      role="img"
      aria-label={summary}
      style={{ width: '100%', aspectRatio: '1.9', minHeight: 240 }}
    />
  );
}

function buildOption(
  geojson: RegionsGeoJson,
  byCode: ReadonlyMap<string, RegionStats>,
  measure: Measure,
  locale: string,
  t: TFunction,
): RegionMapOption {
  const data = [...byCode.values()].map((r) => ({
    name: r.code,
    value: measureValue(r, measure) ?? Number.NaN,
  }));
  const known = data.map((d) => d.value).filter((v) => !Number.isNaN(v));
  const max = known.length ? Math.max(...known) : 0;
  const names = new Map(geojson.features.map((f) => [f.properties.code, f.properties]));
  const fmt = (v: number) => formatNumber(v, locale, MEASURE_DIGITS[measure]);
  const esc = echarts.format.encodeHTML;

  return {
    tooltip: {
      trigger: 'item',
      textStyle: { color: '#212529' },
      formatter: (params) => {
        const code = (params as { name: string }).name;
        const region = byCode.get(code);
        const props = names.get(code);
        const title = region ? regionName(region, locale) : props ? featureName(props, locale) : code;
        const lines = [
          `<strong>${esc(title)}</strong>`,
          `${esc(t(`home:map.measures.${measure}`))}: ${esc(formatMeasure(region, measure, locale, t))}`,
        ];
        if (region) {
          lines.push(esc(t('home:map.centres', { value: formatNumber(region.centres, locale) })));
          lines.push(esc(t('home:map.staff', { value: formatNumber(region.staff, locale) })));
          lines.push(
            esc(
              region.youthPopulation === null
                ? t('home:map.youthUnknown')
                : t('home:map.youth', {
                    value: formatNumber(region.youthPopulation, locale),
                    year: region.youthPopulationYear ?? '—',
                    band: ageBandLabel(region.youthAgeBand, t),
                  }),
            ),
          );
        }
        return lines.join('<br/>');
      },
    },
    visualMap: known.length
      ? {
          type: 'continuous',
          min: 0,
          max: max || 1,
          seriesIndex: 0,
          orient: 'horizontal',
          left: 8,
          bottom: 4,
          itemWidth: 12,
          itemHeight: 160,
          calculable: false,
          text: [fmt(max), fmt(0)],
          // The value under the pointer, shown on the scale while hovering a region.
          formatter: (value: unknown) => fmt(Number(value)),
          textStyle: { color: '#343a40' },
          inRange: { color: SCALE },
        }
      : undefined,
    series: [
      {
        type: 'map',
        map: MAP_NAME,
        nameProperty: 'code',
        aspectScale: ASPECT,
        roam: false,
        selectedMode: false,
        top: 8,
        bottom: known.length ? 44 : 8,
        left: 8,
        right: 8,
        itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#ffffff', borderWidth: 1 },
        emphasis: HOVER,
        data,
      },
    ],
  };
}

// ECharts keeps the data colour on hover only when both colours are null, which its types do not allow;
// the darker border then shows which region is under the pointer.
const HOVER = {
  label: { show: false },
  itemStyle: { areaColor: null, color: null, borderColor: '#212529', borderWidth: 2 },
} as unknown as MapSeriesOption['emphasis'];

type FeatureProps = RegionsGeoJson['features'][number]['properties'];

const featureName = (p: FeatureProps, locale: string) =>
  (locale === 'ru' ? p.name_ru : locale === 'en' ? p.name_en : p.name_kk) ?? p.code;

/** One sentence a screen reader can read instead of the canvas: the measure, extremes, gaps. */
function mapSummary(
  regions: readonly RegionStats[],
  measure: Measure,
  geojson: RegionsGeoJson,
  locale: string,
  t: TFunction,
) {
  const measureLabel = t(`home:map.measures.${measure}`);
  const known = regions
    .filter((r) => measureValue(r, measure) !== null)
    .sort((a, b) => measureValue(b, measure)! - measureValue(a, measure)!);
  if (!known.length) return t('home:map.ariaLabelEmpty', { measure: measureLabel });
  const knownCodes = new Set(known.map((r) => r.code));
  const describe = (r: RegionStats) => `${regionName(r, locale)} (${formatMeasure(r, measure, locale, t)})`;
  const missing = geojson.features.filter((f) => !knownCodes.has(f.properties.code)).length;
  return t('home:map.ariaLabel', {
    measure: measureLabel,
    top: describe(known[0]),
    bottom: describe(known[known.length - 1]),
    missing: formatNumber(missing, locale),
  });
}
