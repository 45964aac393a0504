import { z } from 'zod';
import { localizedNameSchema } from './common';

/** One region's figures for the home map; per-10,000 values only where the youth population is known. */
export const regionStatsSchema = z
  .object({
    code: z.string(),
    iso: z.string(),
    name: localizedNameSchema,
    centres: z.number().int(),
    staff: z.number().int(),
    youthPopulation: z.number().int().nullable(),
    youthPopulationYear: z.number().int().nullable(),
    youthAgeBand: z.string().nullable(),
    centresPer10k: z.number().nullable(),
    staffPer10k: z.number().nullable(),
  })
  .meta({ id: 'RegionStats' });
export type RegionStats = z.infer<typeof regionStatsSchema>;

/** Key counts of the caller's scope for the home page. */
export const homeSummarySchema = z
  .object({
    centres: z.object({
      active: z.number().int(),
      inactive: z.number().int(),
      byKind: z.object({ regional: z.number().int(), city: z.number().int(), district: z.number().int() }),
    }),
    staff: z.object({
      active: z.number().int(),
      /** Hired in the last 90 days: the people onboarding will be about. */
      newHires90d: z.number().int(),
    }),
    regions: z.array(regionStatsSchema),
  })
  .meta({ id: 'HomeSummary' });
export type HomeSummary = z.infer<typeof homeSummarySchema>;
