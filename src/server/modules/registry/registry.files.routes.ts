import {
  centresExportQuerySchema,
  fileFormatQuerySchema,
  importInvalidProblemSchema,
  importQuerySchema,
  importReportSchema,
  staffExportQuerySchema,
  uploadBodySchema,
} from '../../../shared/contracts/files';
import { COUNTRY_ROLES, REGISTRY_EDITORS, STAFF_ROLES } from '../../platform/auth/access';
import { readUploadedFile, sendFile, sendImportReport } from '../../platform/files';
import type { App, AppDeps } from '../../platform/http/types';
import { exportCentres, exportStaff } from './registry.export';
import { importCentres } from './registry.import-centres';
import { importStaff } from './registry.import-staff';
import { centresTemplate, staffTemplate } from './registry.templates';

const tags = ['registry'];
const importResponses = { 200: importReportSchema, 422: importInvalidProblemSchema };

/** Excel and CSV exports, import templates and imports of centres and staff. */
export function registryFileRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/centres/export',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Centres of the caller’s scope matching the list filters, as XLSX or CSV',
        querystring: centresExportQuerySchema,
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportCentres(db, request.user!.scope, request.locale, request.query)),
  );

  app.get(
    '/api/v1/staff/export',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'Staff of the caller’s scope matching the list filters, as XLSX or CSV',
        querystring: staffExportQuerySchema,
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportStaff(db, request.user!.scope, request.locale, request.query)),
  );

  app.get(
    '/api/v1/staff/import-template',
    {
      config: { access: REGISTRY_EDITORS },
      schema: {
        tags,
        summary: 'Staff import template: headers in the caller’s language and one example row',
        querystring: fileFormatQuerySchema,
      },
    },
    async (request, reply) =>
      sendFile(reply, await staffTemplate(db, request.user!.scope, request.query.format, request.locale)),
  );

  app.get(
    '/api/v1/centres/import-template',
    {
      config: { access: COUNTRY_ROLES },
      schema: {
        tags,
        summary: 'Centre import template: headers in the caller’s language and one example row',
        querystring: fileFormatQuerySchema,
      },
    },
    async (request, reply) => sendFile(reply, await centresTemplate(request.query.format, request.locale)),
  );

  app.post(
    '/api/v1/staff/import',
    {
      config: { access: REGISTRY_EDITORS },
      schema: {
        tags,
        summary: 'Import staff from XLSX or CSV (multipart, one file): dry run, or commit all rows or none',
        querystring: importQuerySchema,
        consumes: ['multipart/form-data'],
        body: uploadBodySchema,
        response: importResponses,
      },
    },
    async (request, reply) => {
      const { file } = await readUploadedFile(request);
      const caller = { user: request.user!, requestId: request.id };
      return sendImportReport(
        request,
        reply,
        await importStaff(db, caller, file, request.query.mode, request.locale),
      );
    },
  );

  app.post(
    '/api/v1/centres/import',
    {
      config: { access: COUNTRY_ROLES },
      schema: {
        tags,
        summary: 'Import centres from XLSX or CSV (multipart, one file): dry run, or commit all rows or none',
        querystring: importQuerySchema,
        consumes: ['multipart/form-data'],
        body: uploadBodySchema,
        response: importResponses,
      },
    },
    async (request, reply) => {
      const { file } = await readUploadedFile(request);
      const caller = { user: request.user!, requestId: request.id };
      return sendImportReport(
        request,
        reply,
        await importCentres(db, caller, file, request.query.mode, request.locale),
      );
    },
  );
}
