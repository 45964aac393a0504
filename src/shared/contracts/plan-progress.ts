import { z } from 'zod';
import { CENTRE_KINDS } from '../constants/registry';
import { optional } from './common';

/**
 * How the development plans of the caller's scope are going in a year, for the analytics dashboard:
 * the plan-fulfilment figure the issue asks for "where plans exist". Plans are per centre, so the
 * dashboard's direction filter does not apply; region, centre and centre kind do.
 */
export const planProgressQuerySchema = z.object({
  year: optional(z.coerce.number().int().min(2020).max(2100)),
  regionCode: optional(z.string().regex(/^\d{2}$/)),
  centreId: optional(z.coerce.number().int().positive()),
  centreKind: optional(z.enum(CENTRE_KINDS)),
});
export type PlanProgressQuery = z.infer<typeof planProgressQuerySchema>;

const kpiCountsSchema = z.object({
  onTrack: z.number().int(),
  atRisk: z.number().int(),
  behind: z.number().int(),
  notStarted: z.number().int(),
});

/** Plans of one place (the whole scope, or one region of it). */
const placeProgressSchema = z.object({
  /** Active centres of the place (and of the centre kind, if filtered). */
  centres: z.number().int(),
  /** Of those, centres whose plan for the year is approved (its approved version is monitored). */
  approved: z.number().int(),
  /** Centres with a plan for the year still on its way (draft, in review or returned, never approved). */
  inProgress: z.number().int(),
  /** Status of every KPI of the approved plans at the as-of date. */
  kpis: kpiCountsSchema,
  /**
   * Fulfilment of the approved plans to date: per plan the mean of min(actual to date ÷ year target, 1)
   * over its KPIs (as in the year-end rating), then the mean over plans; null without approved plans.
   */
  fulfilment: z.number().nullable(),
});

export const planProgressSchema = placeProgressSchema
  .extend({
    year: z.number().int(),
    asOf: z.string(),
    /** The same per region of the scope, regions without centres left out; empty for a centre. */
    byRegion: z.array(placeProgressSchema.extend({ regionCode: z.string() })),
  })
  .meta({ id: 'PlanProgress' });
export type PlanProgress = z.infer<typeof planProgressSchema>;
