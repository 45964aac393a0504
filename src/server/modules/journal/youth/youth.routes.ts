import { idParamSchema } from '../../../../shared/contracts/common';
import {
  newYouthSchema,
  youthCreatedSchema,
  youthListQuerySchema,
  youthMergeSchema,
  youthPageSchema,
  youthProgrammesSchema,
  youthSchema,
  youthUpdateSchema,
} from '../../../../shared/contracts/youth';
import { actorOf } from '../../../platform/audit/audit';
import { notFound } from '../../../platform/http/app-error';
import type { App, AppDeps } from '../../../platform/http/types';
import { findYouthInScope, listYouth } from './youth.repository';
import { createYouth, mergeYouth, updateYouth, withdrawYouthConsent, youthProgrammes } from './youth.service';

const tags = ['youth registry'];
/** Staff who work with young people's records; partners never see them. */
export const YOUTH_ROLES = ['specialist', 'center_manager', 'regional', 'national', 'admin'] as const;

/** The youth registry: register with consent, find, read, edit, merge, programmes, withdraw consent. */
export function youthRoutes(app: App, { db }: AppDeps) {
  const read = async (scope: Parameters<typeof findYouthInScope>[1], id: number) => {
    const found = await findYouthInScope(db, scope, id);
    if (!found) throw notFound();
    return found;
  };

  app.post(
    '/api/v1/youth',
    {
      config: { access: YOUTH_ROLES },
      schema: {
        tags,
        summary: 'Register a young person with their consent; warns on age, lists possible duplicates',
        body: newYouthSchema,
        response: { 201: youthCreatedSchema },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const created = await createYouth(db, user.scope, request.body, actorOf(user, request.id), user.id);
      const youth = await read(user.scope, created.id);
      return reply
        .status(201)
        .send({ youth, warnings: created.warnings, possibleDuplicates: created.possibleDuplicates });
    },
  );

  app.get(
    '/api/v1/youth',
    {
      config: { access: YOUTH_ROLES },
      schema: {
        tags,
        summary: 'Young people in scope whose consent is in force: search by name, status, centre',
        querystring: youthListQuerySchema,
        response: { 200: youthPageSchema },
      },
    },
    async (request) => listYouth(db, request.user!.scope, request.query),
  );

  app.get(
    '/api/v1/youth/:id',
    {
      config: { access: YOUTH_ROLES },
      schema: {
        tags,
        summary: 'One young person; after consent withdrawal only that fact, no personal data',
        params: idParamSchema,
        response: { 200: youthSchema },
      },
    },
    async (request) => read(request.user!.scope, request.params.id),
  );

  app.post(
    '/api/v1/youth/:id/consent/withdraw',
    {
      config: { access: YOUTH_ROLES },
      schema: {
        tags,
        summary: 'Withdraw consent: names, contacts and IIN are erased and the person leaves every list',
        params: idParamSchema,
        response: { 200: youthSchema },
      },
    },
    async (request) => {
      const user = request.user!;
      await withdrawYouthConsent(db, user.scope, request.params.id, actorOf(user, request.id), user.id);
      return read(user.scope, request.params.id);
    },
  );

  app.put(
    '/api/v1/youth/:id',
    {
      config: { access: YOUTH_ROLES },
      schema: {
        tags,
        summary: 'Edit a young person with the checks of registration; not after consent withdrawal or merge',
        params: idParamSchema,
        body: youthUpdateSchema,
        response: { 200: youthCreatedSchema },
      },
    },
    async (request) => {
      const user = request.user!;
      const { id } = request.params;
      const saved = await updateYouth(db, user.scope, id, request.body, actorOf(user, request.id));
      return {
        youth: await read(user.scope, id),
        warnings: saved.warnings,
        possibleDuplicates: saved.possibleDuplicates,
      };
    },
  );

  app.post(
    '/api/v1/youth/:id/merge',
    {
      config: { access: YOUTH_ROLES },
      schema: {
        tags,
        summary:
          'Merge this duplicate into another record: every reference moves there, this one is marked merged',
        params: idParamSchema,
        body: youthMergeSchema,
        response: { 200: youthSchema },
      },
    },
    async (request) => {
      const user = request.user!;
      const { intoId } = request.body;
      await mergeYouth(db, user.scope, request.params.id, intoId, actorOf(user, request.id));
      return read(user.scope, intoId);
    },
  );

  app.get(
    '/api/v1/youth/:id/programmes',
    {
      config: { access: YOUTH_ROLES },
      schema: {
        tags,
        summary: 'State programmes the person fits this year, and those they were told about or referred to',
        params: idParamSchema,
        response: { 200: youthProgrammesSchema },
      },
    },
    async (request) => youthProgrammes(db, request.user!.scope, request.params.id),
  );
}
