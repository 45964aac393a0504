import { and, eq } from 'drizzle-orm';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import type {
  CaseAction,
  CaseClose,
  CaseComment,
  CaseDetail,
  CaseFollowUp,
  CaseOutcomeRecord,
  CaseReassign,
  CaseStatus,
  CaseStepChanges,
  CompleteCaseStep,
  NewCase,
  NewCaseStep,
} from '../../../../shared/contracts/cases';
import type { FieldErrorCode } from '../../../../shared/errors';
import { todayInKazakhstan } from '../../../../shared/today';
import type { AppDb, DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { users } from '../../../platform/auth/auth.tables';
import { AppError, invalidFields, notFound } from '../../../platform/http/app-error';
import { isUniqueViolation } from '../../registry/registry.caller';
import { stateProgrammes } from '../programmes/programmes.tables';
import { findYouthInScope } from '../youth';
import {
  type CaseRow,
  caseSteps,
  caseTimeline,
  findCaseRow,
  findCaseSummary,
  hasActiveCase,
  type StepRow,
  stepCounts,
} from './cases.repository';
import {
  availableActions,
  type CaseCommand,
  type CaseFacts,
  type CaseUser,
  canBeCaseWorker,
  canWorkOnSteps,
  decide,
  decideOpen,
  followUpDates,
  isActive,
  type Refusal,
} from './cases.rules';
import { neetCaseActions, neetCaseSteps, neetCases } from './cases.tables';

const ENTITY = 'neet_case';

/** Today in Kazakhstan (UTC+5), `yyyy-mm-dd`: the day case workers live in, whatever the server's zone. */

const caseUser = (user: CurrentUser): CaseUser => ({ id: user.id, role: user.role, scope: user.scope });

/** A refusal of the rules as the API answers it: a field error for a date, else its own code. */
function refusalError(r: Refusal): AppError {
  if (r.field) return invalidFields([{ field: r.field, code: r.code as FieldErrorCode }]);
  return new AppError(r.code as Exclude<Refusal['code'], 'date_in_future' | 'date_before_opened'>);
}

const facts = async (tx: DbOrTx, c: CaseRow): Promise<CaseFacts> => {
  const person = await findYouthInScope(tx, { kind: 'country' }, c.youthId);
  return {
    ...c,
    ...(await stepCounts(tx, c.id)),
    youthConsentWithdrawn: !person || person.consentWithdrawn,
  };
};

async function youthFacts(tx: DbOrTx, c: CaseRow) {
  const person = await findYouthInScope(tx, { kind: 'country' }, c.youthId);
  return {
    consentInForce: !!person && !person.consentWithdrawn,
    hasOtherActiveCase: await hasActiveCase(tx, c.youthId, c.id),
  };
}

/** The case in scope at the version the caller saw; 404 when out of scope, 409 `conflict` when stale. */
async function load(tx: DbOrTx, user: CurrentUser, id: number, version: number) {
  const c = await findCaseRow(tx, user.scope, id);
  if (!c) throw notFound();
  if (c.version !== version) throw new AppError('conflict');
  return c;
}

function decideOrThrow(f: CaseFacts, command: CaseCommand, user: CurrentUser, today: string): CaseStatus {
  const d = decide(f, command, caseUser(user), today);
  if (!d.ok) throw refusalError(d.refusal);
  return d.to;
}

interface Change {
  action: CaseAction;
  to: CaseStatus;
  patch?: Partial<typeof neetCases.$inferInsert>;
  comment?: string | null;
  payload?: Record<string, unknown>;
}

/** Writes the new state (only at the version read), one action row and one audit entry. */
async function apply(tx: DbOrTx, c: CaseRow, change: Change, user: CurrentUser, actor: Actor) {
  const [after] = await tx
    .update(neetCases)
    .set({ ...change.patch, status: change.to, version: c.version + 1, updatedAt: new Date() })
    .where(and(eq(neetCases.id, c.id), eq(neetCases.version, c.version)))
    .returning();
  if (!after) throw new AppError('conflict');
  await tx.insert(neetCaseActions).values({
    caseId: c.id,
    action: change.action,
    fromStatus: c.status,
    toStatus: change.to,
    userId: user.id,
    comment: change.comment ?? null,
    payload: change.payload ?? {},
  });
  await recordAudit(tx, actor, {
    action: change.action,
    entityType: ENTITY,
    entityId: c.id,
    regionCode: c.regionCode,
    centreId: c.centreId,
    before: c,
    after: { ...after, ...(change.payload ? { payload: change.payload } : {}) },
  });
  return after;
}

async function checkCaseWorker(tx: DbOrTx, workerId: number, centreId: number) {
  const [worker] = await tx
    .select({ role: users.role, centreId: users.centreId, isActive: users.isActive })
    .from(users)
    .where(eq(users.id, workerId));
  if (!worker || !canBeCaseWorker(worker, centreId))
    throw invalidFields([{ field: 'caseWorkerId', code: 'not_found' }]);
}

async function checkProgramme(tx: DbOrTx, kind: string, programmeId: number | null | undefined) {
  if (kind !== 'programme_referral') return null;
  if (!programmeId) throw invalidFields([{ field: 'programmeId', code: 'required' }]);
  const [p] = await tx
    .select({ id: stateProgrammes.id })
    .from(stateProgrammes)
    .where(eq(stateProgrammes.id, programmeId));
  if (!p) throw invalidFields([{ field: 'programmeId', code: 'not_found' }]);
  return programmeId;
}

/** A case with its steps, timeline and the actions the caller may take today; undefined when out of scope. */
export async function readCase(db: DbOrTx, user: CurrentUser, id: number, today = todayInKazakhstan()) {
  const summary = await findCaseSummary(db, user.scope, id, today);
  if (!summary) return undefined;
  const c = (await findCaseRow(db, user.scope, id))!;
  const f = await facts(db, c);
  const detail: CaseDetail = {
    ...summary,
    goal: c.goal,
    outcomeNote: c.outcomeNote,
    followUp3mDue: c.followUp3mDue,
    followUp3mCheckedOn: c.followUp3mCheckedOn,
    followUp3mHeld: c.followUp3mHeld,
    followUp6mDue: c.followUp6mDue,
    followUp6mCheckedOn: c.followUp6mCheckedOn,
    followUp6mHeld: c.followUp6mHeld,
    closeReason: c.closeReason,
    steps: await caseSteps(db, id, today, isActive(c.status)),
    timeline: await caseTimeline(db, id),
    availableActions: availableActions(f, caseUser(user), today, await youthFacts(db, c)),
    canWorkOnSteps: canWorkOnSteps(f, caseUser(user)),
  };
  return detail;
}

/** Opens a case for a NEET young person of the caller's centre; one active case per young person. */
export async function openCase(
  db: AppDb,
  user: CurrentUser,
  body: NewCase,
  actor: Actor,
  today = todayInKazakhstan(),
) {
  const person = await findYouthInScope(db, user.scope, body.youthId);
  if (!person) throw invalidFields([{ field: 'youthId', code: 'not_found' }]);
  const openedOn = body.openedOn ?? today;
  const workerId = body.caseWorkerId ?? user.id;
  try {
    return await db.transaction(async (tx) => {
      const d = decideOpen(
        caseUser(user),
        {
          centreId: person.centreId,
          status: person.status,
          consentInForce: !person.consentWithdrawn,
          hasActiveCase: await hasActiveCase(tx, person.id),
        },
        openedOn,
        today,
      );
      if (!d.ok) throw refusalError(d.refusal);
      if (workerId !== user.id && user.role !== 'center_manager')
        throw invalidFields([{ field: 'caseWorkerId', code: 'out_of_scope' }]);
      await checkCaseWorker(tx, workerId, person.centreId);
      const [row] = await tx
        .insert(neetCases)
        .values({
          youthId: person.id,
          centreId: person.centreId,
          regionCode: person.regionCode,
          caseWorkerId: workerId,
          status: 'open',
          goal: body.goal ?? null,
          openedOn,
        })
        .returning();
      await tx.insert(neetCaseActions).values({
        caseId: row.id,
        action: 'open',
        fromStatus: null,
        toStatus: 'open',
        userId: user.id,
        payload: { openedOn, caseWorkerId: workerId },
      });
      await recordAudit(tx, actor, {
        action: 'open',
        entityType: ENTITY,
        entityId: row.id,
        regionCode: row.regionCode,
        centreId: row.centreId,
        after: row,
      });
      return row.id;
    });
  } catch (err) {
    // Another opening for the same young person committed first.
    if (isUniqueViolation(err)) throw new AppError('case_already_open');
    throw err;
  }
}

/** Adds a planned step; the first step moves an open case into progress. */
export function addStep(
  db: AppDb,
  user: CurrentUser,
  id: number,
  body: NewCaseStep,
  actor: Actor,
  today = todayInKazakhstan(),
) {
  return db.transaction(async (tx) => {
    const c = await load(tx, user, id, body.version);
    const to = decideOrThrow(await facts(tx, c), { action: 'add_step', dueOn: body.dueOn }, user, today);
    const programmeId = await checkProgramme(tx, body.kind, body.programmeId);
    const [step] = await tx
      .insert(neetCaseSteps)
      .values({
        caseId: c.id,
        kind: body.kind,
        description: body.description,
        programmeId,
        dueOn: body.dueOn,
        createdBy: user.id,
      })
      .returning();
    await apply(tx, c, { action: 'add_step', to, payload: stepPayload(step) }, user, actor);
  });
}

const stepPayload = (s: StepRow) => ({
  stepId: s.id,
  kind: s.kind,
  description: s.description,
  dueOn: s.dueOn,
  ...(s.programmeId ? { programmeId: s.programmeId } : {}),
  ...(s.doneOn ? { doneOn: s.doneOn, result: s.result } : {}),
});

async function loadStep(tx: DbOrTx, caseId: number, stepId: number) {
  const [step] = await tx
    .select()
    .from(neetCaseSteps)
    .where(and(eq(neetCaseSteps.id, stepId), eq(neetCaseSteps.caseId, caseId)));
  if (!step) throw notFound();
  return step;
}

/** Changes a planned step's description, programme or due date. */
export function updateStep(
  db: AppDb,
  user: CurrentUser,
  id: number,
  stepId: number,
  body: CaseStepChanges,
  actor: Actor,
  today = todayInKazakhstan(),
) {
  return db.transaction(async (tx) => {
    const c = await load(tx, user, id, body.version);
    const step = await loadStep(tx, c.id, stepId);
    const command: CaseCommand = { action: 'update_step', stepStatus: step.status, dueOn: body.dueOn };
    const to = decideOrThrow(await facts(tx, c), command, user, today);
    const programmeId = await checkProgramme(tx, step.kind, body.programmeId);
    const [saved] = await tx
      .update(neetCaseSteps)
      .set({ description: body.description, dueOn: body.dueOn, programmeId, updatedAt: new Date() })
      .where(eq(neetCaseSteps.id, step.id))
      .returning();
    await apply(tx, c, { action: 'update_step', to, payload: stepPayload(saved) }, user, actor);
  });
}

/** Marks a planned step done with its result. */
export function completeStep(
  db: AppDb,
  user: CurrentUser,
  id: number,
  stepId: number,
  body: CompleteCaseStep,
  actor: Actor,
  today = todayInKazakhstan(),
) {
  return db.transaction(async (tx) => {
    const c = await load(tx, user, id, body.version);
    const step = await loadStep(tx, c.id, stepId);
    const command: CaseCommand = { action: 'complete_step', stepStatus: step.status, doneOn: body.doneOn };
    const to = decideOrThrow(await facts(tx, c), command, user, today);
    const [saved] = await tx
      .update(neetCaseSteps)
      .set({ status: 'done', doneOn: body.doneOn, result: body.result, updatedAt: new Date() })
      .where(eq(neetCaseSteps.id, step.id))
      .returning();
    await apply(tx, c, { action: 'complete_step', to, payload: stepPayload(saved) }, user, actor);
  });
}

/** Cancels a planned step, with an optional reason. */
export function cancelStep(
  db: AppDb,
  user: CurrentUser,
  id: number,
  stepId: number,
  body: CaseComment,
  actor: Actor,
  today = todayInKazakhstan(),
) {
  return db.transaction(async (tx) => {
    const c = await load(tx, user, id, body.version);
    const step = await loadStep(tx, c.id, stepId);
    const to = decideOrThrow(
      await facts(tx, c),
      { action: 'cancel_step', stepStatus: step.status },
      user,
      today,
    );
    const [saved] = await tx
      .update(neetCaseSteps)
      .set({ status: 'cancelled', updatedAt: new Date() })
      .where(eq(neetCaseSteps.id, step.id))
      .returning();
    await apply(
      tx,
      c,
      { action: 'cancel_step', to, comment: body.comment, payload: stepPayload(saved) },
      user,
      actor,
    );
  });
}

/** Records the outcome; the follow-ups fall due three and six months after its date. */
export function recordOutcome(
  db: AppDb,
  user: CurrentUser,
  id: number,
  body: CaseOutcomeRecord,
  actor: Actor,
  today = todayInKazakhstan(),
) {
  return db.transaction(async (tx) => {
    const c = await load(tx, user, id, body.version);
    const command: CaseCommand = {
      action: 'record_outcome',
      outcome: body.outcome,
      outcomeOn: body.outcomeOn,
    };
    const to = decideOrThrow(await facts(tx, c), command, user, today);
    const dates = followUpDates(body.outcomeOn);
    await apply(
      tx,
      c,
      {
        action: 'record_outcome',
        to,
        patch: { outcome: body.outcome, outcomeOn: body.outcomeOn, outcomeNote: body.note ?? null, ...dates },
        comment: body.note,
        payload: { outcome: body.outcome, outcomeOn: body.outcomeOn, ...dates },
      },
      user,
      actor,
    );
  });
}

/**
 * Confirms the 3- or 6-month follow-up. Held: the case moves on (the 6-month one closes it as confirmed).
 * Not held: back to work with the outcome cleared, or closed as not held.
 */
export function confirmFollowUp(
  db: AppDb,
  user: CurrentUser,
  id: number,
  body: CaseFollowUp,
  actor: Actor,
  today = todayInKazakhstan(),
) {
  return db.transaction(async (tx) => {
    const c = await load(tx, user, id, body.version);
    const action = body.stage === '3m' ? 'follow_up_3m' : 'follow_up_6m';
    const command: CaseCommand = {
      action,
      held: body.held,
      checkedOn: body.checkedOn,
      ifNotHeld: body.ifNotHeld ?? undefined,
    };
    const to = decideOrThrow(await facts(tx, c), command, user, today);
    const check =
      body.stage === '3m'
        ? { followUp3mCheckedOn: body.checkedOn, followUp3mHeld: body.held }
        : { followUp6mCheckedOn: body.checkedOn, followUp6mHeld: body.held };
    const patch: Change['patch'] =
      to === 'in_progress'
        ? {
            outcome: null,
            outcomeOn: null,
            outcomeNote: null,
            followUp3mDue: null,
            followUp3mCheckedOn: null,
            followUp3mHeld: null,
            followUp6mDue: null,
            followUp6mCheckedOn: null,
            followUp6mHeld: null,
          }
        : {
            ...check,
            ...(to === 'closed_confirmed' || to === 'closed_not_held' ? { closedOn: body.checkedOn } : {}),
          };
    await apply(
      tx,
      c,
      {
        action,
        to,
        patch,
        comment: body.comment,
        payload: {
          held: body.held,
          checkedOn: body.checkedOn,
          outcome: c.outcome,
          ...(body.held ? {} : { ifNotHeld: body.ifNotHeld }),
        },
      },
      user,
      actor,
    );
  });
}

/** Closes a case that reached no outcome, with the reason. */
export function closeCase(
  db: AppDb,
  user: CurrentUser,
  id: number,
  body: CaseClose,
  actor: Actor,
  today = todayInKazakhstan(),
) {
  return db.transaction(async (tx) => {
    const c = await load(tx, user, id, body.version);
    const to = decideOrThrow(await facts(tx, c), { action: 'close', closedOn: body.closedOn }, user, today);
    await apply(
      tx,
      c,
      {
        action: 'close',
        to,
        patch: { outcome: 'none', closedOn: body.closedOn, closeReason: body.reason },
        comment: body.comment,
        payload: { reason: body.reason, closedOn: body.closedOn },
      },
      user,
      actor,
    );
  });
}

/** Reopens a case closed without a lasting outcome: back in progress, outcome and closing cleared. */
export async function reopenCase(
  db: AppDb,
  user: CurrentUser,
  id: number,
  body: CaseComment,
  actor: Actor,
  today = todayInKazakhstan(),
) {
  try {
    return await db.transaction(async (tx) => {
      const c = await load(tx, user, id, body.version);
      const y = await youthFacts(tx, c);
      const command: CaseCommand = {
        action: 'reopen',
        youthHasOtherActiveCase: y.hasOtherActiveCase,
        youthConsentInForce: y.consentInForce,
      };
      const to = decideOrThrow(await facts(tx, c), command, user, today);
      await apply(
        tx,
        c,
        {
          action: 'reopen',
          to,
          patch: {
            outcome: null,
            outcomeOn: null,
            outcomeNote: null,
            followUp3mDue: null,
            followUp3mCheckedOn: null,
            followUp3mHeld: null,
            followUp6mDue: null,
            followUp6mCheckedOn: null,
            followUp6mHeld: null,
            closedOn: null,
            closeReason: null,
          },
          comment: body.comment,
        },
        user,
        actor,
      );
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('case_already_open');
    throw err;
  }
}

/** Hands the case to another specialist or the manager of its centre (the manager decides). */
export function reassignCase(
  db: AppDb,
  user: CurrentUser,
  id: number,
  body: CaseReassign,
  actor: Actor,
  today = todayInKazakhstan(),
) {
  return db.transaction(async (tx) => {
    const c = await load(tx, user, id, body.version);
    const to = decideOrThrow(await facts(tx, c), { action: 'reassign' }, user, today);
    await checkCaseWorker(tx, body.caseWorkerId, c.centreId);
    await apply(
      tx,
      c,
      {
        action: 'reassign',
        to,
        patch: { caseWorkerId: body.caseWorkerId },
        comment: body.comment,
        payload: { fromUserId: c.caseWorkerId, toUserId: body.caseWorkerId },
      },
      user,
      actor,
    );
  });
}
