import { idParamSchema } from '../../../../shared/contracts/common';
import {
  newPlanSchema,
  planContentUpdateSchema,
  planDetailSchema,
  planListQuerySchema,
  planPageSchema,
  planVersionParamsSchema,
  planVersionSchema,
} from '../../../../shared/contracts/plans';
import { actorOf } from '../../../platform/audit/audit';
import { STAFF_ROLES } from '../../../platform/auth/access';
import { notFound } from '../../../platform/http/app-error';
import type { App, AppDeps } from '../../../platform/http/types';
import { listPlans } from './plans.repository';
import { generatePlan, readPlan, readPlanVersionInScope, updatePlanContent } from './plans.service';

const tags = ['plans'];
/** Who may generate and edit plans (the service then keeps a manager to their own centre). */
const PLAN_AUTHORS = ['center_manager', 'admin'] as const;

/** Centres' annual development plans: generate, list, read, edit the current content. */
export function planRoutes(app: App, { db }: AppDeps) {
  const detail = async (user: Parameters<typeof readPlan>[1], id: number) => {
    const found = await readPlan(db, user, id);
    if (!found) throw notFound();
    return found;
  };

  app.get(
    '/api/v1/plans',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'Plans in scope, filtered by status, year, region or centre (newest year first)',
        querystring: planListQuerySchema,
        response: { 200: planPageSchema },
      },
    },
    (request) => listPlans(db, request.user!.scope, request.query),
  );

  app.post(
    '/api/v1/plans',
    {
      config: { access: PLAN_AUTHORS },
      schema: {
        tags,
        summary: "Generate a centre's draft plan for a year from its needs profile, journal and staff",
        body: newPlanSchema,
        response: { 201: planDetailSchema },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const id = await generatePlan(db, user, request.body, actorOf(user, request.id));
      return reply.status(201).send(await detail(user, id));
    },
  );

  app.get(
    '/api/v1/plans/:id',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'A plan with its current content and whether the caller may edit it',
        params: idParamSchema,
        response: { 200: planDetailSchema },
      },
    },
    (request) => detail(request.user!, request.params.id),
  );

  app.put(
    '/api/v1/plans/:id/content',
    {
      config: { access: PLAN_AUTHORS },
      schema: {
        tags,
        summary: 'Replace the current content of a draft or returned plan, at the revision read',
        params: idParamSchema,
        body: planContentUpdateSchema,
        response: { 200: planDetailSchema },
      },
    },
    async (request) => {
      const user = request.user!;
      await updatePlanContent(db, user, request.params.id, request.body, actorOf(user, request.id));
      return detail(user, request.params.id);
    },
  );

  app.get(
    '/api/v1/plans/:id/versions/:version',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'One stored version of a plan',
        params: planVersionParamsSchema,
        response: { 200: planVersionSchema },
      },
    },
    async (request) => {
      const found = await readPlanVersionInScope(
        db,
        request.user!,
        request.params.id,
        request.params.version,
      );
      if (!found) throw notFound();
      return found;
    },
  );
}
