import type { MonitoringKpi } from '../../../../shared/contracts/plan-monitoring';
import type { DbOrTx } from '../../../db/client';
import { notFound } from '../../../platform/http/app-error';
import { readMonitoredPlan } from './monitoring.repository';
import { computePlanKpis } from './monitoring.service';

/** How far a plan's KPIs reached their year targets, for the year-end evaluation. */
export interface PlanFulfilment {
  kpis: number;
  met: number;
  /** Mean of min(actual ÷ target, 1) over the KPIs; null for a plan without KPIs. */
  share: number | null;
  items: Array<{ kpiId: string; target: number; actual: number; ratio: number }>;
}

/**
 * A plan's fulfilment at the as-of date (pass a date after the year for the year-end figure), over
 * the KPIs of its approved version (the current one until the first approval):
 * - `actual` is the KPI's latest year-to-date actual by `asOf` (journal KPIs from the rollups,
 *   manual ones as last entered), 0 when there is none;
 * - `ratio` = actual ÷ target (the year target, not the quarter's), 1 when the target is 0;
 * - a KPI is met when actual ≥ target; `met` counts them;
 * - `share` = (1/n) · Σ min(ratioᵢ, 1) over the n KPIs, so overshooting one KPI never makes up for
 *   another; null when the plan has no KPIs.
 * A plan that does not exist is a 404 AppError.
 */
export async function planFulfilment(db: DbOrTx, planId: number, asOf: string): Promise<PlanFulfilment> {
  const plan = await readMonitoredPlan(db, planId);
  if (!plan) throw notFound();
  return fulfilmentOf(await computePlanKpis(db, plan, asOf));
}

/** The fulfilment of a plan's KPIs as monitoring computed them (the rules above `planFulfilment`). */
export function fulfilmentOf(
  kpis: readonly Pick<MonitoringKpi, 'id' | 'target' | 'actualNow'>[],
): PlanFulfilment {
  const items = kpis.map((k) => {
    const actual = k.actualNow ?? 0;
    return { kpiId: k.id, target: k.target, actual, ratio: k.target > 0 ? actual / k.target : 1 };
  });
  return {
    kpis: items.length,
    met: items.filter((i) => i.actual >= i.target).length,
    share: items.length ? items.reduce((sum, i) => sum + Math.min(i.ratio, 1), 0) / items.length : null,
    items,
  };
}
