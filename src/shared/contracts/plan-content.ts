import { z } from 'zod';

/**
 * The content of one version of a centre's individual annual development plan, as one document.
 *
 * A plan version is stored whole (a JSON document validated by this schema), so that the builder,
 * the editor, review comments, the diff between versions, monitoring and the PDF/XLSX documents all
 * read and write one shape. Every item carries an `id` unique within the plan and kept across
 * versions: comments attach to it and the diff matches items by it.
 */

/** Where the money for a budget line comes from. */
export const FUNDING_SOURCES = [
  'local_budget',
  'republican_budget',
  'sponsor',
  'state_social_order',
  'grant',
  'in_kind',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/**
 * Where a plan stands in review. `submitted` waits for the region; `regional_review` and
 * `national_review` are taken by a reviewer; `returned` goes back to the centre with comments.
 */
export const PLAN_STATUSES = [
  'draft',
  'submitted',
  'regional_review',
  'national_review',
  'approved',
  'returned',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A KPI's actuals either come from the journal rollups or are entered with an evidence file. */
export const KPI_SOURCES = ['journal', 'manual'] as const;
export type KpiSource = (typeof KPI_SOURCES)[number];

/** Stable id of an item within a plan: a letter for its kind and a number (`p1`, `g2`, `k3`, `a4`, `b5`). */
export const planItemIdSchema = z.string().regex(/^[pgkab]\d{1,4}$/);

/**
 * Text of a plan item in the three languages. Generated items fill all three; a person may fill only
 * the language they write in, and screens fall back to another language where one is empty.
 */
export const planTextSchema = z
  .object({ kk: z.string().max(2000), ru: z.string().max(2000), en: z.string().max(2000) })
  .refine((t) => [t.kk, t.ru, t.en].some((s) => s.trim() !== ''), { params: { code: 'plan_text_empty' } });
export type PlanText = z.infer<typeof planTextSchema>;

/** A priority direction, ranked, with the reason in numbers (written by the builder, editable). */
export const planPrioritySchema = z.object({
  id: planItemIdSchema,
  /** A direction code of the service catalogue (e.g. `employment`). */
  direction: z.string().min(1).max(60),
  rank: z.number().int().min(1),
  /** The needs-profile score the builder ranked by; null for a priority a person added. */
  score: z.number().nullable(),
  reason: planTextSchema,
});
export type PlanPriority = z.infer<typeof planPrioritySchema>;

export const planGoalSchema = z.object({
  id: planItemIdSchema,
  priorityId: planItemIdSchema.nullable(),
  text: planTextSchema,
});
export type PlanGoal = z.infer<typeof planGoalSchema>;

/**
 * A KPI with its baseline and targets. `quarterTargets` are cumulative year-to-date targets at the
 * end of each quarter (the fourth equals `target`), so that distinct counts of people, which do not
 * add up across quarters, are monitored the same way as sums.
 */
export const planKpiSchema = z.object({
  id: planItemIdSchema,
  goalId: planItemIdSchema.nullable(),
  name: planTextSchema,
  source: z.enum(KPI_SOURCES),
  /**
   * For a journal KPI: the journal indicator it counts (`served_youth`, `neet_reached`,
   * `services_total`, `neet_cases_confirmed`), optionally within one direction. Null for manual KPIs.
   */
  measure: z
    .object({ indicatorCode: z.string().min(1).max(60), direction: z.string().max(60).nullable() })
    .nullable(),
  /** What the value counts, as in the indicator catalogue (`people`, `count`, `percent`, ...). */
  unit: z.string().min(1).max(20),
  /** Last year's actual (from the journal for journal KPIs); null when there is none. */
  baseline: z.number().nonnegative().nullable(),
  baselineYear: z.number().int().nullable(),
  target: z.number().nonnegative(),
  quarterTargets: z.tuple([
    z.number().nonnegative(),
    z.number().nonnegative(),
    z.number().nonnegative(),
    z.number().nonnegative(),
  ]),
});
export type PlanKpi = z.infer<typeof planKpiSchema>;

export const planActivitySchema = z.object({
  id: planItemIdSchema,
  priorityId: planItemIdSchema.nullable(),
  /** The methodological library template it came from; null for an activity a person wrote. */
  templateCode: z.string().max(60).nullable(),
  title: planTextSchema,
  /** Quarters (1-4) in which it runs. */
  quarters: z.array(z.number().int().min(1).max(4)).min(1),
  expectedParticipants: z.number().int().nonnegative().nullable(),
  kpiIds: z.array(planItemIdSchema),
});
export type PlanActivity = z.infer<typeof planActivitySchema>;

export const planBudgetLineSchema = z.object({
  id: planItemIdSchema,
  activityId: planItemIdSchema.nullable(),
  item: planTextSchema,
  /** Tenge, whole. */
  amount: z.number().int().nonnegative(),
  source: z.enum(FUNDING_SOURCES),
});
export type PlanBudgetLine = z.infer<typeof planBudgetLineSchema>;

export const planContentSchema = z
  .object({
    priorities: z.array(planPrioritySchema).max(20),
    goals: z.array(planGoalSchema).max(50),
    kpis: z.array(planKpiSchema).max(100),
    activities: z.array(planActivitySchema).max(200),
    budget: z.array(planBudgetLineSchema).max(300),
  })
  .meta({ id: 'PlanContent' });
export type PlanContent = z.infer<typeof planContentSchema>;
