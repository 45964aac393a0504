import { z } from 'zod';

/** Most rows and columns one chart's data file takes: a chart's table is small by nature. */
export const CHART_DATA_MAX_ROWS = 5_000;
export const CHART_DATA_MAX_COLUMNS = 40;

const cellSchema = z.union([z.string().max(500), z.number(), z.null()]);

/**
 * A chart's data as the screen shows it (headers in the reader's language, numbers as numbers),
 * sent back to be written as an XLSX sheet. Screens build one table per chart for the CSV and the
 * XLSX download alike, so the two files always hold the same figures.
 */
export const chartDataFileSchema = z
  .object({
    /** The sheet's name and the file's name without extension. */
    title: z.string().trim().min(1).max(100),
    header: z.array(z.string().max(200)).min(1).max(CHART_DATA_MAX_COLUMNS),
    rows: z.array(z.array(cellSchema).max(CHART_DATA_MAX_COLUMNS)).max(CHART_DATA_MAX_ROWS),
  })
  .meta({ id: 'ChartDataFile' });
export type ChartDataFile = z.infer<typeof chartDataFileSchema>;
