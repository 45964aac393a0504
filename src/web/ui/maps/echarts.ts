import { MapChart, type MapSeriesOption } from 'echarts/charts';
import {
  TooltipComponent,
  type TooltipComponentOption,
  VisualMapComponent,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the parts the region map needs, so the chart chunk stays small.
echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export { echarts };

/** The option shape the region map uses. */
export type RegionMapOption = echarts.ComposeOption<
  MapSeriesOption | TooltipComponentOption | VisualMapComponentOption
>;
