import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  CASE_ACTIONS,
  CASE_OUTCOMES,
  CASE_STATUSES,
  CLOSE_REASONS,
  STEP_KINDS,
  STEP_STATUSES,
} from '../../../../shared/contracts/cases';
import { users } from '../../../platform/auth/auth.tables';
import { regions } from '../../reference/reference.tables';
import { centres } from '../../registry/registry.tables';
import { stateProgrammes } from '../programmes/programmes.tables';
import { youth } from '../youth/youth.tables';

/*
 * What a consistent NEET case looks like (the rules in cases.rules.ts keep it so; a bulk generator must too).
 *
 * - `centre_id`/`region_code` are the young person's registering centre and its region; the case worker is
 *   an active `specialist` or `center_manager` user of that centre. The young person had status `neet`
 *   and consent in force when the case was opened.
 * - At most one case per young person is active (status open, in_progress, outcome_recorded,
 *   follow_up_3m_confirmed): a partial unique index enforces it.
 * - `version` starts at 1 and grows by one with every action (optimistic concurrency).
 * - Dates: opened_on <= step done_on, outcome_on <= today; outcome_on >= opened_on;
 *   follow_up_3m_due = outcome_on + 3 months, follow_up_6m_due = outcome_on + 6 months (calendar months,
 *   clamped to the month's last day); a follow-up's checked_on >= its due date; closed_on >= opened_on.
 * - By status:
 *   open                    no step yet (or none added); outcome, follow-up and closing fields all null.
 *   in_progress             >= 1 step; outcome/follow-up/closing fields null.
 *   outcome_recorded        >= 1 step with status done; outcome in (employed, studying, in_training,
 *                           own_business), outcome_on and both due dates set; checks/held null; closed null.
 *   follow_up_3m_confirmed  as above plus follow_up_3m_checked_on set and follow_up_3m_held = true.
 *   closed_confirmed        as above plus follow_up_6m_checked_on set, follow_up_6m_held = true,
 *                           closed_on = follow_up_6m_checked_on, close_reason null.
 *   closed_not_held         outcome fields set; the failed follow-up has held = false and its checked_on =
 *                           closed_on (a 3-month failure leaves the 6-month check null); close_reason null.
 *   closed_no_outcome       outcome = 'none', outcome_on and due dates null, closed_on and close_reason set.
 *   A follow-up that finds the outcome did not hold may instead return the case to in_progress: the outcome,
 *   due dates and checks are then cleared (the action log keeps them).
 * - Steps: `done` has done_on and result; `planned` and `cancelled` have no done_on; a
 *   `programme_referral` has programme_id, other kinds have none.
 * - Actions (append-only, never updated or deleted): the first is `open` (from_status null, to_status open);
 *   each later action's from_status is the previous action's to_status and the last action's to_status is the
 *   case's status. Step actions carry `{ stepId }` in the payload; the first `add_step` of an open case moves
 *   it to in_progress. `record_outcome` carries `{ outcome, outcomeOn }`, `follow_up_3m`/`follow_up_6m`
 *   `{ held, checkedOn, ifNotHeld? }`, `close` `{ reason, closedOn }`, `reassign` `{ fromUserId, toUserId }`.
 */

/** NEET cases: one young person accompanied by one case worker towards an outcome that lasts. */
export const neetCases = pgTable(
  'neet_cases',
  {
    id: serial('id').primaryKey(),
    youthId: integer('youth_id')
      .notNull()
      .references(() => youth.id),
    centreId: integer('centre_id')
      .notNull()
      .references(() => centres.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    caseWorkerId: integer('case_worker_id')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: CASE_STATUSES }).notNull(),
    /** What the young person wants to reach, in the case worker's words. */
    goal: text('goal'),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    outcome: text('outcome', { enum: CASE_OUTCOMES }),
    outcomeOn: date('outcome_on', { mode: 'string' }),
    outcomeNote: text('outcome_note'),
    followUp3mDue: date('follow_up_3m_due', { mode: 'string' }),
    followUp3mCheckedOn: date('follow_up_3m_checked_on', { mode: 'string' }),
    followUp3mHeld: boolean('follow_up_3m_held'),
    followUp6mDue: date('follow_up_6m_due', { mode: 'string' }),
    followUp6mCheckedOn: date('follow_up_6m_checked_on', { mode: 'string' }),
    followUp6mHeld: boolean('follow_up_6m_held'),
    closedOn: date('closed_on', { mode: 'string' }),
    closeReason: text('close_reason', { enum: CLOSE_REASONS }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('neet_cases_one_active_uq')
      .on(t.youthId)
      .where(sql`${t.status} in ('open', 'in_progress', 'outcome_recorded', 'follow_up_3m_confirmed')`),
    index('neet_cases_youth_idx').on(t.youthId),
    index('neet_cases_centre_status_idx').on(t.centreId, t.status),
    index('neet_cases_worker_status_idx').on(t.caseWorkerId, t.status),
    index('neet_cases_region_status_idx').on(t.regionCode, t.status),
  ],
);

/** Pathway steps of a case: what was planned with the young person, by when, and what came of it. */
export const neetCaseSteps = pgTable(
  'neet_case_steps',
  {
    id: serial('id').primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => neetCases.id),
    kind: text('kind', { enum: STEP_KINDS }).notNull(),
    description: text('description').notNull(),
    programmeId: integer('programme_id').references(() => stateProgrammes.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: STEP_STATUSES }).notNull().default('planned'),
    result: text('result'),
    doneOn: date('done_on', { mode: 'string' }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('neet_case_steps_case_idx').on(t.caseId),
    index('neet_case_steps_planned_due_idx').on(t.dueOn).where(sql`${t.status} = 'planned'`),
  ],
);

/** The append-only log of everything done to a case: its timeline and its workflow trail. */
export const neetCaseActions = pgTable(
  'neet_case_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: integer('case_id')
      .notNull()
      .references(() => neetCases.id),
    action: text('action', { enum: CASE_ACTIONS }).notNull(),
    fromStatus: text('from_status', { enum: CASE_STATUSES }),
    toStatus: text('to_status', { enum: CASE_STATUSES }).notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    comment: text('comment'),
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('neet_case_actions_case_idx').on(t.caseId, t.id)],
);
