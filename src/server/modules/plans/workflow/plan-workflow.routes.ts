import { idParamSchema } from '../../../../shared/contracts/common';
import {
  newPlanCommentSchema,
  planActionParamsSchema,
  planActionRequestSchema,
  planCommentParamsSchema,
  planCommentResolutionSchema,
  planDiffQuerySchema,
  planDiffSchema,
  planReviewSchema,
  reviewQueueQuerySchema,
  reviewQueueSchema,
} from '../../../../shared/contracts/plan-review';
import { actorOf } from '../../../platform/audit/audit';
import { STAFF_ROLES } from '../../../platform/auth/access';
import type { App, AppDeps } from '../../../platform/http/types';
import {
  actOnPlan,
  addComment,
  diffVersions,
  readReview,
  resolveComment,
  reviewQueue,
} from './plan-workflow.service';

const tags = ['Plan review'];
/** Who takes part in review (the rules then decide per plan); admins and specialists only read. */
const REVIEW_ACTORS = ['center_manager', 'regional', 'national'] as const;

/** Plan review: queues, the review side of a plan, workflow steps, comments and version diffs. */
export function planWorkflowRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/plans/review-queue',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'Plans in scope of one status, or (without a status) those waiting for the caller',
        querystring: reviewQueueQuerySchema,
        response: { 200: reviewQueueSchema },
      },
    },
    async (request) => reviewQueue(db, request.user!, request.query.status),
  );

  app.get(
    '/api/v1/plans/:id/review',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: "A plan's status, review trail, comments and the steps the caller may take",
        params: idParamSchema,
        response: { 200: planReviewSchema },
      },
    },
    async (request) => readReview(db, request.user!, request.params.id),
  );

  app.post(
    '/api/v1/plans/:id/actions/:action',
    {
      config: { access: REVIEW_ACTORS },
      schema: {
        tags,
        summary:
          'Take a review step (submit, take_regional, forward_national, approve, return with a comment, amend)',
        params: planActionParamsSchema,
        body: planActionRequestSchema,
        response: { 200: planReviewSchema },
      },
    },
    async (request) => {
      const user = request.user!;
      const { id, action } = request.params;
      await actOnPlan(db, user, id, action, request.body, actorOf(user, request.id));
      return readReview(db, user, id);
    },
  );

  app.post(
    '/api/v1/plans/:id/comments',
    {
      config: { access: REVIEW_ACTORS },
      schema: {
        tags,
        summary: 'Comment on the whole plan or one item of its current version',
        params: idParamSchema,
        body: newPlanCommentSchema,
        response: { 201: planReviewSchema },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      await addComment(db, user, request.params.id, request.body, actorOf(user, request.id));
      return reply.status(201).send(await readReview(db, user, request.params.id));
    },
  );

  app.put(
    '/api/v1/plans/:id/comments/:commentId/resolution',
    {
      config: { access: ['center_manager'] },
      schema: {
        tags,
        summary: "Mark a reviewer's comment resolved or open again (the plan's manager, while amending)",
        params: planCommentParamsSchema,
        body: planCommentResolutionSchema,
        response: { 200: planReviewSchema },
      },
    },
    async (request) => {
      const user = request.user!;
      const { id, commentId } = request.params;
      await resolveComment(db, user, id, commentId, request.body, actorOf(user, request.id));
      return readReview(db, user, id);
    },
  );

  app.get(
    '/api/v1/plans/:id/diff',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'What changed between two versions of a plan, item by item',
        params: idParamSchema,
        querystring: planDiffQuerySchema,
        response: { 200: planDiffSchema },
      },
    },
    async (request) =>
      diffVersions(db, request.user!, request.params.id, request.query.from, request.query.to),
  );
}
