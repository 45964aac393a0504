import { MapChart, type MapSeriesOption, ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import {
  GeoComponent,
  type GeoComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
  VisualMapComponent,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the parts the app's maps need; importers load this lazily so it stays out of the main bundle.
echarts.use([MapChart, ScatterChart, GeoComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export { echarts };

/** The option shape of the region choropleth. */
export type RegionMapOption = echarts.ComposeOption<
  MapSeriesOption | TooltipComponentOption | VisualMapComponentOption
>;

/** The option shape of a point map over region outlines. */
export type PointMapOption = echarts.ComposeOption<GeoComponentOption | ScatterSeriesOption>;
