import { z } from 'zod';
import { localizedNameSchema, optional } from './common';

/** What an indicator's value counts or measures. */
export const INDICATOR_UNITS = ['people', 'percent', 'count', 'per_1000', 'tenge', 'hours'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** Which kind of place an indicator's values describe. */
export const INDICATOR_LEVELS = ['region', 'district', 'centre'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

/** Where an indicator's figures come from. `journal` figures are computed from the journal rollups. */
export const INDICATOR_SOURCES = ['statistics', 'survey', 'journal', 'manual'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/** How a stored value got into the database: the shipped file, a national user's edit, or an import. */
export const INDICATOR_VALUE_ORIGINS = ['file', 'manual', 'import'] as const;
export type IndicatorValueOrigin = (typeof INDICATOR_VALUE_ORIGINS)[number];

/** An indicator's code: snake_case, stable, never changed once created. */
export const indicatorCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(_[a-z0-9]+)*$/);

export const indicatorSchema = z
  .object({
    code: z.string(),
    name: localizedNameSchema,
    /** Empty strings where the catalogue gives no description. */
    description: localizedNameSchema,
    unit: z.enum(INDICATOR_UNITS),
    level: z.enum(INDICATOR_LEVELS),
    source: z.enum(INDICATOR_SOURCES),
    isActive: z.boolean(),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorListSchema = z
  .object({ items: z.array(indicatorSchema) })
  .meta({ id: 'IndicatorList' });

/** One figure of an indicator for one region and period, with what it refers to and where it comes from. */
export const indicatorValueSchema = z
  .object({
    indicatorCode: z.string(),
    regionCode: z.string(),
    year: z.number().int(),
    /** 1-4 for a quarterly figure; null for a figure of the whole year (or a point in it). */
    quarter: z.number().int().nullable(),
    value: z.number(),
    /**
     * The age band the figure refers to (e.g. `14-35`, `15-28`, `not stated`); statistics changed bands
     * over time. Journal figures count everyone the journal served: `all`.
     */
    ageBand: z.string(),
    sourceNote: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    /**
     * `file`: the shipped regional figures; `manual`: a national user's edit; `import`: a loaded file;
     * `journal`: computed from the journal rollups when asked (journal indicators are never stored).
     */
    origin: z.enum([...INDICATOR_VALUE_ORIGINS, 'journal']),
  })
  .meta({ id: 'IndicatorValue' });
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const indicatorValueListSchema = z
  .object({ items: z.array(indicatorValueSchema) })
  .meta({ id: 'IndicatorValueList' });

export const indicatorCodeParamSchema = z.object({ code: indicatorCodeSchema });

export const indicatorValuesQuerySchema = z.object({
  regionCode: optional(z.string().regex(/^\d{2}$/)),
  year: optional(z.coerce.number().int().min(2000).max(2100)),
});

/** A national user's figure for one region and period (replaces the stored one, if any). */
export const indicatorValueInputSchema = z
  .object({
    regionCode: z.string().regex(/^\d{2}$/),
    year: z.number().int().min(2000).max(2100),
    quarter: optional(z.number().int().min(1).max(4)),
    value: z.number().finite().min(0),
    ageBand: z.string().trim().min(1).max(40),
    sourceNote: optional(z.string().trim().max(2000)),
    sourceUrl: optional(z.url({ protocol: /^https?$/ }).max(1000)),
  })
  .meta({ id: 'IndicatorFigureEntry' });
export type IndicatorValueInput = z.infer<typeof indicatorValueInputSchema>;
