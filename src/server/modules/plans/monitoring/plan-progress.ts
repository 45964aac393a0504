import { and, eq, type SQL } from 'drizzle-orm';
import type { CentreKind } from '../../../../shared/constants/registry';
import type { PlanProgress } from '../../../../shared/contracts/plan-progress';
import type { DbOrTx } from '../../../db/client';
import { centres } from '../../registry/registry.tables';
import { fulfilmentOf } from './fulfilment';
import { type MonitoredPlan, monitoredPlansOfYear } from './monitoring.repository';
import { kpisOfPlans } from './monitoring.service';

/** The place of a progress figure, already narrowed to the caller's scope. */
export interface ProgressPlace {
  regionCode?: string;
  centreId?: number;
  centreKind?: CentreKind;
}

type Kpis = Awaited<ReturnType<typeof kpisOfPlans>>;

/** One place's figures from its active centres and the plans of the year among them. */
function placeFigures(centreIds: Set<number>, plans: MonitoredPlan[], kpisByPlan: Kpis) {
  const ofPlace = plans.filter((p) => centreIds.has(p.centreId));
  const approved = ofPlace.filter((p) => p.versionKind === 'approved');
  const kpis = approved.flatMap((p) => kpisByPlan.get(p.id) ?? []);
  const count = (s: string) => kpis.filter((k) => k.status === s).length;
  const shares = approved
    .map((p) => fulfilmentOf(kpisByPlan.get(p.id) ?? []).share)
    .filter((share) => share !== null);
  return {
    centres: centreIds.size,
    approved: approved.length,
    inProgress: ofPlace.length - approved.length,
    kpis: {
      onTrack: count('on_track'),
      atRisk: count('at_risk'),
      behind: count('behind'),
      notStarted: count('not_started'),
    },
    fulfilment: shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null,
  };
}

/**
 * How a place's development plans for a year are going at the as-of date: how many of its active
 * centres have an approved plan (or one still in review), the status of those plans' KPIs, and the
 * mean fulfilment of their year targets to date, for the place and for each of its regions. KPI
 * actuals come from the journal rollups with one query per distinct measure (see `kpisOfPlans`).
 */
export async function planProgress(
  db: DbOrTx,
  place: ProgressPlace,
  year: number,
  asOf: string,
): Promise<PlanProgress> {
  const where: SQL[] = [eq(centres.status, 'active')];
  if (place.regionCode) where.push(eq(centres.regionCode, place.regionCode));
  if (place.centreId !== undefined) where.push(eq(centres.id, place.centreId));
  if (place.centreKind) where.push(eq(centres.kind, place.centreKind));
  const centreRows = await db
    .select({ id: centres.id, regionCode: centres.regionCode })
    .from(centres)
    .where(and(...where));
  const inPlace = new Set(centreRows.map((c) => c.id));
  const plans = (await monitoredPlansOfYear(db, year, place.regionCode)).filter((p) =>
    inPlace.has(p.centreId),
  );
  const kpisByPlan = await kpisOfPlans(
    db,
    year,
    plans.filter((p) => p.versionKind === 'approved'),
    asOf,
  );
  const regionCodes = [...new Set(centreRows.map((c) => c.regionCode))].sort();
  const byRegion =
    place.centreId !== undefined
      ? []
      : regionCodes.map((regionCode) => ({
          regionCode,
          ...placeFigures(
            new Set(centreRows.filter((c) => c.regionCode === regionCode).map((c) => c.id)),
            plans,
            kpisByPlan,
          ),
        }));
  return { year, asOf, ...placeFigures(inPlace, plans, kpisByPlan), byRegion };
}
