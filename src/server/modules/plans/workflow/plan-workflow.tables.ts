import { bigint, bigserial, boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { ROLES } from '../../../../shared/constants/roles';
import { PLAN_STATUSES } from '../../../../shared/contracts/plan-content';
import { PLAN_ACTIONS } from '../../../../shared/contracts/plan-review';
import { users } from '../../../platform/auth/auth.tables';
import { plans } from '../plans/plans.tables';

/*
 * The review trail of a plan and the comments on it.
 *
 * - `plan_actions` is append-only (never updated or deleted): each row is one transition the rules
 *   allowed, with the version it acted on, the status before and after, who (and in which role, as
 *   roles may change later), when and why. The last row's `to_status` is the plan's status.
 * - `plan_comments` belong to the version they were written on; `item_id` names one item of that
 *   version's content (null: the whole plan). Comments written with a return carry its `action_id`.
 */
export const planActions = pgTable(
  'plan_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    version: integer('version').notNull(),
    action: text('action', { enum: PLAN_ACTIONS }).notNull(),
    fromStatus: text('from_status', { enum: PLAN_STATUSES }).notNull(),
    toStatus: text('to_status', { enum: PLAN_STATUSES }).notNull(),
    actorId: integer('actor_id')
      .notNull()
      .references(() => users.id),
    actorRole: text('actor_role', { enum: ROLES }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    comment: text('comment'),
  },
  (t) => [index('plan_actions_plan_idx').on(t.planId, t.id)],
);

export const planComments = pgTable(
  'plan_comments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    version: integer('version').notNull(),
    itemId: text('item_id'),
    actionId: bigint('action_id', { mode: 'number' }).references(() => planActions.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    authorRole: text('author_role', { enum: ROLES }).notNull(),
    text: text('text').notNull(),
    resolved: boolean('resolved').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_comments_plan_idx').on(t.planId, t.id)],
);
