import { and, eq } from 'drizzle-orm';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import type { PlanContent } from '../../../../shared/contracts/plan-content';
import type { NewPlan, PlanContentUpdate, PlanDetail } from '../../../../shared/contracts/plans';
import { todayInKazakhstan } from '../../../../shared/today';
import type { AppDb, DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { AppError, forbidden, invalidFields, notFound } from '../../../platform/http/app-error';
import { isUniqueViolation } from '../../registry/registry.caller';
import { centres } from '../../registry/registry.tables';
import { buildPlanDraft } from './plan-builder';
import {
  canEditPlanContent,
  canManagePlan,
  EDITABLE_STATUSES,
  planIntegrityErrors,
} from './plan-content.rules';
import { gatherPlanInputs } from './plan-inputs';
import {
  findPlanInScope,
  findPlanOf,
  findPlanSummary,
  type PlanRow,
  readPlanVersion,
} from './plans.repository';
import { plans, planVersions } from './plans.tables';

const ENTITY = 'plan';

/**
 * Why a user may not change a plan's current content now, as the API answers it: 403 for someone
 * who is not the centre's manager or an admin, 409 `invalid_state` once the plan left draft/returned.
 * Null when the change is allowed. The workflow reuses it for anything that edits content.
 */
export function planEditRefusal(user: Pick<CurrentUser, 'role' | 'scope'>, plan: PlanRow): AppError | null {
  if (canEditPlanContent(user, plan)) return null;
  if (!canManagePlan(user, plan.centreId)) return forbidden();
  return new AppError('invalid_state', { params: { status: plan.status } });
}

/** A plan with its current content as the caller may see it; undefined when out of scope. */
export async function readPlan(db: DbOrTx, user: CurrentUser, id: number): Promise<PlanDetail | undefined> {
  const summary = await findPlanSummary(db, user.scope, id);
  if (!summary) return undefined;
  const version = await readPlanVersion(db, id, summary.currentVersion);
  if (!version) return undefined;
  return {
    ...summary,
    basis: version.basis,
    content: version.content,
    editable: canEditPlanContent(user, { centreId: summary.centreId, status: summary.status }),
  };
}

/** The stored content of a plan's version, when the caller may read the plan. */
export async function readPlanVersionInScope(db: DbOrTx, user: CurrentUser, id: number, version: number) {
  const plan = await findPlanInScope(db, user.scope, id);
  if (!plan) return undefined;
  const row = await readPlanVersion(db, id, version);
  return (
    row && {
      planId: row.planId,
      version: row.version,
      basis: row.basis,
      content: row.content,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }
  );
}

/** The content after schema validation, or a 400 with every integrity problem on its path. */
export function checkPlanContent(content: PlanContent): PlanContent {
  const errors = planIntegrityErrors(content);
  if (errors.length > 0) throw invalidFields(errors);
  return content;
}

/**
 * Generates a centre's draft plan for a year (its manager, or an admin) and stores it as version 1,
 * basis `generated`, status draft. A centre out of the caller's scope is not found; a second plan
 * for the same centre and year is a 409 `duplicate`.
 */
export async function generatePlan(
  db: AppDb,
  user: CurrentUser,
  body: NewPlan,
  actor: Actor,
  today = todayInKazakhstan(),
): Promise<number> {
  const [centre] = await db
    .select({ id: centres.id, regionCode: centres.regionCode })
    .from(centres)
    .where(eq(centres.id, body.centreId));
  if (!centre || !canManagePlan(user, centre.id)) throw notFound();
  if (await findPlanOf(db, centre.id, body.year)) throw new AppError('duplicate');
  const content = checkPlanContent(buildPlanDraft(await gatherPlanInputs(db, centre.id, body.year, today)));
  try {
    return await db.transaction(async (tx) => {
      const [plan] = await tx
        .insert(plans)
        .values({ centreId: centre.id, regionCode: centre.regionCode, year: body.year, createdBy: user.id })
        .returning();
      await tx
        .insert(planVersions)
        .values({ planId: plan.id, version: 1, basis: 'generated', content, createdBy: user.id });
      await recordAudit(tx, actor, {
        action: 'generate',
        entityType: ENTITY,
        entityId: plan.id,
        regionCode: plan.regionCode,
        centreId: plan.centreId,
        after: { ...plan, version: 1, basis: 'generated', content },
      });
      return plan.id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('duplicate');
    throw err;
  }
}

/**
 * Replaces the current version's content at the revision the editor read: 404 out of scope, 403 not
 * the centre's manager or an admin, 409 `invalid_state` unless draft or returned, 409 `conflict`
 * when someone changed the plan since, 400 with field paths when the content is inconsistent.
 * Writes nothing unless everything holds; audited with the content before and after.
 */
export async function updatePlanContent(
  db: AppDb,
  user: CurrentUser,
  id: number,
  update: PlanContentUpdate,
  actor: Actor,
): Promise<void> {
  const content = checkPlanContent(update.content);
  await db.transaction(async (tx) => {
    const plan = await findPlanInScope(tx, user.scope, id);
    if (!plan) throw notFound();
    const refusal = planEditRefusal(user, plan);
    if (refusal) throw refusal;
    if (plan.revision !== update.revision) throw new AppError('conflict');
    const before = await readPlanVersion(tx, id, plan.currentVersion);
    const now = new Date();
    const [after] = await tx
      .update(plans)
      .set({ revision: plan.revision + 1, updatedAt: now })
      .where(and(eq(plans.id, id), eq(plans.revision, plan.revision)))
      .returning();
    if (!after || !EDITABLE_STATUSES.includes(after.status)) throw new AppError('conflict');
    await tx
      .update(planVersions)
      .set({ content, updatedAt: now })
      .where(and(eq(planVersions.planId, id), eq(planVersions.version, plan.currentVersion)));
    await recordAudit(tx, actor, {
      action: 'update_content',
      entityType: ENTITY,
      entityId: id,
      regionCode: plan.regionCode,
      centreId: plan.centreId,
      before: { revision: plan.revision, version: plan.currentVersion, content: before?.content },
      after: { revision: after.revision, version: plan.currentVersion, content },
    });
  });
}
