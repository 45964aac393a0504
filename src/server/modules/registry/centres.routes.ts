import { z } from 'zod';
import type { Role } from '../../../shared/constants/roles';
import { idParamSchema, pageOf } from '../../../shared/contracts/common';
import {
  centreInputSchema,
  centreSchema,
  centresQuerySchema,
  historyEntrySchema,
  statusChangeSchema,
} from '../../../shared/contracts/registry';
import { REGISTRY_EDITORS, STAFF_ROLES } from '../../platform/auth/access';
import { notFound } from '../../platform/http/app-error';
import type { App, AppDeps } from '../../platform/http/types';
import { entityHistory } from '../audit';
import { findCentreInScope, listCentres } from './centres.repository';
import { createCentre, setCentreStatus, updateCentre } from './centres.service';

/** Who shapes the network: create, deactivate and reactivate centres. */
const NETWORK_EDITORS = ['national', 'admin', 'regional'] as const satisfies readonly Role[];
const tags = ['registry'];

export function centreRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/centres',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Centres in the caller’s scope: search, filters, sorting, paging',
        querystring: centresQuerySchema,
        response: { 200: pageOf(centreSchema) },
      },
    },
    async (request) => {
      const { query } = request;
      const page = await listCentres(db, request.user!.scope, query, { locale: request.locale });
      return { ...page, page: query.page, pageSize: query.pageSize };
    },
  );

  app.get(
    '/api/v1/centres/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'One centre', params: idParamSchema, response: { 200: centreSchema } },
    },
    async (request) => {
      const centre = await findCentreInScope(db, request.user!.scope, request.params.id);
      if (!centre) throw notFound();
      return centre;
    },
  );

  // Partners read the public directory but not who changed it: actors are staff e-mails.
  app.get(
    '/api/v1/centres/:id/history',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'Changes of a centre, newest first, from the audit trail',
        params: idParamSchema,
        response: { 200: z.array(historyEntrySchema) },
      },
    },
    async (request) => {
      if (!(await findCentreInScope(db, request.user!.scope, request.params.id))) throw notFound();
      return entityHistory(db, 'centre', request.params.id);
    },
  );

  app.post(
    '/api/v1/centres',
    {
      config: { access: NETWORK_EDITORS },
      schema: { tags, summary: 'Create a centre', body: centreInputSchema, response: { 201: centreSchema } },
    },
    async (request, reply) => {
      const centre = await createCentre(db, { user: request.user!, requestId: request.id }, request.body);
      return reply.status(201).send(centre);
    },
  );

  app.put(
    '/api/v1/centres/:id',
    {
      config: { access: REGISTRY_EDITORS },
      schema: {
        tags,
        summary: 'Edit a centre (a centre manager: contact fields only)',
        params: idParamSchema,
        body: centreInputSchema,
        response: { 200: centreSchema },
      },
    },
    (request) =>
      updateCentre(db, { user: request.user!, requestId: request.id }, request.params.id, request.body),
  );

  for (const [action, status] of [
    ['deactivate', 'inactive'],
    ['reactivate', 'active'],
  ] as const) {
    app.post(
      `/api/v1/centres/:id/${action}`,
      {
        config: { access: NETWORK_EDITORS },
        schema: {
          tags,
          summary:
            action === 'deactivate' ? 'Deactivate a centre (kept with its history)' : 'Reactivate a centre',
          params: idParamSchema,
          body: statusChangeSchema,
          response: { 200: centreSchema },
        },
      },
      (request) =>
        setCentreStatus(
          db,
          { user: request.user!, requestId: request.id },
          request.params.id,
          status,
          request.body.reason,
        ),
    );
  }
}
