import type { TFunction } from 'i18next';
import type { Dashboard } from '../../../shared/contracts/analytics';
import { formatNumber } from '../../lib/localized';
import type { ChartOption } from './echart';

/** The name the region boundaries are registered under in ECharts. */
export const REGIONS_MAP = 'kz-regions';

export const MAP_MEASURES = [
  'services',
  'youngPeople',
  'neetReached',
  'servicesPer10k',
  'youngPeoplePer10k',
  'neetReachedPer10k',
] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];
export const MEASURE_DIGITS: Record<MapMeasure, number> = {
  services: 0,
  youngPeople: 0,
  servicesPer10k: 1,
  youngPeoplePer10k: 1,
  neetReached: 0,
  neetReachedPer10k: 1,
};
/** Colour of regions whose value is unknown or outside the user's scope, as on the home map. */
export const NO_DATA_COLOR = '#ced4da';
// ColorBrewer YlGnBu, as on the home map: light → dark, readable for colour-blind users.
const SCALE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
const SERIES_COLORS = ['#0b7285', '#e8590c'];
const ASPECT = Math.cos((47 * Math.PI) / 180);

/** "2026-03" → "03.2026", the app's date style for a month. */
export const monthLabel = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

type Row = { label: string; services: number; youngPeople: number };

/** Two bar series (services, young people) over categories; horizontal for long names. */
export function barsOption(
  rows: readonly Row[],
  locale: string,
  t: TFunction,
  horizontal: boolean,
): ChartOption {
  const fmt = (v: number) => formatNumber(v, locale);
  const category = {
    type: 'category' as const,
    data: rows.map((r) => r.label),
    axisLabel: { color: '#343a40' },
  };
  const value = { type: 'value' as const, axisLabel: { formatter: fmt, color: '#343a40' } };
  return {
    color: SERIES_COLORS,
    tooltip: { trigger: 'axis', valueFormatter: (v) => fmt(Number(v)) },
    legend: { top: 0, textStyle: { color: '#343a40' } },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal
      ? { ...category, inverse: true, axisLabel: { color: '#343a40', width: 220, overflow: 'truncate' } }
      : value,
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        name: t('analytics:charts.services'),
        data: rows.map((r) => r.services),
      },
      {
        type: 'bar',
        barMaxWidth: 28,
        name: t('analytics:charts.youngPeople'),
        data: rows.map((r) => r.youngPeople),
      },
    ],
  } as ChartOption;
}

/** The region choropleth of one measure; regions without a value stay grey. */
export function mapOption(
  regions: Dashboard['byRegion'],
  measure: MapMeasure,
  nameOf: (code: string) => string,
  locale: string,
  t: TFunction,
): ChartOption {
  const data = regions.map((r) => ({ name: r.regionCode, value: r[measure] ?? Number.NaN }));
  const known = data.map((d) => d.value).filter((v) => !Number.isNaN(v));
  const max = known.length ? Math.max(...known) : 0;
  const fmt = (v: number) => formatNumber(v, locale, MEASURE_DIGITS[measure]);
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = params as { name: string; value: number };
        const v = Number.isNaN(p.value) || p.value === undefined ? t('analytics:map.noData') : fmt(p.value);
        return `<strong>${nameOf(p.name)}</strong><br/>${t(`analytics:map.measures.${measure}`)}: ${v}`;
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
          formatter: (value: unknown) => fmt(Number(value)),
          textStyle: { color: '#343a40' },
          inRange: { color: SCALE },
        }
      : undefined,
    series: [
      {
        type: 'map',
        map: REGIONS_MAP,
        nameProperty: 'code',
        aspectScale: ASPECT,
        roam: false,
        selectedMode: false,
        top: 8,
        bottom: known.length ? 44 : 8,
        left: 8,
        right: 8,
        itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#ffffff', borderWidth: 1 },
        // Null colours keep the data colour on hover; the dark border shows the region under the pointer.
        emphasis: {
          label: { show: false },
          itemStyle: { areaColor: null, color: null, borderColor: '#212529', borderWidth: 2 },
        },
        data,
      },
    ],
  } as ChartOption;
}
