import { needsProfileSchema } from '../../../../shared/contracts/needs';
import {
  needsMethodologyQuerySchema,
  needsMethodologyRevisionListSchema,
  needsMethodologyRevisionSchema,
  needsMethodologySaveSchema,
  needsMethodologyYearListSchema,
  needsProfileQuerySchema,
  needsYearParamSchema,
} from '../../../../shared/contracts/needs-methodology';
import { COUNTRY_ROLES, STAFF_ROLES } from '../../../platform/auth/access';
import type { App, AppDeps } from '../../../platform/http/types';
import { listMethodologyYears, listRevisions, revisionOf } from './needs.repository';
import { needsProfileInScope, readMethodology, saveMethodology } from './needs.service';

const tags = ['needs'];

/**
 * Needs profiles and their methodology. Every staff role reads a profile within its scope (its own
 * centre, its region's centres, any centre) and reads the methodology; national users and admins
 * save a new revision of a year's methodology.
 */
export function needsRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/needs/profile',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: "A centre's needs profile for a year: scores per direction with their explanation",
        querystring: needsProfileQuerySchema,
        response: { 200: needsProfileSchema },
      },
    },
    (request) => needsProfileInScope(db, request.user!.scope, request.query.centreId, request.query.year),
  );

  app.get(
    '/api/v1/needs/methodology',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'The years that have a needs methodology, with their current revision',
        response: { 200: needsMethodologyYearListSchema },
      },
    },
    async () => ({ items: await listMethodologyYears(db) }),
  );

  app.get(
    '/api/v1/needs/methodology/:year',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: "A year's needs methodology: the current revision, or the one named",
        params: needsYearParamSchema,
        querystring: needsMethodologyQuerySchema,
        response: { 200: needsMethodologyRevisionSchema },
      },
    },
    (request) => readMethodology(db, request.params.year, request.query.revision),
  );

  app.get(
    '/api/v1/needs/methodology/:year/revisions',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: "Every revision of a year's needs methodology, newest first",
        params: needsYearParamSchema,
        response: { 200: needsMethodologyRevisionListSchema },
      },
    },
    async (request) => ({ items: (await listRevisions(db, request.params.year)).map(revisionOf) }),
  );

  app.put(
    '/api/v1/needs/methodology/:year',
    {
      config: { access: COUNTRY_ROLES },
      schema: {
        tags,
        summary: "Save a year's needs methodology as a new revision (earlier revisions are kept)",
        params: needsYearParamSchema,
        body: needsMethodologySaveSchema,
        response: { 200: needsMethodologyRevisionSchema },
      },
    },
    (request) =>
      saveMethodology(db, { user: request.user!, requestId: request.id }, request.params.year, request.body),
  );
}
