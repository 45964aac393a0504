import type { Role } from '../../../../shared/constants/roles';
import {
  fileFormatQuerySchema,
  importInvalidProblemSchema,
  importQuerySchema,
  importReportSchema,
  uploadBodySchema,
} from '../../../../shared/contracts/files';
import {
  journalExportQuerySchema,
  youthImportReportSchema,
} from '../../../../shared/contracts/journal-files';
import { actorOf } from '../../../platform/audit/audit';
import { readUploadedFile, sendFile, sendImportReport } from '../../../platform/files';
import type { App, AppDeps } from '../../../platform/http/types';
import { importYouth, youthTemplate } from '../youth/youth.import';
import { exportJournal } from './records.export';
import { importJournal, journalTemplate } from './records.import';
import { RECORD_READERS } from './records.service';

const tags = ['journal'];

/** Who imports journals and youth lists: the centre's manager and everyone above; specialists record one by one. */
const FILE_IMPORTERS = ['national', 'regional', 'center_manager', 'admin'] as const satisfies readonly Role[];

/** Journal import and export, and the youth list import (XLSX or CSV). */
export function journalFileRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/journal/export',
    {
      config: { access: RECORD_READERS },
      schema: {
        tags,
        summary:
          'Journal of the caller’s scope matching the list filters, as XLSX or CSV (no confidential notes; audited)',
        querystring: journalExportQuerySchema,
      },
    },
    async (request, reply) => {
      const user = request.user!;
      return sendFile(
        reply,
        await exportJournal(db, user.scope, actorOf(user, request.id), request.locale, request.query),
      );
    },
  );

  app.get(
    '/api/v1/journal/import-template',
    {
      config: { access: FILE_IMPORTERS },
      schema: {
        tags,
        summary: 'Journal import template: headers in the caller’s language and example rows',
        querystring: fileFormatQuerySchema,
      },
    },
    async (request, reply) =>
      sendFile(reply, await journalTemplate(db, request.user!.scope, request.query.format, request.locale)),
  );

  app.post(
    '/api/v1/journal/import',
    {
      config: { access: FILE_IMPORTERS },
      schema: {
        tags,
        summary:
          'Import a historical journal from XLSX or CSV (multipart, one file): dry run, or commit all rows or none',
        querystring: importQuerySchema,
        consumes: ['multipart/form-data'],
        body: uploadBodySchema,
        response: { 200: importReportSchema, 422: importInvalidProblemSchema },
      },
    },
    async (request, reply) => {
      const { file } = await readUploadedFile(request);
      const caller = { user: request.user!, requestId: request.id };
      return sendImportReport(
        request,
        reply,
        await importJournal(db, caller, file, request.query.mode, request.locale),
      );
    },
  );

  app.get(
    '/api/v1/youth/import-template',
    {
      config: { access: FILE_IMPORTERS },
      schema: {
        tags: ['youth'],
        summary: 'Youth list import template: headers in the caller’s language and one example row',
        querystring: fileFormatQuerySchema,
      },
    },
    async (request, reply) =>
      sendFile(reply, await youthTemplate(db, request.user!.scope, request.query.format, request.locale)),
  );

  app.post(
    '/api/v1/youth/import',
    {
      config: { access: FILE_IMPORTERS },
      schema: {
        tags: ['youth'],
        summary:
          'Import young people from XLSX or CSV (multipart, one file; consent recorded on every row): dry run, or commit all rows or none',
        querystring: importQuerySchema,
        consumes: ['multipart/form-data'],
        body: uploadBodySchema,
        response: { 200: youthImportReportSchema, 422: importInvalidProblemSchema },
      },
    },
    async (request, reply) => {
      const { file } = await readUploadedFile(request);
      const caller = { user: request.user!, requestId: request.id };
      return sendImportReport(
        request,
        reply,
        await importYouth(db, caller, file, request.query.mode, request.locale),
      );
    },
  );
}
