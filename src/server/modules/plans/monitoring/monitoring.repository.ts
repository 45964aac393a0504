import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { PlanContent, PlanStatus } from '../../../../shared/contracts/plan-content';
import type { DbOrTx } from '../../../db/client';
import { users } from '../../../platform/auth/auth.tables';
import { regions } from '../../reference/reference.tables';
import { centres } from '../../registry/registry.tables';
import { plans, planVersions } from '../plans';
import { planKpiActuals } from './monitoring.tables';

/** A plan as monitoring reads it: the approved version's content when there is one, else the current one. */
export interface MonitoredPlan {
  id: number;
  centreId: number;
  regionCode: string;
  year: number;
  status: PlanStatus;
  version: number;
  versionKind: 'approved' | 'current';
  content: PlanContent;
}

const monitoredColumns = {
  id: plans.id,
  centreId: plans.centreId,
  regionCode: plans.regionCode,
  year: plans.year,
  status: plans.status,
  approvedVersion: plans.approvedVersion,
  currentVersion: plans.currentVersion,
  content: planVersions.content,
};
const monitoredVersion = eq(
  planVersions.version,
  sql`coalesce(${plans.approvedVersion}, ${plans.currentVersion})`,
);

const toMonitored = (row: {
  id: number;
  centreId: number;
  regionCode: string;
  year: number;
  status: PlanStatus;
  approvedVersion: number | null;
  currentVersion: number;
  content: PlanContent;
}): MonitoredPlan => ({
  id: row.id,
  centreId: row.centreId,
  regionCode: row.regionCode,
  year: row.year,
  status: row.status,
  version: row.approvedVersion ?? row.currentVersion,
  versionKind: row.approvedVersion !== null ? 'approved' : 'current',
  content: row.content,
});

/** One plan with the content monitoring follows; undefined when there is no such plan. */
export async function readMonitoredPlan(db: DbOrTx, planId: number): Promise<MonitoredPlan | undefined> {
  const [row] = await db
    .select(monitoredColumns)
    .from(plans)
    .innerJoin(planVersions, and(eq(planVersions.planId, plans.id), monitoredVersion))
    .where(eq(plans.id, planId));
  return row && toMonitored(row);
}

/** Every plan of a year (of one region, if given) with the content monitoring follows. */
export async function monitoredPlansOfYear(
  db: DbOrTx,
  year: number,
  regionCode: string | undefined,
): Promise<MonitoredPlan[]> {
  const rows = await db
    .select(monitoredColumns)
    .from(plans)
    .innerJoin(planVersions, and(eq(planVersions.planId, plans.id), monitoredVersion))
    .where(and(eq(plans.year, year), ...(regionCode ? [eq(plans.regionCode, regionCode)] : [])));
  return rows.map(toMonitored);
}

/** Centres (of one region, if given) with their status and their region's names, for the network view. */
export async function centresWithRegions(db: DbOrTx, regionCode: string | undefined) {
  return db
    .select({
      id: centres.id,
      status: centres.status,
      nameKk: centres.nameKk,
      nameRu: centres.nameRu,
      nameEn: centres.nameEn,
      regionCode: centres.regionCode,
      regionKk: regions.nameKk,
      regionRu: regions.nameRu,
      regionEn: regions.nameEn,
    })
    .from(centres)
    .innerJoin(regions, eq(regions.code, centres.regionCode))
    .where(regionCode ? eq(centres.regionCode, regionCode) : undefined);
}

/** An entered manual actual without its file bytes, oldest first. */
export type ManualEntry = Awaited<ReturnType<typeof manualEntries>>[number];

/** The manual actuals entered for the given plans (every correction too), without the files. */
export async function manualEntries(db: DbOrTx, planIds: number[]) {
  if (!planIds.length) return [];
  const t = planKpiActuals;
  return db
    .select({
      id: t.id,
      planId: t.planId,
      kpiId: t.kpiId,
      quarter: t.quarter,
      value: t.value,
      fileName: t.fileName,
      contentType: t.contentType,
      size: t.fileSize,
      sha256: t.sha256,
      enteredBy: users.fullName,
      enteredAt: t.enteredAt,
    })
    .from(t)
    .innerJoin(users, eq(users.id, t.enteredBy))
    .where(inArray(t.planId, planIds))
    .orderBy(asc(t.id));
}

/** The entry in force for a plan's KPI and quarter (the latest), without its file. */
export async function currentManualEntry(db: DbOrTx, planId: number, kpiId: string, quarter: number) {
  const t = planKpiActuals;
  const [row] = await db
    .select({ id: t.id, value: t.value, fileName: t.fileName, sha256: t.sha256 })
    .from(t)
    .where(and(eq(t.planId, planId), eq(t.kpiId, kpiId), eq(t.quarter, quarter)))
    .orderBy(desc(t.id))
    .limit(1);
  return row;
}

/** An evidence file of a plan, bytes included; undefined when the plan has no such entry. */
export async function readEvidenceFile(db: DbOrTx, planId: number, evidenceId: number) {
  const t = planKpiActuals;
  const [row] = await db
    .select({ fileName: t.fileName, contentType: t.contentType, file: t.file })
    .from(t)
    .where(and(eq(t.planId, planId), eq(t.id, evidenceId)));
  return row;
}
