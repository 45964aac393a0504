import { and, eq } from 'drizzle-orm';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import type { PlanContent, PlanStatus } from '../../../../shared/contracts/plan-content';
import {
  type NewPlanComment,
  PLAN_ITEM_KINDS,
  type PlanAction,
  type PlanActionRequest,
  type PlanCommentResolution,
  type PlanDiff,
  type PlanReview,
  type ReviewQueue,
} from '../../../../shared/contracts/plan-review';
import type { FieldError } from '../../../../shared/errors';
import type { AppDb, DbOrTx } from '../../../db/client';
import { plans, planVersions } from '../../../db/schema';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { AppError, invalidFields, notFound } from '../../../platform/http/app-error';
import { activeUsersOf, type NewNotification, notifyUsers } from '../../notifications';
import { labelOf, planDiff } from './plan-diff';
import {
  commentsOf,
  findPlanRow,
  itemIds,
  type PlanRow,
  plansInScope,
  trailOf,
  versionContent,
} from './plan-workflow.repository';
import {
  availableActions,
  canCommentPlan,
  canReadPlan,
  commentRequired,
  decide,
  resolveCommentRefusal,
  waitsFor,
} from './plan-workflow.rules';
import { planActions, planComments } from './plan-workflow.tables';

const ENTITY = 'plan';

/** The plan if the user may see it; 404 otherwise, so out-of-scope plans do not reveal themselves. */
async function loadVisible(tx: DbOrTx, user: CurrentUser, id: number): Promise<PlanRow> {
  const plan = await findPlanRow(tx, id);
  if (!plan || !canReadPlan(user, plan)) throw notFound();
  return plan;
}

const itemsOf = (content: PlanContent | undefined) =>
  content
    ? PLAN_ITEM_KINDS.flatMap((kind) =>
        content[kind].map((item) => ({ id: item.id, kind, label: labelOf(kind, item) })),
      )
    : [];

/** The review side of a plan: status, trail, comments and what the caller may do now. */
export async function readReview(db: DbOrTx, user: CurrentUser, id: number): Promise<PlanReview> {
  const plan = await loadVisible(db, user, id);
  return {
    planId: plan.id,
    status: plan.status,
    revision: plan.revision,
    currentVersion: plan.currentVersion,
    approvedVersion: plan.approvedVersion,
    availableActions: availableActions(user, plan),
    canComment: canCommentPlan(user, plan),
    trail: await trailOf(db, plan.id),
    comments: (await commentsOf(db, plan.id)).map((c) => ({
      ...c,
      resolvable: resolveCommentRefusal(user, plan, c.authorRole) === null,
    })),
    items: itemsOf(await versionContent(db, plan.id, plan.currentVersion)),
  };
}

/** Item ids that are not in the plan's current version, as field errors of the request. */
async function unknownItems(
  tx: DbOrTx,
  plan: PlanRow,
  refs: Array<{ field: string; itemId: string | null | undefined }>,
): Promise<FieldError[]> {
  const wanted = refs.filter((r) => r.itemId);
  if (wanted.length === 0) return [];
  const content = await versionContent(tx, plan.id, plan.currentVersion);
  const ids = content ? itemIds(content) : new Set<string>();
  return wanted
    .filter((r) => !ids.has(r.itemId!))
    .map((r) => ({ field: r.field, code: 'not_found' as const }));
}

/** Who hears of a step, and what they read. */
async function recipients(tx: DbOrTx, plan: PlanRow, action: PlanAction): Promise<number[]> {
  switch (action) {
    case 'submit':
      return activeUsersOf(tx, 'regional', { regionCode: plan.regionCode });
    case 'forward_national':
      return activeUsersOf(tx, 'national');
    case 'approve':
    case 'return':
      return activeUsersOf(tx, 'center_manager', { centreId: plan.centreId });
    default:
      return [];
  }
}

const NOTIFICATION_KIND: Partial<Record<PlanAction, NewNotification['kind']>> = {
  submit: 'plan_submitted',
  forward_national: 'plan_forwarded',
  approve: 'plan_approved',
  return: 'plan_returned',
};

/**
 * Takes one workflow step in one transaction: the revision read must still be current (409
 * `conflict`), the rules must allow it (403 `plan_not_allowed`, 409 `plan_wrong_status`), a return
 * must say why; then the plan moves, the action is logged with its comments, audited, and the next
 * people are notified.
 */
export function actOnPlan(
  db: AppDb,
  user: CurrentUser,
  id: number,
  action: PlanAction,
  body: PlanActionRequest,
  actor: Actor,
) {
  return db.transaction(async (tx) => {
    const plan = await loadVisible(tx, user, id);
    if (plan.revision !== body.revision) throw new AppError('conflict');
    const d = decide(action, user, plan);
    if (!d.ok) throw new AppError(d.refusal);
    const comment = body.comment?.trim() || null;
    const itemComments = action === 'return' ? (body.itemComments ?? []) : [];
    if (commentRequired(action) && !comment) throw invalidFields([{ field: 'comment', code: 'required' }]);
    const bad = await unknownItems(
      tx,
      plan,
      itemComments.map((c, i) => ({ field: `itemComments.${i}.itemId`, itemId: c.itemId })),
    );
    if (bad.length) throw invalidFields(bad);

    const patch: Partial<typeof plans.$inferInsert> = { status: d.to };
    if (action === 'approve') patch.approvedVersion = plan.currentVersion;
    if (action === 'amend') {
      const approved = await versionContent(tx, plan.id, plan.approvedVersion ?? plan.currentVersion);
      if (!approved) throw notFound();
      patch.currentVersion = plan.currentVersion + 1;
      await tx.insert(planVersions).values({
        planId: plan.id,
        version: patch.currentVersion,
        basis: 'amendment',
        content: approved,
        createdBy: user.id,
      });
    }
    const [after] = await tx
      .update(plans)
      .set({ ...patch, revision: plan.revision + 1, updatedAt: new Date() })
      .where(and(eq(plans.id, plan.id), eq(plans.revision, plan.revision)))
      .returning();
    if (!after) throw new AppError('conflict');

    const [logged] = await tx
      .insert(planActions)
      .values({
        planId: plan.id,
        version: plan.currentVersion,
        action,
        fromStatus: plan.status,
        toStatus: d.to,
        actorId: user.id,
        actorRole: user.role,
        comment,
      })
      .returning({ id: planActions.id });
    if (itemComments.length)
      await tx.insert(planComments).values(
        itemComments.map((c) => ({
          planId: plan.id,
          version: plan.currentVersion,
          itemId: c.itemId,
          actionId: logged.id,
          authorId: user.id,
          authorRole: user.role,
          text: c.text,
        })),
      );
    const { centreName: _, ...before } = plan;
    await recordAudit(tx, actor, {
      action: `plan_${action}`,
      entityType: ENTITY,
      entityId: plan.id,
      regionCode: plan.regionCode,
      centreId: plan.centreId,
      before,
      after: { ...after, comment, itemComments },
    });
    const kind = NOTIFICATION_KIND[action];
    if (kind)
      await notifyUsers(tx, await recipients(tx, plan, action), {
        kind,
        link: `/plans/${plan.id}`,
        params: {
          year: plan.year,
          centre_kk: plan.centreName.kk,
          centre_ru: plan.centreName.ru,
          centre_en: plan.centreName.en,
        },
      });
  });
}

/** Adds a comment on the whole plan or one item of its current version (the manager and reviewers). */
export function addComment(db: AppDb, user: CurrentUser, id: number, body: NewPlanComment, actor: Actor) {
  return db.transaction(async (tx) => {
    const plan = await loadVisible(tx, user, id);
    if (!canCommentPlan(user, plan)) throw new AppError('plan_not_allowed');
    const bad = await unknownItems(tx, plan, [{ field: 'itemId', itemId: body.itemId }]);
    if (bad.length) throw invalidFields(bad);
    const [row] = await tx
      .insert(planComments)
      .values({
        planId: plan.id,
        version: plan.currentVersion,
        itemId: body.itemId ?? null,
        authorId: user.id,
        authorRole: user.role,
        text: body.text,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'plan_comment',
      entityType: ENTITY,
      entityId: plan.id,
      regionCode: plan.regionCode,
      centreId: plan.centreId,
      after: row,
    });
  });
}

/**
 * Marks a reviewer's comment resolved or open again (the plan's manager while amending), audited;
 * asking for the state it already has changes nothing.
 */
export function resolveComment(
  db: AppDb,
  user: CurrentUser,
  id: number,
  commentId: number,
  body: PlanCommentResolution,
  actor: Actor,
) {
  return db.transaction(async (tx) => {
    const plan = await loadVisible(tx, user, id);
    const [before] = await tx
      .select()
      .from(planComments)
      .where(and(eq(planComments.id, commentId), eq(planComments.planId, plan.id)));
    if (!before) throw notFound();
    const refusal = resolveCommentRefusal(user, plan, before.authorRole);
    if (refusal) throw new AppError(refusal);
    if (before.resolved === body.resolved) return;
    const [after] = await tx
      .update(planComments)
      .set({ resolved: body.resolved })
      .where(eq(planComments.id, before.id))
      .returning();
    await recordAudit(tx, actor, {
      action: body.resolved ? 'plan_comment_resolve' : 'plan_comment_reopen',
      entityType: ENTITY,
      entityId: plan.id,
      regionCode: plan.regionCode,
      centreId: plan.centreId,
      before,
      after,
    });
  });
}

/**
 * Plans of the caller's scope for review lists: of one status, or (without one) those waiting for
 * the caller to move them forward.
 */
export async function reviewQueue(db: DbOrTx, user: CurrentUser, status?: PlanStatus): Promise<ReviewQueue> {
  const rows = await plansInScope(db, user.scope, status ? [status] : undefined);
  const items = rows
    .filter((p) => canReadPlan(user, p))
    .map((p) => ({
      id: p.id,
      centre: { id: p.centreId, name: p.centreName },
      regionCode: p.regionCode,
      year: p.year,
      status: p.status,
      currentVersion: p.currentVersion,
      updatedAt: p.updatedAt.toISOString(),
      waitsForMe: waitsFor(user, p),
    }));
  return { items: status ? items : items.filter((i) => i.waitsForMe) };
}

/** What changed from one version of a plan to another; 404 for a version that does not exist. */
export async function diffVersions(
  db: DbOrTx,
  user: CurrentUser,
  id: number,
  from: number,
  to: number,
): Promise<PlanDiff> {
  const plan = await loadVisible(db, user, id);
  const [a, b] = [await versionContent(db, plan.id, from), await versionContent(db, plan.id, to)];
  if (!a || !b) throw notFound();
  return planDiff(from, a, to, b);
}

/** The review trail for documents: who did what, in which role, when and why, oldest first. */
export async function planTrail(db: DbOrTx, planId: number) {
  return (await trailOf(db, planId)).map((e) => ({
    at: e.at,
    actorName: e.actor.fullName,
    actorRole: e.actorRole,
    action: e.action,
    comment: e.comment,
  }));
}
