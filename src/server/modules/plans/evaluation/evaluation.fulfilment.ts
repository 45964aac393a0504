import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { notFound } from '../../../platform/http/app-error';
import { JOURNAL_INDICATOR_CODES, type JournalIndicatorCode } from '../indicators.catalogue';
import { journalFigures } from '../indicators.journal';
import { plans, planVersions } from '../plans/plans.tables';

/** How far a plan's KPIs reached their year targets (the shape monitoring's `planFulfilment` answers). */
export interface Fulfilment {
  kpis: number;
  met: number;
  share: number | null;
}

const isJournalCode = (code: string): code is JournalIndicatorCode =>
  (JOURNAL_INDICATOR_CODES as readonly string[]).includes(code);

/**
 * Stand-in for monitoring's `planFulfilment` until it lands: the approved version's KPIs against the
 * centre's journal figures of the plan's year (rollups). Only journal KPIs without a direction get an
 * actual; direction KPIs and manual KPIs count 0 here. share = mean of min(actual ÷ target, 1).
 */
export async function approvedPlanFulfilmentFallback(db: DbOrTx, planId: number): Promise<Fulfilment> {
  const [row] = await db
    .select({ centreId: plans.centreId, year: plans.year, content: planVersions.content })
    .from(plans)
    .innerJoin(
      planVersions,
      and(eq(planVersions.planId, plans.id), eq(planVersions.version, plans.approvedVersion)),
    )
    .where(eq(plans.id, planId));
  if (!row) throw notFound();
  const figures = await journalFigures(db, row.year, { centreId: row.centreId });
  const ratios = row.content.kpis.map((k) => {
    const code = k.measure?.indicatorCode ?? '';
    const actual = k.source === 'journal' && !k.measure?.direction && isJournalCode(code) ? figures[code] : 0;
    return { actual, target: k.target, ratio: k.target > 0 ? actual / k.target : 1 };
  });
  return {
    kpis: ratios.length,
    met: ratios.filter((r) => r.actual >= r.target).length,
    share: ratios.length ? ratios.reduce((sum, r) => sum + Math.min(r.ratio, 1), 0) / ratios.length : null,
  };
}

/** A plan's fulfilment at a date, for the evaluation. */
export const fulfilmentOf = (db: DbOrTx, planId: number, _asOf: string) =>
  approvedPlanFulfilmentFallback(db, planId);
