import type { Role } from '../../../../shared/constants/roles';
import type { Scope } from '../../../../shared/contracts/auth';
import type { PlanStatus } from '../../../../shared/contracts/plan-content';
import { PLAN_ACTIONS, type PlanAction, type PlanRefusal } from '../../../../shared/contracts/plan-review';

/**
 * The plan review workflow as pure functions: no I/O, no clock. The service loads the plan, asks
 * these rules, and writes what they answer with one action row, one audit entry and notifications.
 *
 * Admins read every plan but take no part in review: approving or returning a centre's plan is an
 * accountable decision of the regional or national reviewer, and the trail must name that person
 * in that role. A stuck plan is moved by a user who holds the right role.
 */

/** Who is acting: role and scope of the signed-in user. */
export interface PlanActor {
  role: Role;
  scope: Scope;
}

/** The parts of a plan the rules look at. */
export interface PlanFacts {
  status: PlanStatus;
  centreId: number;
  regionCode: string;
}

export type PlanDecision = { ok: true; to: PlanStatus } | { ok: false; refusal: PlanRefusal };

const isCentreManager = (a: PlanActor, p: PlanFacts) =>
  a.role === 'center_manager' && a.scope.kind === 'centre' && a.scope.centreId === p.centreId;

const isRegionalReviewer = (a: PlanActor, p: PlanFacts) =>
  a.role === 'regional' && a.scope.kind === 'region' && a.scope.regionCode === p.regionCode;

const isNationalReviewer = (a: PlanActor) => a.role === 'national' && a.scope.kind === 'country';

/** Whether the user may see the plan at all (out of scope answers 404). */
export function canReadPlan(a: PlanActor, p: Pick<PlanFacts, 'centreId' | 'regionCode'>): boolean {
  switch (a.scope.kind) {
    case 'country':
      return a.role === 'national' || a.role === 'admin';
    case 'region':
      return a.role === 'regional' && a.scope.regionCode === p.regionCode;
    case 'centre':
      return a.scope.centreId === p.centreId;
    default:
      return false;
  }
}

/** Who may comment: the centre's manager (to answer) and the plan's reviewers, in any status. */
export const canCommentPlan = (a: PlanActor, p: PlanFacts) =>
  isCentreManager(a, p) || isRegionalReviewer(a, p) || isNationalReviewer(a);

/**
 * Why the actor may not mark a comment resolved (or open it again), or null when they may: only the
 * plan's centre manager, only on a reviewer's remark (the manager's own are answers), and only while
 * the plan is back with the centre to amend (a draft or returned), when it is the centre's move.
 */
export function resolveCommentRefusal(
  a: PlanActor,
  p: PlanFacts,
  commentAuthorRole: string,
): PlanRefusal | null {
  if (!isCentreManager(a, p)) return 'plan_not_allowed';
  if (commentAuthorRole !== 'regional' && commentAuthorRole !== 'national') return 'plan_not_allowed';
  if (p.status !== 'draft' && p.status !== 'returned') return 'plan_wrong_status';
  return null;
}

/** The transition table: for each action, the statuses it starts from for each role that may take it. */
export const TRANSITIONS: Record<
  PlanAction,
  { to: PlanStatus; from: (a: PlanActor, p: PlanFacts) => readonly PlanStatus[] | null }
> = {
  submit: { to: 'submitted', from: (a, p) => (isCentreManager(a, p) ? ['draft', 'returned'] : null) },
  take_regional: {
    to: 'regional_review',
    from: (a, p) => (isRegionalReviewer(a, p) ? ['submitted'] : null),
  },
  forward_national: {
    to: 'national_review',
    from: (a, p) => (isRegionalReviewer(a, p) ? ['regional_review'] : null),
  },
  approve: { to: 'approved', from: (a) => (isNationalReviewer(a) ? ['national_review'] : null) },
  return: {
    to: 'returned',
    from: (a, p) => {
      if (isRegionalReviewer(a, p)) return ['submitted', 'regional_review'];
      if (isNationalReviewer(a)) return ['national_review'];
      return null;
    },
  },
  amend: { to: 'draft', from: (a, p) => (isCentreManager(a, p) ? ['approved'] : null) },
};

/**
 * May this user take this action on this plan, and where does it go. A role or scope that never
 * takes the action is `plan_not_allowed`; the right person at the wrong moment is `plan_wrong_status`.
 * (The comment a return requires is checked with the request: see `commentRequired`.)
 */
export function decide(action: PlanAction, actor: PlanActor, plan: PlanFacts): PlanDecision {
  const rule = TRANSITIONS[action];
  const from = rule.from(actor, plan);
  if (!from) return { ok: false, refusal: 'plan_not_allowed' };
  if (!from.includes(plan.status)) return { ok: false, refusal: 'plan_wrong_status' };
  return { ok: true, to: rule.to };
}

/** A return must say why. */
export const commentRequired = (action: PlanAction) => action === 'return';

/** The actions the rules would allow this user now, so a screen offers nothing that is refused. */
export const availableActions = (actor: PlanActor, plan: PlanFacts): PlanAction[] =>
  PLAN_ACTIONS.filter((a) => decide(a, actor, plan).ok);

/** Whether this user must act on the plan next (their review queue). */
export const waitsFor = (actor: PlanActor, plan: PlanFacts) =>
  availableActions(actor, plan).some((a) => a !== 'return' && a !== 'amend');
