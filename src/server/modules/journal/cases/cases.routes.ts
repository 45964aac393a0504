import type { z } from 'zod';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import {
  caseCloseSchema,
  caseCommentSchema,
  caseDetailSchema,
  caseFollowUpSchema,
  caseListQuerySchema,
  caseOptionsSchema,
  caseOutcomeSchema,
  casePageSchema,
  caseReassignSchema,
  caseStepChangesSchema,
  caseStepParamsSchema,
  caseWorkersQuerySchema,
  completeCaseStepSchema,
  newCaseSchema,
  newCaseStepSchema,
} from '../../../../shared/contracts/cases';
import { idParamSchema } from '../../../../shared/contracts/common';
import { todayInKazakhstan } from '../../../../shared/today';
import { actorOf } from '../../../platform/audit/audit';
import { notFound } from '../../../platform/http/app-error';
import type { App, AppDeps } from '../../../platform/http/types';
import { caseOptions, listCases } from './cases.repository';
import {
  addStep,
  cancelStep,
  closeCase,
  completeStep,
  confirmFollowUp,
  openCase,
  readCase,
  reassignCase,
  recordOutcome,
  reopenCase,
  updateStep,
} from './cases.service';

const tags = ['NEET cases'];
/** Staff who see NEET cases; which ones and what they may do is decided by scope and the case rules. */
export const CASE_ROLES = ['specialist', 'center_manager', 'regional', 'national', 'admin'] as const;
/** Staff who may change cases at all (the rules then decide per case). */
const CASE_ACTORS = ['specialist', 'center_manager', 'admin'] as const;

/** NEET cases: caseload, open, steps, outcome, follow-ups, close, reopen, reassign. */
export function casesRoutes(app: App, { db }: AppDeps) {
  const read = async (user: CurrentUser, id: number) => {
    const found = await readCase(db, user, id);
    if (!found) throw notFound();
    return found;
  };
  const detail = { 200: caseDetailSchema };

  app.get(
    '/api/v1/cases',
    {
      config: { access: CASE_ROLES },
      schema: {
        tags,
        summary: 'The caseload in scope: overdue steps first, then due follow-ups, then the rest',
        querystring: caseListQuerySchema,
        response: { 200: casePageSchema },
      },
    },
    async (request) =>
      listCases(db, request.user!.scope, request.user!.id, request.query, todayInKazakhstan()),
  );

  app.get(
    '/api/v1/cases/options',
    {
      config: { access: CASE_ROLES },
      schema: {
        tags,
        summary:
          'Case workers of a centre (own centre by default) and the state programmes a referral may name',
        querystring: caseWorkersQuerySchema,
        response: { 200: caseOptionsSchema },
      },
    },
    async (request) => caseOptions(db, request.user!.scope, request.query.centreId ?? null),
  );

  app.post(
    '/api/v1/cases',
    {
      config: { access: CASE_ACTORS },
      schema: {
        tags,
        summary: 'Open a case for a NEET young person with consent in force (one active case each)',
        body: newCaseSchema,
        response: { 201: caseDetailSchema },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const id = await openCase(db, user, request.body, actorOf(user, request.id));
      return reply.status(201).send(await read(user, id));
    },
  );

  app.get(
    '/api/v1/cases/:id',
    {
      config: { access: CASE_ROLES },
      schema: {
        tags,
        summary: 'One case with its steps, timeline and the actions the caller may take today',
        params: idParamSchema,
        response: detail,
      },
    },
    async (request) => read(request.user!, request.params.id),
  );

  const mutation = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (
      user: CurrentUser,
      params: { id: number; stepId?: number },
      body: z.infer<S>,
      requestId: string,
    ) => Promise<unknown>,
    params: z.ZodType<{ id: number; stepId?: number }> = idParamSchema,
  ) =>
    app.post(
      path,
      { config: { access: CASE_ACTORS }, schema: { tags, summary, params, body, response: detail } },
      async (request) => {
        const user = request.user!;
        const p = request.params as { id: number; stepId?: number };
        await run(user, p, request.body as z.infer<S>, request.id);
        return read(user, p.id);
      },
    );
  const actor = (user: CurrentUser, requestId: string) => actorOf(user, requestId);

  mutation('/api/v1/cases/:id/steps', 'Add a planned pathway step', newCaseStepSchema, (u, p, b, r) =>
    addStep(db, u, p.id, b, actor(u, r)),
  );
  mutation(
    '/api/v1/cases/:id/steps/:stepId',
    'Change a planned step',
    caseStepChangesSchema,
    (u, p, b, r) => updateStep(db, u, p.id, p.stepId!, b, actor(u, r)),
    caseStepParamsSchema,
  );
  mutation(
    '/api/v1/cases/:id/steps/:stepId/complete',
    'Mark a planned step done with its result',
    completeCaseStepSchema,
    (u, p, b, r) => completeStep(db, u, p.id, p.stepId!, b, actor(u, r)),
    caseStepParamsSchema,
  );
  mutation(
    '/api/v1/cases/:id/steps/:stepId/cancel',
    'Cancel a planned step',
    caseCommentSchema,
    (u, p, b, r) => cancelStep(db, u, p.id, p.stepId!, b, actor(u, r)),
    caseStepParamsSchema,
  );
  mutation(
    '/api/v1/cases/:id/outcome',
    'Record the outcome (needs a done step)',
    caseOutcomeSchema,
    (u, p, b, r) => recordOutcome(db, u, p.id, b, actor(u, r)),
  );
  mutation(
    '/api/v1/cases/:id/follow-ups',
    'Confirm the 3- or 6-month follow-up (held or not) on or after its due date',
    caseFollowUpSchema,
    (u, p, b, r) => confirmFollowUp(db, u, p.id, b, actor(u, r)),
  );
  mutation(
    '/api/v1/cases/:id/close',
    'Close a case without an outcome, with the reason',
    caseCloseSchema,
    (u, p, b, r) => closeCase(db, u, p.id, b, actor(u, r)),
  );
  mutation(
    '/api/v1/cases/:id/reopen',
    'Reopen a case closed without a lasting outcome',
    caseCommentSchema,
    (u, p, b, r) => reopenCase(db, u, p.id, b, actor(u, r)),
  );
  mutation(
    '/api/v1/cases/:id/reassign',
    'Hand the case to another case worker (centre manager)',
    caseReassignSchema,
    (u, p, b, r) => reassignCase(db, u, p.id, b, actor(u, r)),
  );
}
