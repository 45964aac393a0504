import { z } from 'zod';
import { localizedNameSchema } from './common';

/** The tables of the youth-served dataset: distinct young people per region × one breakdown. */
export const OPEN_DATA_TABLES = ['by_direction', 'by_gender', 'by_age_band'] as const;
export type OpenDataTable = (typeof OPEN_DATA_TABLES)[number];

/** Age bands of the dataset (age on the day of the service); `other` is outside 14–35 or unknown. */
export const OPEN_DATA_AGE_BANDS = ['14_18', '19_23', '24_28', '29_35', 'other'] as const;

/** The symbol a suppressed figure carries in the `flag` column / field. */
export const SUPPRESSED_FLAG = 'c';

/** The category code of a row's total (all directions, genders or ages). */
export const TOTAL_CATEGORY = 'total';

export const openDataQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
});
export type OpenDataQuery = z.infer<typeof openDataQuerySchema>;

export const openDataRowSchema = z
  .object({
    table: z.enum(OPEN_DATA_TABLES),
    /** Two-digit KATO region code; null for the whole country. */
    regionCode: z.string().nullable(),
    regionName: localizedNameSchema,
    /** Direction code, gender, age band, or `total`. */
    category: z.string(),
    categoryName: localizedNameSchema,
    /** Distinct young people; null when suppressed. */
    people: z.number().int().nullable(),
    /** `c` when suppressed, otherwise null. */
    flag: z.literal(SUPPRESSED_FLAG).nullable(),
  })
  .meta({ id: 'OpenDataRow' });
export type OpenDataRow = z.infer<typeof openDataRowSchema>;

export const openDataSetSchema = z
  .object({
    dataset: z.literal('youth-served'),
    year: z.number().int(),
    quarter: z.number().int().nullable(),
    /** First and last day of the period (ISO dates). */
    periodFrom: z.string(),
    periodTo: z.string(),
    minCell: z.number().int(),
    rows: z.array(openDataRowSchema),
  })
  .meta({ id: 'OpenDataSet' });
export type OpenDataSet = z.infer<typeof openDataSetSchema>;

export const openDataColumnSchema = z.object({
  /** Column name in the CSV file. */
  csv: z.string(),
  /** Field name in the JSON file (null when the CSV column has no JSON field of its own). */
  json: z.string().nullable(),
  meaning: localizedNameSchema,
  unit: z.string().nullable(),
});

export const openDataDictionarySchema = z
  .object({
    dataset: z.literal('youth-served'),
    title: localizedNameSchema,
    description: localizedNameSchema,
    suppression: localizedNameSchema,
    suppressedSymbol: z.string(),
    minCell: z.number().int(),
    columns: z.array(openDataColumnSchema),
    categories: z.array(
      z.object({ table: z.enum(OPEN_DATA_TABLES), code: z.string(), name: localizedNameSchema }),
    ),
  })
  .meta({ id: 'OpenDataDictionary' });
export type OpenDataDictionary = z.infer<typeof openDataDictionarySchema>;
