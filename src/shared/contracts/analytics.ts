import { z } from 'zod';
import { CENTRE_KINDS } from '../constants/registry';
import { CASE_OUTCOMES } from './cases';
import { optional } from './common';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'yyyy-mm');

/**
 * Filters of the analytics dashboards. The period is a run of whole months, both ends included
 * (default: January of this year to this month). The scope of the caller narrows everything further:
 * a region or centre outside it is not found.
 */
export const dashboardQuerySchema = z.object({
  from: optional(month),
  to: optional(month),
  directionId: optional(z.coerce.number().int().positive()),
  centreKind: optional(z.enum(CENTRE_KINDS)),
  regionCode: optional(z.string().regex(/^\d{2}$/)),
  centreId: optional(z.coerce.number().int().positive()),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** One region's figures; per-10,000 figures only where the region's youth population is known. */
export const dashboardRegionSchema = z.object({
  regionCode: z.string(),
  services: z.number().int(),
  youngPeople: z.number().int(),
  /** Distinct NEET young people served (NEET on the service day). */
  neetReached: z.number().int(),
  youthPopulation: z.number().nullable(),
  youthPopulationYear: z.number().int().nullable(),
  youthAgeBand: z.string().nullable(),
  servicesPer10k: z.number().nullable(),
  youngPeoplePer10k: z.number().nullable(),
  neetReachedPer10k: z.number().nullable(),
});

/**
 * The dashboard of a scope and filters, read from the journal rollups and the NEET cases only.
 * "Young people" are distinct named young people (anonymous services count as services only).
 * Case figures follow the period, region, centre and centre kind; cases have no direction.
 */
export const dashboardSchema = z
  .object({
    period: z.object({ from: month, to: month }),
    totals: z.object({
      services: z.number().int(),
      anonymousServices: z.number().int(),
      youngPeople: z.number().int(),
      neetReached: z.number().int(),
    }),
    byMonth: z.array(z.object({ month, services: z.number().int(), youngPeople: z.number().int() })),
    byDirection: z.array(
      z.object({ directionId: z.number().int(), services: z.number().int(), youngPeople: z.number().int() }),
    ),
    byRegion: z.array(dashboardRegionSchema),
    cases: z.object({
      opened: z.number().int(),
      /** Outcomes recorded in the period ('none': closed without an outcome in the period). */
      outcomes: z.record(z.enum(CASE_OUTCOMES), z.number().int()),
      confirmed3m: z.number().int(),
      confirmed6m: z.number().int(),
    }),
  })
  .meta({ id: 'AnalyticsDashboard' });
export type Dashboard = z.infer<typeof dashboardSchema>;

export const RANKING_LEVELS = ['centre', 'region'] as const;
export const RANKING_MEASURES = [
  'services',
  'young_people',
  'neet_reached',
  'services_per_10k',
  'young_people_per_10k',
] as const;
export type RankingMeasure = (typeof RANKING_MEASURES)[number];
/** Measures per 10,000 young people: regions only, where the youth population is known. */
export const PER_10K_MEASURES: readonly RankingMeasure[] = ['services_per_10k', 'young_people_per_10k'];

/**
 * Rankings of centres or regions by one measure over a period (default: January of this year to
 * this month), compared with the previous period of the same number of months just before it.
 */
export const rankingsQuerySchema = z.object({
  level: z.enum(RANKING_LEVELS),
  measure: z.enum(RANKING_MEASURES),
  from: optional(month),
  to: optional(month),
  directionId: optional(z.coerce.number().int().positive()),
  centreKind: optional(z.enum(CENTRE_KINDS)),
  regionCode: optional(z.string().regex(/^\d{2}$/)),
});
export type RankingsQuery = z.infer<typeof rankingsQuerySchema>;

/**
 * One ranked place. Rank 1 is the highest value; equal values share a rank (1, 1, 3). A place
 * without a value (per-10,000 measure, youth population unknown) has no rank and is listed last.
 * `rankChange` is previous rank minus rank (positive: moved up), null when not ranked before.
 */
export const rankingItemSchema = z.object({
  centre: z
    .object({
      id: z.number().int(),
      code: z.string(),
      nameKk: z.string(),
      nameRu: z.string(),
      nameEn: z.string(),
      regionCode: z.string(),
    })
    .nullable(),
  regionCode: z.string(),
  value: z.number().nullable(),
  rank: z.number().int().nullable(),
  previousValue: z.number().nullable(),
  previousRank: z.number().int().nullable(),
  rankChange: z.number().int().nullable(),
});
export type RankingItem = z.infer<typeof rankingItemSchema>;

export const rankingsSchema = z
  .object({
    level: z.enum(RANKING_LEVELS),
    measure: z.enum(RANKING_MEASURES),
    period: z.object({ from: month, to: month }),
    previousPeriod: z.object({ from: month, to: month }),
    items: z.array(rankingItemSchema),
  })
  .meta({ id: 'AnalyticsRankings' });
export type Rankings = z.infer<typeof rankingsSchema>;

export const targetsQuerySchema = z.object({
  year: optional(z.coerce.number().int().min(2023).max(2100)),
  regionCode: optional(z.string().regex(/^\d{2}$/)),
});

/**
 * Progress of the caller's scope against the national targets in a year. The NEET share is the
 * latest official figure up to the year (for the country: regions weighted by their youth population,
 * over the regions that publish both figures); young people
 * served are distinct named young people in the year, against the even yearly pace that reaches the
 * 2029 target (for a region: the pace times its share of the country's young people). Awareness of
 * state support is not measured by the system: null.
 */
export const targetsSchema = z
  .object({
    year: z.number().int(),
    neetShare: z.object({
      value: z.number().nullable(),
      year: z.number().int().nullable(),
      /** Age bands of the figures used (statistics changed bands over time). */
      ageBand: z.string().nullable(),
      /** Regions whose figures make up the value (the country: those that publish both figures). */
      regions: z.number().int(),
      baseline: z.number(),
      baselineYear: z.number().int(),
      target: z.number(),
      targetYear: z.number().int(),
      /** Way covered from the baseline to the target, 0..1 (below 0 when the share grew). */
      progress: z.number().nullable(),
    }),
    youthServed: z.object({
      value: z.number().int(),
      /** Young people a year at the even pace to the 2029 target, for this scope; null when unknown. */
      yearlyPace: z.number().nullable(),
      target: z.number().int(),
      targetYear: z.number().int(),
    }),
    awareness: z.object({ value: z.number().nullable(), target: z.number() }),
  })
  .meta({ id: 'AnalyticsTargets' });
export type Targets = z.infer<typeof targetsSchema>;
