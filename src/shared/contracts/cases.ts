/**
 * NEET cases: a case worker accompanies a young person who is not in employment, education or
 * training along pathway steps to an outcome, and confirms at 3 and 6 months that it held.
 * The transitions are pure rules (`cases.rules.ts`); every change appends an action to the case's log.
 */

/** Where a case stands. The three `closed_*` statuses are final unless reopened. */
export const CASE_STATUSES = [
  'open',
  'in_progress',
  'outcome_recorded',
  'follow_up_3m_confirmed',
  'closed_confirmed',
  'closed_not_held',
  'closed_no_outcome',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which a case is still being worked on (at most one such case per young person). */
export const ACTIVE_CASE_STATUSES = [
  'open',
  'in_progress',
  'outcome_recorded',
  'follow_up_3m_confirmed',
] as const satisfies readonly CaseStatus[];

/** Outcomes a case ends with; `none` only for a case closed without an outcome. */
export const CASE_OUTCOMES = ['employed', 'studying', 'in_training', 'own_business', 'none'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
/** Outcomes that can be recorded and followed up. */
export const POSITIVE_OUTCOMES = ['employed', 'studying', 'in_training', 'own_business'] as const;

/** Kinds of pathway step. A `programme_referral` names a state programme. */
export const STEP_KINDS = [
  'consultation',
  'programme_referral',
  'training',
  'employer',
  'other_service',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STEP_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Why a case was closed without a (lasting) outcome. */
export const CLOSE_REASONS = ['refused', 'unreachable', 'moved_away', 'aged_out', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** Everything that can happen to a case; each is one row of the action log. */
export const CASE_ACTIONS = [
  'open',
  'add_step',
  'update_step',
  'complete_step',
  'cancel_step',
  'record_outcome',
  'follow_up_3m',
  'follow_up_6m',
  'close',
  'reopen',
  'reassign',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/**
 * Why the rules refuse an action. Error codes (`errors:code.<code>`) except the date reasons, which are
 * field errors (`errors:field.<code>`) on the date field.
 */
export const CASE_REFUSALS = [
  'case_not_allowed',
  'case_wrong_status',
  'youth_not_neet',
  'youth_no_consent',
  'case_already_open',
  'case_no_done_step',
  'follow_up_not_due',
  'step_not_planned',
  'date_in_future',
  'date_before_opened',
] as const;
export type CaseRefusal = (typeof CASE_REFUSALS)[number];
