import { z } from 'zod';
import { PLAN_STATUSES, planItemIdSchema } from './plan-content';

/**
 * Review of a centre's annual plan: the workflow actions, their trail, comments on the plan or on
 * one item, the review queues and the diff between two versions.
 */

/** What a person may do to a plan in review (the pure rules in plan-workflow.rules.ts decide who and when). */
export const PLAN_ACTIONS = [
  'submit',
  'take_regional',
  'forward_national',
  'approve',
  'return',
  'amend',
] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** Why the rules refuse an action: the actor's role or scope (403), or the plan's status (409). */
export const PLAN_REFUSALS = ['plan_not_allowed', 'plan_wrong_status'] as const;
export type PlanRefusal = (typeof PLAN_REFUSALS)[number];

const commentText = z.string().trim().min(1).max(2000);

/** A comment attached to one item of the plan in the same request as an action (a return). */
export const planItemCommentInputSchema = z.object({ itemId: planItemIdSchema, text: commentText });

/** An action request: the revision the caller read, and why (required to return). */
export const planActionRequestSchema = z
  .object({
    revision: z.number().int().positive(),
    comment: commentText.nullish(),
    itemComments: z.array(planItemCommentInputSchema).max(50).optional(),
  })
  .meta({ id: 'PlanActionRequest' });
export type PlanActionRequest = z.infer<typeof planActionRequestSchema>;

export const planActionParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  action: z.enum(PLAN_ACTIONS),
});

/** A comment on the whole plan (`itemId` null) or on one item, of the version it was written on. */
export const newPlanCommentSchema = z
  .object({ itemId: planItemIdSchema.nullish(), text: commentText })
  .meta({ id: 'NewPlanComment' });
export type NewPlanComment = z.infer<typeof newPlanCommentSchema>;

const person = z.object({ id: z.number().int(), fullName: z.string() });

export const planCommentSchema = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    itemId: z.string().nullable(),
    author: person,
    authorRole: z.string(),
    text: z.string(),
    createdAt: z.string(),
    /** The action (a return) the comment was written with; null for a comment on its own. */
    actionId: z.number().int().nullable(),
    /** The centre has marked the reviewer's remark as dealt with. */
    resolved: z.boolean(),
    /** Whether the caller may mark it resolved (or open it again) now. */
    resolvable: z.boolean(),
  })
  .meta({ id: 'PlanComment' });
export type PlanCommentView = z.infer<typeof planCommentSchema>;

export const planCommentParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  commentId: z.coerce.number().int().positive(),
});

/** Marks a reviewer's comment resolved, or open again. */
export const planCommentResolutionSchema = z
  .object({ resolved: z.boolean() })
  .meta({ id: 'PlanCommentResolution' });
export type PlanCommentResolution = z.infer<typeof planCommentResolutionSchema>;

/** One step of the review trail: who did what, when, from which status to which, and why. */
export const planTrailEntrySchema = z
  .object({
    id: z.number().int(),
    action: z.enum(PLAN_ACTIONS),
    version: z.number().int(),
    fromStatus: z.enum(PLAN_STATUSES),
    toStatus: z.enum(PLAN_STATUSES),
    actor: person,
    actorRole: z.string(),
    at: z.string(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'PlanTrailEntry' });
export type PlanTrailEntry = z.infer<typeof planTrailEntrySchema>;

/** The kinds of plan items, as the keys of PlanContent. */
export const PLAN_ITEM_KINDS = ['priorities', 'goals', 'kpis', 'activities', 'budget'] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

/** The review side of one plan: where it stands, its trail (oldest first), comments and what the caller may do. */
export const planReviewSchema = z
  .object({
    planId: z.number().int(),
    status: z.enum(PLAN_STATUSES),
    revision: z.number().int(),
    currentVersion: z.number().int(),
    approvedVersion: z.number().int().nullable(),
    availableActions: z.array(z.enum(PLAN_ACTIONS)),
    canComment: z.boolean(),
    trail: z.array(planTrailEntrySchema),
    comments: z.array(planCommentSchema),
    /** The items of the current version a comment may attach to, with their names. */
    items: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(PLAN_ITEM_KINDS),
        label: z.object({ kk: z.string(), ru: z.string(), en: z.string() }).nullable(),
      }),
    ),
  })
  .meta({ id: 'PlanReview' });
export type PlanReview = z.infer<typeof planReviewSchema>;

export const reviewQueueQuerySchema = z.object({ status: z.enum(PLAN_STATUSES).optional() });

export const reviewQueueItemSchema = z
  .object({
    id: z.number().int(),
    centre: z.object({
      id: z.number().int(),
      name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
    }),
    regionCode: z.string(),
    year: z.number().int(),
    status: z.enum(PLAN_STATUSES),
    currentVersion: z.number().int(),
    updatedAt: z.string(),
    /** The caller is the one who must act on it next. */
    waitsForMe: z.boolean(),
  })
  .meta({ id: 'ReviewQueueItem' });
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;

export const reviewQueueSchema = z
  .object({ items: z.array(reviewQueueItemSchema) })
  .meta({ id: 'ReviewQueue' });
export type ReviewQueue = z.infer<typeof reviewQueueSchema>;

const label = z.object({ kk: z.string(), ru: z.string(), en: z.string() }).nullable();

/** One field that differs: texts compare per language (`title.kk`), other fields as whole values. */
export const planFieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type PlanFieldChange = z.infer<typeof planFieldChangeSchema>;

export const planDiffItemSchema = z.object({
  kind: z.enum(PLAN_ITEM_KINDS),
  id: z.string(),
  /** The item's name in its newest form (priority: its reason), so a reader knows which it is. */
  label,
  /** For an added or removed item: its fields; for a changed one: only what changed. */
  fields: z.array(planFieldChangeSchema),
});
export type PlanDiffItem = z.infer<typeof planDiffItemSchema>;

/** What changed from one version to another, matched by item id. */
export const planDiffSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    added: z.array(planDiffItemSchema),
    removed: z.array(planDiffItemSchema),
    changed: z.array(planDiffItemSchema),
  })
  .meta({ id: 'PlanDiff' });
export type PlanDiff = z.infer<typeof planDiffSchema>;

export const planDiffQuerySchema = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});
