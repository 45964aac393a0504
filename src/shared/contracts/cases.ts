import { z } from 'zod';
import { isoDateSchema, optional, pageOf, pagingQuerySchema } from './common';

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

/** The actions a case screen may offer on the case as a whole (step actions go with `canWorkOnSteps`). */
export const CASE_LEVEL_ACTIONS = [
  'add_step',
  'record_outcome',
  'follow_up_3m',
  'follow_up_6m',
  'close',
  'reopen',
  'reassign',
] as const satisfies readonly CaseAction[];
export type CaseLevelAction = (typeof CASE_LEVEL_ACTIONS)[number];

/** Why a case is near the top of a caseload: a step past its due date, or a follow-up that is due. */
export const CASE_ATTENTION = ['overdue_steps', 'follow_up_due'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
/** Every change names the version it was made on; a stale one answers 409 `conflict`. */
const version = z.number().int().positive();
const boolParam = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());

/** Opening a case; the case worker defaults to the caller, the date to today. */
export const newCaseSchema = z
  .object({
    youthId: z.number().int().positive(),
    caseWorkerId: optional(z.coerce.number().int().positive()),
    goal: optional(z.string().trim().max(1000)),
    openedOn: optional(isoDateSchema),
  })
  .meta({ id: 'NewCase' });
export type NewCase = z.infer<typeof newCaseSchema>;

export const newCaseStepSchema = z
  .object({
    version,
    kind: z.enum(STEP_KINDS),
    description: text(1000),
    programmeId: optional(z.coerce.number().int().positive()),
    dueOn: isoDateSchema,
  })
  .refine((s) => s.kind !== 'programme_referral' || !!s.programmeId, {
    path: ['programmeId'],
    params: { code: 'required' },
  })
  .meta({ id: 'NewCaseStep' });
export type NewCaseStep = z.infer<typeof newCaseStepSchema>;

export const caseStepChangesSchema = z
  .object({
    version,
    description: text(1000),
    programmeId: optional(z.coerce.number().int().positive()),
    dueOn: isoDateSchema,
  })
  .meta({ id: 'CaseStepChanges' });
export type CaseStepChanges = z.infer<typeof caseStepChangesSchema>;

export const completeCaseStepSchema = z
  .object({ version, doneOn: isoDateSchema, result: text(2000) })
  .meta({ id: 'CompleteCaseStep' });
export type CompleteCaseStep = z.infer<typeof completeCaseStepSchema>;

export const caseCommentSchema = z
  .object({ version, comment: optional(z.string().trim().max(2000)) })
  .meta({ id: 'CaseComment' });
export type CaseComment = z.infer<typeof caseCommentSchema>;

export const caseOutcomeSchema = z
  .object({
    version,
    outcome: z.enum(POSITIVE_OUTCOMES),
    outcomeOn: isoDateSchema,
    note: optional(z.string().trim().max(2000)),
  })
  .meta({ id: 'CaseOutcome' });
export type CaseOutcomeRecord = z.infer<typeof caseOutcomeSchema>;

/** A follow-up check at 3 or 6 months; when the outcome did not hold, say whether work goes on. */
export const caseFollowUpSchema = z
  .object({
    version,
    stage: z.enum(['3m', '6m']),
    held: z.boolean(),
    checkedOn: isoDateSchema,
    ifNotHeld: optional(z.enum(['continue', 'close'])),
    comment: optional(z.string().trim().max(2000)),
  })
  .refine((f) => f.held || !!f.ifNotHeld, { path: ['ifNotHeld'], params: { code: 'required' } })
  .meta({ id: 'CaseFollowUp' });
export type CaseFollowUp = z.infer<typeof caseFollowUpSchema>;

export const caseCloseSchema = z
  .object({
    version,
    reason: z.enum(CLOSE_REASONS),
    closedOn: isoDateSchema,
    comment: optional(z.string().trim().max(2000)),
  })
  .refine((c) => c.reason !== 'other' || !!c.comment, { path: ['comment'], params: { code: 'required' } })
  .meta({ id: 'CaseClose' });
export type CaseClose = z.infer<typeof caseCloseSchema>;

export const caseReassignSchema = z
  .object({
    version,
    caseWorkerId: z.number().int().positive(),
    comment: optional(z.string().trim().max(2000)),
  })
  .meta({ id: 'CaseReassign' });
export type CaseReassign = z.infer<typeof caseReassignSchema>;

export const caseStepParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  stepId: z.coerce.number().int().positive(),
});

/** The caseload: `active` (default) or `closed` or one status; `mine` = cases where I am the case worker. */
export const caseListQuerySchema = pagingQuerySchema.extend({
  status: z.enum(['active', 'closed', 'all', ...CASE_STATUSES]).default('active'),
  mine: boolParam.default(false),
  overdue: boolParam.default(false),
  caseWorkerId: optional(z.coerce.number().int().positive()),
  centreId: optional(z.coerce.number().int().positive()),
  regionCode: optional(z.string().trim().max(2)),
  youthId: optional(z.coerce.number().int().positive()),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseWorkersQuerySchema = z.object({ centreId: optional(z.coerce.number().int().positive()) });

const personName = z.object({
  lastName: z.string().nullable(),
  firstName: z.string().nullable(),
  middleName: z.string().nullable(),
});

/** One line of a caseload. */
export const caseSummarySchema = z
  .object({
    id: z.number().int(),
    youthId: z.number().int(),
    /** Null after the young person withdrew consent. */
    youth: personName,
    centreId: z.number().int(),
    centreName: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
    regionCode: z.string(),
    caseWorker: z.object({ id: z.number().int(), fullName: z.string() }),
    status: z.enum(CASE_STATUSES),
    openedOn: z.string(),
    outcome: z.enum(CASE_OUTCOMES).nullable(),
    outcomeOn: z.string().nullable(),
    /** Planned steps past their due date (active cases only). */
    overdueSteps: z.number().int(),
    /** The earliest due date of a planned step. */
    nextStepDue: z.string().nullable(),
    /** The follow-up the case waits for and its due date. */
    nextFollowUpDue: z.string().nullable(),
    attention: z.enum(CASE_ATTENTION).nullable(),
    closedOn: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CaseSummary' });
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const casePageSchema = pageOf(caseSummarySchema).meta({ id: 'CasePage' });

export const caseStepSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(STEP_KINDS),
    description: z.string(),
    programme: z
      .object({ id: z.number().int(), name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }) })
      .nullable(),
    dueOn: z.string(),
    status: z.enum(STEP_STATUSES),
    result: z.string().nullable(),
    doneOn: z.string().nullable(),
    overdue: z.boolean(),
  })
  .meta({ id: 'CaseStep' });
export type CaseStep = z.infer<typeof caseStepSchema>;

export const caseTimelineEntrySchema = z
  .object({
    id: z.number().int(),
    action: z.enum(CASE_ACTIONS),
    fromStatus: z.enum(CASE_STATUSES).nullable(),
    toStatus: z.enum(CASE_STATUSES),
    user: z.object({ id: z.number().int(), fullName: z.string() }),
    at: z.string(),
    comment: z.string().nullable(),
    payload: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'CaseTimelineEntry' });
export type CaseTimelineEntry = z.infer<typeof caseTimelineEntrySchema>;

/** A case with its steps, its timeline (oldest first) and what the caller may do with it today. */
export const caseDetailSchema = caseSummarySchema
  .extend({
    goal: z.string().nullable(),
    outcomeNote: z.string().nullable(),
    followUp3mDue: z.string().nullable(),
    followUp3mCheckedOn: z.string().nullable(),
    followUp3mHeld: z.boolean().nullable(),
    followUp6mDue: z.string().nullable(),
    followUp6mCheckedOn: z.string().nullable(),
    followUp6mHeld: z.boolean().nullable(),
    closeReason: z.enum(CLOSE_REASONS).nullable(),
    steps: z.array(caseStepSchema),
    timeline: z.array(caseTimelineEntrySchema),
    availableActions: z.array(z.enum(CASE_LEVEL_ACTIONS)),
    canWorkOnSteps: z.boolean(),
  })
  .meta({ id: 'CaseDetail' });
export type CaseDetail = z.infer<typeof caseDetailSchema>;

/** What the case forms choose from: the centre's possible case workers and the state programmes. */
export const caseOptionsSchema = z
  .object({
    caseWorkers: z.array(z.object({ id: z.number().int(), fullName: z.string(), role: z.string() })),
    programmes: z.array(
      z.object({ id: z.number().int(), name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }) }),
    ),
  })
  .meta({ id: 'CaseOptions' });
export type CaseOptions = z.infer<typeof caseOptionsSchema>;
