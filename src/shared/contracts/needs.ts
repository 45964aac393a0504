import { z } from 'zod';

/**
 * A centre's needs profile for a year: a score per direction of the service catalogue, each with
 * the explanation of how it was made (inputs, their sources and years, weights, contributions).
 * The plan builder ranks priorities by `score` and writes their reasons from `components`.
 */

/** Where an input of a needs score comes from. */
export const NEEDS_INPUT_SOURCES = ['statistics', 'survey', 'journal', 'methodology'] as const;

/** Where a needs input counts. */
export const NEEDS_PLACES = ['district', 'region', 'region_share', 'centre'] as const;
/** Why a needs input has no value. */
export const NEEDS_MISSING_REASONS = [
  'no_statistics',
  'too_few_answers',
  'no_population',
  'no_benchmark',
  'no_services',
] as const;

/** One input of a direction's score and what it added. */
export const needsComponentSchema = z.object({
  /** Methodology component key, e.g. `neet_gap`, `survey_demand`, `coverage_gap`, `unmet_demand`. */
  key: z.string(),
  /** The raw input (e.g. NEET share 6.1 %, demand share 0.42, served per 1,000 = 38). Null when missing. */
  value: z.number().nullable(),
  /** What the input is compared with (e.g. the national NEET target 3.5, the national median coverage). */
  benchmark: z.number().nullable(),
  /** The input scaled to 0..1 by the methodology's formula. */
  normalized: z.number(),
  weight: z.number(),
  /** normalized × weight, scaled so a direction's contributions add up to its score. */
  contribution: z.number(),
  source: z.enum(NEEDS_INPUT_SOURCES),
  /** The year of the figure used, and the age band it counts, where the source has them. */
  year: z.number().int().nullable(),
  ageBand: z.string().nullable(),
  /** The figures behind the value, for the explanation in words (added by the needs profile). */
  basis: z
    .object({
      /**
       * Where the figure counts: the centre's `district`, its `region`, the centre's equal `region_share`
       * of its region's young residents, or the `centre` itself.
       */
      place: z.enum(NEEDS_PLACES).nullable(),
      /** Numbers that make the value (answers, threshold, residents, served, centres, shares …). */
      figures: z.record(z.string(), z.number()),
      /** Why the value is missing, when it is; a missing input counts 0. */
      missing: z.enum(NEEDS_MISSING_REASONS).nullable(),
    })
    .optional(),
});
export type NeedsComponent = z.infer<typeof needsComponentSchema>;

export const needsDirectionScoreSchema = z.object({
  direction: z.string(),
  /** 0..100, the sum of the components' contributions. */
  score: z.number(),
  components: z.array(needsComponentSchema),
});
export type NeedsDirectionScore = z.infer<typeof needsDirectionScoreSchema>;

export const needsProfileSchema = z
  .object({
    centreId: z.number().int(),
    year: z.number().int(),
    /** The methodology version the scores were computed with (its year and revision). */
    methodology: z.object({ year: z.number().int(), revision: z.number().int() }),
    /** Highest score first; ties broken by direction code, so the order is deterministic. */
    directions: z.array(needsDirectionScoreSchema),
  })
  .meta({ id: 'NeedsProfile' });
export type NeedsProfile = z.infer<typeof needsProfileSchema>;
