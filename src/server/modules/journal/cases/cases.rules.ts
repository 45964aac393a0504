import type { Role } from '../../../../shared/constants/roles';
import type { Scope } from '../../../../shared/contracts/auth';
import {
  ACTIVE_CASE_STATUSES,
  CASE_LEVEL_ACTIONS,
  type CaseAction,
  type CaseLevelAction,
  type CaseOutcome,
  type CaseRefusal,
  type CaseStatus,
} from '../../../../shared/contracts/cases';

/**
 * The NEET case workflow as pure functions: no I/O, no clock. The service loads the facts, asks these
 * rules, and writes what they answer together with one action row and one audit entry.
 */

/** Who is acting: id, role and scope of the signed-in user. */
export interface CaseUser {
  id: number;
  role: Role;
  scope: Scope;
}

/** The parts of a case the rules look at. */
export interface CaseFacts {
  status: CaseStatus;
  centreId: number;
  regionCode: string;
  caseWorkerId: number;
  openedOn: string;
  followUp3mDue: string | null;
  followUp6mDue: string | null;
  /** Steps done / still planned. */
  doneSteps: number;
  plannedSteps: number;
  /**
   * The young person withdrew consent: nothing more is processed about them, so every action is
   * refused except closing a case that has no outcome yet.
   */
  youthConsentWithdrawn?: boolean;
}

/** What a refusal says: the reason and, for a date, the field it is about. */
export interface Refusal {
  code: CaseRefusal;
  field?: string;
}

/** The answer of a rule: the status the case moves to, or why not. */
export type Decision = { ok: true; to: CaseStatus } | { ok: false; refusal: Refusal };

/** A follow-up that found the outcome did not hold either goes back to work or closes the case. */
export type NotHeldNext = 'continue' | 'close';

/** An action with the inputs its rule checks. */
export type CaseCommand =
  | { action: 'add_step'; dueOn: string }
  | { action: 'update_step'; stepStatus: 'planned' | 'done' | 'cancelled'; dueOn: string }
  | { action: 'complete_step'; stepStatus: 'planned' | 'done' | 'cancelled'; doneOn: string }
  | { action: 'cancel_step'; stepStatus: 'planned' | 'done' | 'cancelled' }
  | { action: 'record_outcome'; outcome: Exclude<CaseOutcome, 'none'>; outcomeOn: string }
  | { action: 'follow_up_3m' | 'follow_up_6m'; held: boolean; checkedOn: string; ifNotHeld?: NotHeldNext }
  | { action: 'close'; closedOn: string }
  | { action: 'reopen'; youthHasOtherActiveCase: boolean; youthConsentInForce: boolean }
  | { action: 'reassign' };

/** The statuses each action may start from: the transition table. */
export const FROM_STATUSES: Record<Exclude<CaseAction, 'open'>, readonly CaseStatus[]> = {
  add_step: ['open', 'in_progress'],
  update_step: ['in_progress'],
  complete_step: ['in_progress'],
  cancel_step: ['in_progress'],
  record_outcome: ['in_progress'],
  follow_up_3m: ['outcome_recorded'],
  follow_up_6m: ['follow_up_3m_confirmed'],
  close: ['open', 'in_progress'],
  reopen: ['closed_not_held', 'closed_no_outcome'],
  reassign: ACTIVE_CASE_STATUSES,
};

/** Whether a case is still being worked on. */
export const isActive = (status: CaseStatus) =>
  (ACTIVE_CASE_STATUSES as readonly CaseStatus[]).includes(status);

/** Whether the user may read cases of this centre and region (the youth registry's scope). */
export function canRead(user: CaseUser, c: { centreId: number; regionCode: string }): boolean {
  switch (user.scope.kind) {
    case 'country':
      return user.role === 'national' || user.role === 'admin';
    case 'region':
      return user.scope.regionCode === c.regionCode;
    case 'centre':
      return user.scope.centreId === c.centreId;
    default:
      return false;
  }
}

const isCentreManager = (user: CaseUser, centreId: number) =>
  user.role === 'center_manager' && user.scope.kind === 'centre' && user.scope.centreId === centreId;

/**
 * Whether the user may act on the case at all: its case worker, the manager of its centre, or an admin.
 * Other specialists of the centre, regional and national users only read.
 */
export function canAct(user: CaseUser, c: Pick<CaseFacts, 'centreId' | 'caseWorkerId'>): boolean {
  if (user.role === 'admin') return true;
  if (isCentreManager(user, c.centreId)) return true;
  return (
    user.role === 'specialist' &&
    user.id === c.caseWorkerId &&
    user.scope.kind === 'centre' &&
    user.scope.centreId === c.centreId
  );
}

/** Reassigning the case worker is the centre manager's (or an admin's) decision. */
export const canReassign = (user: CaseUser, c: Pick<CaseFacts, 'centreId'>) =>
  user.role === 'admin' || isCentreManager(user, c.centreId);

/** Whether the user may open cases for young people of this centre (its specialists and manager). */
export const canOpenAt = (user: CaseUser, centreId: number) =>
  (user.role === 'specialist' || user.role === 'center_manager') &&
  user.scope.kind === 'centre' &&
  user.scope.centreId === centreId;

/** Whether someone may be a case worker at this centre. */
export const canBeCaseWorker = (
  worker: { role: Role; centreId: number | null; isActive: boolean },
  centreId: number,
) =>
  worker.isActive &&
  (worker.role === 'specialist' || worker.role === 'center_manager') &&
  worker.centreId === centreId;

const refuse = (code: CaseRefusal, field?: string): Decision => ({
  ok: false,
  refusal: field ? { code, field } : { code },
});

/** A date entered for something that happened: not after today, not before the case was opened. */
function pastDate(date: string, field: string, openedOn: string, today: string): Refusal | undefined {
  if (date > today) return { code: 'date_in_future', field };
  if (date < openedOn) return { code: 'date_before_opened', field };
  return undefined;
}

/** Opening a case: the young person must be NEET with consent in force and have no active case. */
export function decideOpen(
  user: CaseUser,
  youth: { centreId: number; status: string; consentInForce: boolean; hasActiveCase: boolean },
  openedOn: string,
  today: string,
): Decision {
  if (!canOpenAt(user, youth.centreId)) return refuse('case_not_allowed');
  if (!youth.consentInForce) return refuse('youth_no_consent');
  if (youth.status !== 'neet') return refuse('youth_not_neet');
  if (youth.hasActiveCase) return refuse('case_already_open');
  if (openedOn > today) return refuse('date_in_future', 'openedOn');
  return { ok: true, to: 'open' };
}

/** The one transition function: may this user do this to this case today, and where does it go. */
export function decide(c: CaseFacts, command: CaseCommand, user: CaseUser, today: string): Decision {
  const { action } = command;
  const allowed = action === 'reassign' ? canReassign(user, c) : canAct(user, c);
  if (!allowed) return refuse('case_not_allowed');
  if (!FROM_STATUSES[action].includes(c.status)) return refuse('case_wrong_status');
  if (c.youthConsentWithdrawn && action !== 'close') return refuse('youth_no_consent');
  switch (command.action) {
    case 'add_step': {
      if (command.dueOn < c.openedOn) return refuse('date_before_opened', 'dueOn');
      return { ok: true, to: 'in_progress' };
    }
    case 'update_step': {
      if (command.stepStatus !== 'planned') return refuse('step_not_planned');
      if (command.dueOn < c.openedOn) return refuse('date_before_opened', 'dueOn');
      return { ok: true, to: c.status };
    }
    case 'complete_step': {
      if (command.stepStatus !== 'planned') return refuse('step_not_planned');
      const bad = pastDate(command.doneOn, 'doneOn', c.openedOn, today);
      return bad ? { ok: false, refusal: bad } : { ok: true, to: c.status };
    }
    case 'cancel_step':
      if (command.stepStatus !== 'planned') return refuse('step_not_planned');
      return { ok: true, to: c.status };
    case 'record_outcome': {
      if (c.doneSteps < 1) return refuse('case_no_done_step');
      const bad = pastDate(command.outcomeOn, 'outcomeOn', c.openedOn, today);
      return bad ? { ok: false, refusal: bad } : { ok: true, to: 'outcome_recorded' };
    }
    case 'follow_up_3m':
    case 'follow_up_6m': {
      const due = command.action === 'follow_up_3m' ? c.followUp3mDue : c.followUp6mDue;
      if (!due || today < due) return refuse('follow_up_not_due');
      if (command.checkedOn > today) return refuse('date_in_future', 'checkedOn');
      if (command.checkedOn < due) return refuse('follow_up_not_due', 'checkedOn');
      if (command.held)
        return {
          ok: true,
          to: command.action === 'follow_up_3m' ? 'follow_up_3m_confirmed' : 'closed_confirmed',
        };
      return { ok: true, to: command.ifNotHeld === 'continue' ? 'in_progress' : 'closed_not_held' };
    }
    case 'close': {
      const bad = pastDate(command.closedOn, 'closedOn', c.openedOn, today);
      return bad ? { ok: false, refusal: bad } : { ok: true, to: 'closed_no_outcome' };
    }
    case 'reopen':
      if (!command.youthConsentInForce) return refuse('youth_no_consent');
      if (command.youthHasOtherActiveCase) return refuse('case_already_open');
      return { ok: true, to: 'in_progress' };
    case 'reassign':
      return { ok: true, to: c.status };
  }
}

/**
 * The case-level actions the rules would allow this user today, so a screen offers nothing that is
 * refused. Inputs are assumed valid (a follow-up checked today, an outcome dated today).
 */
export function availableActions(
  c: CaseFacts,
  user: CaseUser,
  today: string,
  youth: { hasOtherActiveCase: boolean; consentInForce: boolean } = {
    hasOtherActiveCase: false,
    consentInForce: true,
  },
): CaseLevelAction[] {
  const probe: Record<CaseLevelAction, CaseCommand> = {
    add_step: { action: 'add_step', dueOn: c.openedOn > today ? c.openedOn : today },
    record_outcome: { action: 'record_outcome', outcome: 'employed', outcomeOn: today },
    follow_up_3m: { action: 'follow_up_3m', held: true, checkedOn: today },
    follow_up_6m: { action: 'follow_up_6m', held: true, checkedOn: today },
    close: { action: 'close', closedOn: today },
    reopen: {
      action: 'reopen',
      youthHasOtherActiveCase: youth.hasOtherActiveCase,
      youthConsentInForce: youth.consentInForce,
    },
    reassign: { action: 'reassign' },
  };
  return CASE_LEVEL_ACTIONS.filter((a) => decide(c, probe[a], user, today).ok);
}

/** Whether this user may complete, edit or cancel a planned step of the case today. */
export const canWorkOnSteps = (c: CaseFacts, user: CaseUser) =>
  canAct(user, c) && FROM_STATUSES.complete_step.includes(c.status) && !c.youthConsentWithdrawn;

/** `yyyy-mm-dd` plus whole calendar months, clamped to the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The follow-up due dates of an outcome: three and six months after it. */
export const followUpDates = (outcomeOn: string) => ({
  followUp3mDue: addMonths(outcomeOn, 3),
  followUp6mDue: addMonths(outcomeOn, 6),
});
