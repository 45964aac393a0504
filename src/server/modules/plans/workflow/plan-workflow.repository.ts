import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../../shared/contracts/auth';
import type { PlanContent, PlanStatus } from '../../../../shared/contracts/plan-content';
import type { PlanCommentView, PlanTrailEntry } from '../../../../shared/contracts/plan-review';
import type { DbOrTx } from '../../../db/client';
import { centres, plans, planVersions, users } from '../../../db/schema';
import { planActions, planComments } from './plan-workflow.tables';

/** A plan row with its centre's names, as the workflow reads it. */
export type PlanRow = typeof plans.$inferSelect & { centreName: { kk: string; ru: string; en: string } };

const planColumns = {
  plan: plans,
  nameKk: centres.nameKk,
  nameRu: centres.nameRu,
  nameEn: centres.nameEn,
};

const toRow = (r: { plan: typeof plans.$inferSelect; nameKk: string; nameRu: string; nameEn: string }) => ({
  ...r.plan,
  centreName: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn },
});

/** One plan with its centre's names, whoever asks (the caller checks scope with the rules). */
export async function findPlanRow(tx: DbOrTx, id: number): Promise<PlanRow | undefined> {
  const [r] = await tx
    .select(planColumns)
    .from(plans)
    .innerJoin(centres, eq(centres.id, plans.centreId))
    .where(eq(plans.id, id));
  return r ? toRow(r) : undefined;
}

/** The content of one version of a plan; undefined when there is no such version. */
export async function versionContent(tx: DbOrTx, planId: number, version: number) {
  const [v] = await tx
    .select({ content: planVersions.content })
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), eq(planVersions.version, version)));
  return v?.content as PlanContent | undefined;
}

/** Plans a scope may see, optionally of some statuses, most recently changed first. */
export async function plansInScope(tx: DbOrTx, scope: Scope, statuses?: readonly PlanStatus[]) {
  const where: Array<SQL | undefined> = [statuses ? inArray(plans.status, [...statuses]) : undefined];
  if (scope.kind === 'region') where.push(eq(plans.regionCode, scope.regionCode));
  else if (scope.kind === 'centre') where.push(eq(plans.centreId, scope.centreId));
  else if (scope.kind !== 'country') return [];
  const rows = await tx
    .select(planColumns)
    .from(plans)
    .innerJoin(centres, eq(centres.id, plans.centreId))
    .where(and(...where))
    .orderBy(desc(plans.updatedAt), desc(plans.id))
    .limit(500);
  return rows.map(toRow);
}

/** The review trail of a plan, oldest first. */
export async function trailOf(tx: DbOrTx, planId: number): Promise<PlanTrailEntry[]> {
  const rows = await tx
    .select({ a: planActions, fullName: users.fullName })
    .from(planActions)
    .innerJoin(users, eq(users.id, planActions.actorId))
    .where(eq(planActions.planId, planId))
    .orderBy(asc(planActions.id));
  return rows.map(({ a, fullName }) => ({
    id: a.id,
    action: a.action,
    version: a.version,
    fromStatus: a.fromStatus,
    toStatus: a.toStatus,
    actor: { id: a.actorId, fullName },
    actorRole: a.actorRole,
    at: a.at.toISOString(),
    comment: a.comment,
  }));
}

/** The comments on a plan, oldest first (whether the caller may resolve them is the service's to say). */
export async function commentsOf(tx: DbOrTx, planId: number): Promise<Omit<PlanCommentView, 'resolvable'>[]> {
  const rows = await tx
    .select({ c: planComments, fullName: users.fullName })
    .from(planComments)
    .innerJoin(users, eq(users.id, planComments.authorId))
    .where(eq(planComments.planId, planId))
    .orderBy(asc(planComments.id));
  return rows.map(({ c, fullName }) => ({
    id: c.id,
    version: c.version,
    itemId: c.itemId,
    author: { id: c.authorId, fullName },
    authorRole: c.authorRole,
    text: c.text,
    createdAt: c.createdAt.toISOString(),
    actionId: c.actionId,
    resolved: c.resolved,
  }));
}

/** Every item id of a plan document. */
export const itemIds = (content: PlanContent) =>
  new Set<string>(
    [content.priorities, content.goals, content.kpis, content.activities, content.budget].flatMap((list) =>
      list.map((i) => i.id),
    ),
  );
