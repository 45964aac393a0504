import { z } from 'zod';
import { localizedNameSchema, pageOf, pagingQuerySchema } from './common';
import { FUNDING_SOURCES, PLAN_STATUSES, planContentSchema } from './plan-content';

/**
 * The plans API: generate a centre's draft plan for a year, read and list plans in scope, edit the
 * current version's content while the plan is a draft or returned, and the activity library.
 */

/**
 * The journal indicators a plan KPI or an activity template may count; the server checks this list
 * equals its indicator catalogue's journal indicators (shared code cannot import the server's).
 */
export const JOURNAL_MEASURES = [
  'served_youth',
  'neet_reached',
  'services_total',
  'neet_cases_confirmed',
] as const;
export type JournalMeasure = (typeof JOURNAL_MEASURES)[number];

/** One plan as lists show it. */
export const planSummarySchema = z
  .object({
    id: z.number().int(),
    centreId: z.number().int(),
    centreCode: z.string(),
    centreName: localizedNameSchema,
    regionCode: z.string(),
    year: z.number().int(),
    status: z.enum(PLAN_STATUSES),
    currentVersion: z.number().int(),
    approvedVersion: z.number().int().nullable(),
    revision: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PlanSummary' });
export type PlanSummary = z.infer<typeof planSummarySchema>;

/** A plan with its current version's content and whether the caller may edit that content now. */
export const planDetailSchema = planSummarySchema
  .extend({
    basis: z.enum(['generated', 'amendment']),
    content: planContentSchema,
    editable: z.boolean(),
  })
  .meta({ id: 'PlanDetail' });
export type PlanDetail = z.infer<typeof planDetailSchema>;

/** One stored version of a plan's content. */
export const planVersionSchema = z
  .object({
    planId: z.number().int(),
    version: z.number().int(),
    basis: z.enum(['generated', 'amendment']),
    content: planContentSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PlanVersion' });
export type PlanVersion = z.infer<typeof planVersionSchema>;

export const planPageSchema = pageOf(planSummarySchema).meta({ id: 'PlanPage' });
export type PlanPage = z.infer<typeof planPageSchema>;

/** Filters of the plan list (scoped by the server: a regional user sees their region only). */
export const planListQuerySchema = pagingQuerySchema.extend({
  status: z.enum(PLAN_STATUSES).optional(),
  year: z.coerce.number().int().min(2020).max(2100).optional(),
  regionCode: z.string().min(1).max(10).optional(),
  centreId: z.coerce.number().int().positive().optional(),
});
export type PlanListQuery = z.infer<typeof planListQuerySchema>;

/** Generate a draft plan for a centre and year (one plan per centre and year). */
export const newPlanSchema = z
  .object({
    centreId: z.number().int().positive(),
    year: z.number().int().min(2020).max(2100),
  })
  .meta({ id: 'NewPlan' });
export type NewPlan = z.infer<typeof newPlanSchema>;

/** New content for the current version, at the revision the editor read. */
export const planContentUpdateSchema = z
  .object({ revision: z.number().int().min(1), content: planContentSchema })
  .meta({ id: 'PlanContentUpdate' });
export type PlanContentUpdate = z.infer<typeof planContentUpdateSchema>;

export const planVersionParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

/** A template of the methodological activity library, as read and written. */
export const activityTemplateFieldsSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{1,59}$/),
    name: localizedNameSchema.extend({
      kk: z.string().trim().min(1).max(300),
      ru: z.string().trim().min(1).max(300),
      en: z.string().trim().min(1).max(300),
    }),
    description: localizedNameSchema.extend({
      kk: z.string().trim().max(2000),
      ru: z.string().trim().max(2000),
      en: z.string().trim().max(2000),
    }),
    directions: z.array(z.string().min(1).max(60)).min(1).max(20),
    quarters: z.array(z.number().int().min(1).max(4)).min(1).max(4),
    participantsPerStaff: z.number().int().min(0).max(10_000),
    defaultCost: z.number().int().min(0).max(1_000_000_000),
    fundingSource: z.enum(FUNDING_SOURCES),
    kpiIndicator: z.enum(JOURNAL_MEASURES).nullable(),
    isActive: z.boolean(),
  })
  .meta({ id: 'ActivityTemplateFields' });
export type ActivityTemplateFields = z.infer<typeof activityTemplateFieldsSchema>;

export const activityTemplateSchema = activityTemplateFieldsSchema
  .extend({ id: z.number().int(), updatedAt: z.string() })
  .meta({ id: 'ActivityTemplate' });
export type ActivityTemplate = z.infer<typeof activityTemplateSchema>;

export const activityTemplateListSchema = z
  .object({ items: z.array(activityTemplateSchema) })
  .meta({ id: 'ActivityTemplateList' });
