import { z } from 'zod';
import { localizedNameSchema, optional } from './common';

/**
 * Year-end evaluation of the centres: a score 0..100 per centre made of weighted components, and
 * the rating tables built from it (per region and nationally). The weights are methodology data
 * that national users edit per year; every score carries its components so anyone can redo the sum.
 */

/**
 * What a score is made of. Each component is normalized to 0..1 (formulas in
 * `src/server/modules/plans/evaluation/evaluation.score.ts`, shown in the UI in words):
 * - `plan_fulfilment`: share of the approved plan's KPIs met;
 * - `coverage`: young people served per 1,000 young residents of the centre's area ÷ the national median, capped at 1;
 * - `neet_outcomes`: NEET cases whose outcome held at six months ÷ NEET cases whose outcome was settled in the year;
 * - `neet_reach`: NEET young people reached ÷ young people served;
 * - `service_intensity`: services per young person served ÷ the national median, capped at 1.
 */
export const EVALUATION_COMPONENTS = [
  'plan_fulfilment',
  'coverage',
  'neet_outcomes',
  'neet_reach',
  'service_intensity',
] as const;
export type EvaluationComponent = (typeof EVALUATION_COMPONENTS)[number];

/** Why a component counted 0 although it is weighted. */
export const EVALUATION_ZERO_REASONS = [
  'no_approved_plan',
  'no_kpis',
  'no_population',
  'no_benchmark',
  'no_settled_cases',
  'no_served',
] as const;
export type EvaluationZeroReason = (typeof EVALUATION_ZERO_REASONS)[number];

const EARLIEST_YEAR = 2020;
const LATEST_YEAR = 2100;
const yearSchema = z.coerce.number().int().min(EARLIEST_YEAR).max(LATEST_YEAR);

/** A component's weight in percent: whole numbers 0..100. */
const weightSchema = z.number().int().min(0).max(100);

/** The weight of every component, in percent; they add up to 100. */
export const evaluationWeightValuesSchema = z.object({
  plan_fulfilment: weightSchema,
  coverage: weightSchema,
  neet_outcomes: weightSchema,
  neet_reach: weightSchema,
  service_intensity: weightSchema,
});
export type EvaluationWeightValues = z.infer<typeof evaluationWeightValuesSchema>;

/**
 * A national user's change of a year's weights. `revision` is the revision they read (0 when the year
 * has none of its own yet): a save over someone else's newer revision is refused as a conflict.
 */
export const evaluationWeightsChangeSchema = z
  .object({
    revision: z.number().int().min(0),
    weights: evaluationWeightValuesSchema.superRefine((w, ctx) => {
      const total = EVALUATION_COMPONENTS.reduce((sum, k) => sum + w[k], 0);
      if (total !== 100) ctx.addIssue({ code: 'custom', params: { code: 'weights_sum', values: { total } } });
    }),
  })
  .meta({ id: 'EvaluationWeightsChange' });
export type EvaluationWeightsChange = z.infer<typeof evaluationWeightsChangeSchema>;

/** One saved revision of a year's weights. */
export const evaluationWeightsRevisionSchema = z.object({
  revision: z.number().int(),
  weights: evaluationWeightValuesSchema,
  /** Null for the default the system seeded. */
  savedBy: z.string().nullable(),
  savedAt: z.string(),
});
export type EvaluationWeightsRevision = z.infer<typeof evaluationWeightsRevisionSchema>;

/**
 * The weights in force for a year. `sourceYear` is the year whose revision they are: the year itself,
 * or (when it has none of its own) the nearest earlier year, else the nearest later one; `revision` 0
 * with `sourceYear` null means the built-in default. `history` lists the year's own revisions, newest first.
 */
export const evaluationWeightsSchema = z
  .object({
    year: z.number().int(),
    sourceYear: z.number().int().nullable(),
    revision: z.number().int(),
    weights: evaluationWeightValuesSchema,
    history: z.array(evaluationWeightsRevisionSchema),
  })
  .meta({ id: 'EvaluationWeights' });
export type EvaluationWeights = z.infer<typeof evaluationWeightsSchema>;

export const evaluationYearParamSchema = z.object({ year: yearSchema });
export const evaluationCentreParamSchema = z.object({ centreId: z.coerce.number().int().positive() });

/** The rating of a year (default: this year, counted up to today), of one region or (national users) the whole country. */
export const evaluationRatingQuerySchema = z.object({
  year: optional(yearSchema),
  regionCode: optional(z.string().regex(/^\d{2}$/)),
});
export type EvaluationRatingQuery = z.infer<typeof evaluationRatingQuerySchema>;

export const evaluationCentreQuerySchema = z.object({ year: optional(yearSchema) });

/** One component of a centre's score: the raw figure, what it was compared with, and what it added. */
export const evaluationComponentScoreSchema = z.object({
  key: z.enum(EVALUATION_COMPONENTS),
  /** The raw figure (a share 0..1, or a count per 1,000 / per person); null when it cannot be computed. */
  raw: z.number().nullable(),
  /** The national median it is divided by (coverage, service intensity); null otherwise. */
  benchmark: z.number().nullable(),
  /** 0..1. */
  normalized: z.number(),
  /** Percent. */
  weight: z.number(),
  /** normalized × weight, in points of the 0..100 score. */
  contribution: z.number(),
  /** Why it counted 0, when it did for want of data. */
  zeroReason: z.enum(EVALUATION_ZERO_REASONS).nullable(),
});
export type EvaluationComponentScore = z.infer<typeof evaluationComponentScoreSchema>;

export const evaluationCentreRefSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: localizedNameSchema,
  regionCode: z.string(),
});

/** A centre's row in the rating. Ranks are competition ranks (1, 1, 3), highest score first. */
export const evaluationRatingRowSchema = z.object({
  centre: evaluationCentreRefSchema,
  score: z.number(),
  rank: z.number().int(),
  regionRank: z.number().int(),
  components: z.array(evaluationComponentScoreSchema),
});
export type EvaluationRatingRow = z.infer<typeof evaluationRatingRowSchema>;

/** What the score was computed with: the weights in force and the national medians. */
export const evaluationMethodSchema = z.object({
  weights: evaluationWeightValuesSchema,
  weightsYear: z.number().int().nullable(),
  weightsRevision: z.number().int(),
  /** National median of young people served per 1,000 young residents of a centre's area. */
  medianCoverage: z.number().nullable(),
  /** National median of services per young person served. */
  medianIntensity: z.number().nullable(),
});
export type EvaluationMethod = z.infer<typeof evaluationMethodSchema>;

export const evaluationRatingSchema = z
  .object({
    year: z.number().int(),
    regionCode: z.string().nullable(),
    /** Centres rated in the whole country: `rank` counts among them. */
    nationalCount: z.number().int(),
    method: evaluationMethodSchema,
    items: z.array(evaluationRatingRowSchema),
  })
  .meta({ id: 'EvaluationRating' });
export type EvaluationRating = z.infer<typeof evaluationRatingSchema>;

/** The figures a centre's score was computed from, with where each comes from. */
export const evaluationInputsSchema = z.object({
  /** Approved plan: id, approved version and the KPIs counted/met; null when none was approved. */
  plan: z
    .object({
      id: z.number().int(),
      approvedVersion: z.number().int(),
      kpis: z.number().int(),
      met: z.number().int(),
      /** Share of KPIs met, 0..1, as monitoring computes it; null when the plan has no KPIs. */
      share: z.number().nullable(),
      /** The day the actuals were counted up to: the year's last day, or today during the year. */
      asOf: z.string(),
    })
    .nullable(),
  /** Distinct young people served in the year (journal rollups). */
  served: z.number().int(),
  /** Of them, found NEET in at least one month (journal rollups). */
  neetReached: z.number().int(),
  /** Services recorded in the year, anonymous ones included (journal rollups). */
  services: z.number().int(),
  /** NEET cases closed in the year with the outcome held at six months. */
  casesConfirmed: z.number().int(),
  /** NEET cases closed in the year after an outcome: held at six months, or found not held. */
  casesSettled: z.number().int(),
  /** The region's youth population (indicator `youth_population`, latest year up to the rated one). */
  regionYouth: z.number().nullable(),
  /** Centres rated in the region: the region's young residents are shared equally among them. */
  centresInRegion: z.number().int(),
});
export type EvaluationInputs = z.infer<typeof evaluationInputsSchema>;

export const evaluationCentreSchema = z
  .object({
    year: z.number().int(),
    nationalCount: z.number().int(),
    regionCount: z.number().int(),
    method: evaluationMethodSchema,
    row: evaluationRatingRowSchema,
    inputs: evaluationInputsSchema,
  })
  .meta({ id: 'EvaluationCentre' });
export type EvaluationCentre = z.infer<typeof evaluationCentreSchema>;
