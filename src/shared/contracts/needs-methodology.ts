import { z } from 'zod';

/**
 * The methodology of needs profiles: the weights of the score's components and the parameters of
 * their formulas, kept as data per year and versioned by revision (each save is a new revision; old
 * ones stay readable). National users edit it; the scoring code only knows the formula shapes.
 */

/** The components a direction's needs score is made of, in the order explanations list them. */
export const NEEDS_COMPONENT_KEYS = ['neet_gap', 'survey_demand', 'coverage_gap', 'unmet_demand'] as const;
export type NeedsComponentKey = (typeof NEEDS_COMPONENT_KEYS)[number];

const weight = z.number().min(0).max(100);
const directionCode = z.string().regex(/^[a-z][a-z0-9_]{0,59}$/);

export const needsMethodologySchema = z
  .object({
    /** Relative weights; each direction's score is Σ normalized × weight / Σ weights × 100. */
    weights: z
      .object({
        neet_gap: weight,
        survey_demand: weight,
        coverage_gap: weight,
        unmet_demand: weight,
      })
      .refine((w) => Object.values(w).some((v) => v > 0), { params: { code: 'invalid_value' } }),
    /** The national NEET target, % (Youth Policy Concept to 2029: 3.5). */
    neetTarget: z.number().positive().max(100),
    /**
     * How far above the target, as a multiple of the target, scores the full 1: with 1, a NEET
     * share twice the target (7 % against 3.5 %) scores 1, and 6.1 % scores (6.1 − 3.5) / 3.5 = 0.74.
     */
    neetExcessCap: z.number().positive().max(10),
    /** The directions the NEET gap applies to (work that takes young people out of NEET). */
    neetDirections: z.array(directionCode).min(1).max(30),
    /** Fewest survey answers a district needs to count on its own; below it the region's answers count. */
    surveyMinAnswers: z.number().int().min(1).max(100000),
    /** The demand share that scores the full 1 (demand is share / cap, at most 1). */
    surveyShareCap: z.number().positive().max(1),
    /** Survey year = profile year − this (0: the survey run for the plan's year). */
    surveyYearOffset: z.number().int().min(0).max(3),
    /** Unmet demand (demand share − share of the centre's services) that scores the full 1. */
    unmetDemandCap: z.number().positive().max(1),
    /** Journal year (coverage and services given) = profile year − this (1: the last full year). */
    journalYearOffset: z.number().int().min(0).max(3),
  })
  .meta({ id: 'NeedsMethodology' });
export type NeedsMethodology = z.infer<typeof needsMethodologySchema>;

/** A save of a year's methodology: the whole methodology and an optional note on what changed. */
export const needsMethodologySaveSchema = needsMethodologySchema
  .extend({ note: z.string().trim().max(500).optional() })
  .meta({ id: 'NeedsMethodologySave' });
export type NeedsMethodologySave = z.infer<typeof needsMethodologySaveSchema>;

/** One stored revision of a year's methodology. */
export const needsMethodologyRevisionSchema = z
  .object({
    year: z.number().int(),
    revision: z.number().int(),
    methodology: needsMethodologySchema,
    note: z.string().nullable(),
    createdAt: z.string(),
    /** Who saved it; null for the shipped default. */
    createdBy: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  })
  .meta({ id: 'NeedsMethodologyRevision' });
export type NeedsMethodologyRevision = z.infer<typeof needsMethodologyRevisionSchema>;

/** Revisions of one year, newest first. */
export const needsMethodologyRevisionListSchema = z
  .object({ items: z.array(needsMethodologyRevisionSchema) })
  .meta({ id: 'NeedsMethodologyRevisionList' });

/** The years that have a methodology, with their current revision, newest year first. */
export const needsMethodologyYearListSchema = z
  .object({
    items: z.array(z.object({ year: z.number().int(), revision: z.number().int(), updatedAt: z.string() })),
  })
  .meta({ id: 'NeedsMethodologyYearList' });

export const needsYearParamSchema = z.object({ year: z.coerce.number().int().min(2020).max(2100) });
export const needsMethodologyQuerySchema = z.object({
  revision: z.coerce.number().int().min(1).optional(),
});
export const needsProfileQuerySchema = z.object({
  centreId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2020).max(2100),
});
