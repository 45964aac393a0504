import type { PlanContent, PlanKpi } from '../../../../shared/contracts/plan-content';
import type { AppDb } from '../../../db/client';
import { serviceTypes } from '../../journal/journal.tables';
import { insertRecords } from '../../journal/records/records.writer';
import { youth } from '../../journal/youth/youth.tables';
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

/**
 * Three services of one type to two young people of a centre in the first quarter of 2025 (January,
 * February and March), given and recorded by `specialistId`: the journal the monitoring tests expect.
 */
export async function insertFirstQuarterServices(
  db: AppDb,
  centre: { id: number; regionCode: string },
  specialistId: number,
): Promise<void> {
  const [type] = await db.select().from(serviceTypes).limit(1);
  const people = await db
    .insert(youth)
    .values(
      [1, 2].map((i) => ({
        centreId: centre.id,
        regionCode: centre.regionCode,
        lastName: `Сейітов${i}`,
        firstName: 'Арман',
        birthDate: '2004-01-01',
        gender: 'male' as const,
        status: 'studying' as const,
      })),
    )
    .returning();
  const draft = (youthId: number, serviceDate: string) => ({
    centreId: centre.id,
    regionCode: centre.regionCode,
    serviceTypeId: type.id,
    directionId: type.directionId,
    isConfidential: false,
    youthId,
    serviceDate,
    serviceTime: null,
    format: 'in_person' as const,
    durationMinutes: 30,
    specialistId,
    programmeId: null,
    referral: null,
    outcome: null,
    notes: null,
  });
  await db.transaction((tx) =>
    insertRecords(tx, { userId: specialistId, label: 'test' }, specialistId, [
      draft(people[0].id, '2025-01-10'),
      draft(people[0].id, '2025-02-10'),
      draft(people[1].id, '2025-03-10'),
    ]),
  );
}
