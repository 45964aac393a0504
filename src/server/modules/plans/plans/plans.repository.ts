import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../../shared/contracts/auth';
import type { PlanListQuery, PlanPage, PlanSummary } from '../../../../shared/contracts/plans';
import type { DbOrTx } from '../../../db/client';
import { pageTotal } from '../../registry/paging';
import { centres } from '../../registry/registry.tables';
import { plans, planVersions } from './plans.tables';

export type PlanRow = typeof plans.$inferSelect;
export type PlanVersionRow = typeof planVersions.$inferSelect;

/** Plans a scope may read: the whole country, one region, one centre; organisations none. */
export function plansInScope(scope: Scope): SQL {
  switch (scope.kind) {
    case 'country':
      return sql`true`;
    case 'region':
      return eq(plans.regionCode, scope.regionCode);
    case 'centre':
      return eq(plans.centreId, scope.centreId);
    case 'organisation':
      return sql`false`;
  }
}

/** A plan by id, unscoped (for other modules that check scope themselves with `canReadPlan`). */
export async function findPlan(db: DbOrTx, id: number): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row;
}

/** A plan by id when the scope may read it. */
export async function findPlanInScope(db: DbOrTx, scope: Scope, id: number): Promise<PlanRow | undefined> {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.id, id), plansInScope(scope)));
  return row;
}

/** The plan of a centre and year, if there is one. */
export async function findPlanOf(db: DbOrTx, centreId: number, year: number): Promise<PlanRow | undefined> {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.centreId, centreId), eq(plans.year, year)));
  return row;
}

/** One stored version of a plan's content (unscoped: check the plan first). */
export async function readPlanVersion(
  db: DbOrTx,
  planId: number,
  version: number,
): Promise<PlanVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), eq(planVersions.version, version)));
  return row;
}

const summaryColumns = {
  plan: plans,
  centreCode: centres.code,
  centreKk: centres.nameKk,
  centreRu: centres.nameRu,
  centreEn: centres.nameEn,
};

type SummaryResult = {
  plan: PlanRow;
  centreCode: string;
  centreKk: string;
  centreRu: string;
  centreEn: string;
};

function toSummary(r: SummaryResult): PlanSummary {
  const p = r.plan;
  return {
    id: p.id,
    centreId: p.centreId,
    centreCode: r.centreCode,
    centreName: { kk: r.centreKk, ru: r.centreRu, en: r.centreEn },
    regionCode: p.regionCode,
    year: p.year,
    status: p.status,
    currentVersion: p.currentVersion,
    approvedVersion: p.approvedVersion,
    revision: p.revision,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** A plan with its centre's names, when the scope may read it. */
export async function findPlanSummary(
  db: DbOrTx,
  scope: Scope,
  id: number,
): Promise<PlanSummary | undefined> {
  const [row] = await db
    .select(summaryColumns)
    .from(plans)
    .innerJoin(centres, eq(centres.id, plans.centreId))
    .where(and(eq(plans.id, id), plansInScope(scope)));
  return row && toSummary(row);
}

/** A page of plans in scope with the filters asked: newest year first, then by centre code. */
export async function listPlans(db: DbOrTx, scope: Scope, query: PlanListQuery): Promise<PlanPage> {
  const where = and(
    plansInScope(scope),
    query.status ? eq(plans.status, query.status) : undefined,
    query.year ? eq(plans.year, query.year) : undefined,
    query.regionCode ? eq(plans.regionCode, query.regionCode) : undefined,
    query.centreId ? eq(plans.centreId, query.centreId) : undefined,
  );
  const rows = await db
    .select(summaryColumns)
    .from(plans)
    .innerJoin(centres, eq(centres.id, plans.centreId))
    .where(where)
    .orderBy(desc(plans.year), asc(centres.code), asc(plans.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const total = await pageTotal(rows.length, query.page, query.pageSize, async () => {
    const [{ n }] = await db.select({ n: count() }).from(plans).where(where);
    return n;
  });
  return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
}
