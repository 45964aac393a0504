import type { PlanContent, PlanKpi } from '../../../../shared/contracts/plan-content';
import type { AppDb } from '../../../db/client';
import { plans, planVersions } from '../plans/plans.tables';

/** A KPI of a test plan: journal when a measure is given, manual otherwise. */
export function testKpi(
  id: string,
  target: number,
  quarterTargets: [number, number, number, number],
  measure: PlanKpi['measure'] = null,
): PlanKpi {
  return {
    id,
    goalId: null,
    name: { kk: `Көрсеткіш ${id}`, ru: `Показатель ${id}`, en: `Indicator ${id}` },
    source: measure ? 'journal' : 'manual',
    measure,
    unit: measure?.indicatorCode === 'services_total' ? 'count' : 'people',
    baseline: null,
    baselineYear: null,
    target,
    quarterTargets,
  };
}

/**
 * Inserts a plan straight into the plan tables with one version holding the KPIs (approved when
 * asked, and then a second, current version with `draftKpis` to show which one monitoring follows).
 */
export async function insertTestPlan(
  db: AppDb,
  input: {
    centre: { id: number; regionCode: string };
    year: number;
    createdBy: number;
    kpis: PlanKpi[];
    approved?: boolean;
    draftKpis?: PlanKpi[];
  },
): Promise<number> {
  const content = (kpis: PlanKpi[]): PlanContent => ({
    priorities: [],
    goals: [],
    kpis,
    activities: [],
    budget: [],
  });
  const amended = input.approved && input.draftKpis;
  const [plan] = await db
    .insert(plans)
    .values({
      centreId: input.centre.id,
      regionCode: input.centre.regionCode,
      year: input.year,
      status: input.approved && !amended ? 'approved' : 'draft',
      currentVersion: amended ? 2 : 1,
      approvedVersion: input.approved ? 1 : null,
      createdBy: input.createdBy,
    })
    .returning({ id: plans.id });
  await db.insert(planVersions).values({
    planId: plan.id,
    version: 1,
    basis: 'generated',
    content: content(input.kpis),
    createdBy: input.createdBy,
  });
  if (amended && input.draftKpis) {
    await db.insert(planVersions).values({
      planId: plan.id,
      version: 2,
      basis: 'amendment',
      content: content(input.draftKpis),
      createdBy: input.createdBy,
    });
  }
  return plan.id;
}
