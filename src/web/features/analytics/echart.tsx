import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
} from 'echarts/components';
import { type RefObject, useEffect, useRef } from 'react';
import { echarts, type RegionMapOption } from '../../ui/maps/echarts';
import type { RegionsGeoJson } from '../../ui/maps/region-boundaries';
import { REGIONS_MAP } from './options';

// The dashboard's charts add bars, lines, axes and a legend to the map parts the shared module registers.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent]);

export type ChartOption =
  | echarts.ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption>
  | RegionMapOption;

interface Props {
  option: ChartOption;
  /** Receives the chart so the page can export it as PNG. */
  chartRef: RefObject<echarts.ECharts | null>;
  label: string;
  geojson?: RegionsGeoJson;
  onClick?: (name: string) => void;
  aspectRatio?: string;
}

/** One ECharts canvas, resized with its box; an image with a spoken summary for assistive technology. */
export default function EChart({ option, chartRef, label, geojson, onClick, aspectRatio = '2.2' }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const onClickRef = useRef(onClick);
  onClickRef.current = onClick;

  useEffect(() => {
    if (!container.current) return;
    if (geojson && !echarts.getMap(REGIONS_MAP)) echarts.registerMap(REGIONS_MAP, geojson as never);
    const instance = echarts.init(container.current, undefined, { renderer: 'canvas' });
    chartRef.current = instance;
    instance.on('click', (params) => onClickRef.current?.(params.name));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(container.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chartRef.current = null;
    };
  }, [geojson, chartRef]);

  // A map series before its boundaries are registered makes ECharts throw (and the page with it):
  // the map is drawn once they arrive, when the chart is made anew.
  const waitsForMap =
    (option.series as { type?: string }[] | undefined)?.some((series) => series.type === 'map') && !geojson;
  // A new map (the boundaries arriving) makes a new chart, which needs the option again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: geojson stands for the chart made anew
  useEffect(() => {
    if (waitsForMap) return;
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option, chartRef, waitsForMap, geojson]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      style={{ width: '100%', aspectRatio, minHeight: 220 }}
    />
  );
}
