import { z } from 'zod';
import {
  newProgrammeSchema,
  programmeCodeParamSchema,
  programmeDetailSchema,
  programmeFieldsSchema,
  programmeSchema,
  programmesQuerySchema,
  programmeTermsFieldsSchema,
  programmeTermsParamSchema,
  programmeTermsSchema,
} from '../../../../shared/contracts/programmes';
import { COUNTRY_ROLES } from '../../../platform/auth/access';
import { notFound } from '../../../platform/http/app-error';
import type { App, AppDeps } from '../../../platform/http/types';
import { findProgramme, listProgrammes } from './programmes.repository';
import {
  createProgramme,
  saveProgrammeTerms,
  setProgrammeActive,
  updateProgramme,
} from './programmes.service';

const tags = ['state-programmes'];
const thisYear = () => new Date().getFullYear();

/** The state-programme catalogue: read by every signed-in user, maintained by national users and admins. */
export function programmeRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/state-programmes',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'All state programmes with the terms in force in a year (default: this year)',
        querystring: programmesQuerySchema,
        response: { 200: z.array(programmeSchema) },
      },
    },
    (request) => listProgrammes(db, request.query.year ?? thisYear()),
  );

  app.get(
    '/api/v1/state-programmes/:code',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'One state programme with its terms of every year',
        params: programmeCodeParamSchema,
        querystring: programmesQuerySchema,
        response: { 200: programmeDetailSchema },
      },
    },
    async (request) => {
      const programme = await findProgramme(db, request.params.code, request.query.year ?? thisYear());
      if (!programme) throw notFound();
      return programme;
    },
  );

  app.post(
    '/api/v1/state-programmes',
    {
      config: { access: COUNTRY_ROLES },
      schema: {
        tags,
        summary: 'Add a state programme',
        body: newProgrammeSchema,
        response: { 201: programmeDetailSchema },
      },
    },
    async (request, reply) => {
      const caller = { user: request.user!, requestId: request.id };
      return reply.status(201).send(await createProgramme(db, caller, request.body));
    },
  );

  app.put(
    '/api/v1/state-programmes/:code',
    {
      config: { access: COUNTRY_ROLES },
      schema: {
        tags,
        summary: 'Edit a state programme',
        params: programmeCodeParamSchema,
        body: programmeFieldsSchema,
        response: { 200: programmeDetailSchema },
      },
    },
    (request) =>
      updateProgramme(db, { user: request.user!, requestId: request.id }, request.params.code, request.body),
  );

  app.put(
    '/api/v1/state-programmes/:code/terms/:year',
    {
      config: { access: COUNTRY_ROLES },
      schema: {
        tags,
        summary: 'Set a state programme’s terms of one year (creates or replaces them)',
        params: programmeTermsParamSchema,
        body: programmeTermsFieldsSchema,
        response: { 200: programmeTermsSchema },
      },
    },
    (request) =>
      saveProgrammeTerms(
        db,
        { user: request.user!, requestId: request.id },
        request.params.code,
        request.params.year,
        request.body,
      ),
  );

  for (const action of ['deactivate', 'reactivate'] as const) {
    app.post(
      `/api/v1/state-programmes/:code/${action}`,
      {
        config: { access: COUNTRY_ROLES },
        schema: {
          tags,
          summary:
            action === 'deactivate' ? 'Deactivate a state programme (kept)' : 'Reactivate a state programme',
          params: programmeCodeParamSchema,
          response: { 200: programmeDetailSchema },
        },
      },
      (request) =>
        setProgrammeActive(
          db,
          { user: request.user!, requestId: request.id },
          request.params.code,
          action === 'reactivate',
        ),
    );
  }
}
