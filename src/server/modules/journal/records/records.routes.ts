import { idParamSchema } from '../../../../shared/contracts/common';
import {
  journalListQuerySchema,
  journalRecordCorrectionSchema,
  journalRecordDeletionSchema,
  journalRecordHistorySchema,
  journalRecordPageSchema,
  journalRecordSchema,
  newJournalRecordSchema,
} from '../../../../shared/contracts/journal-records';
import type { AuthUser } from '../../../platform/auth/auth-user';
import { notFound } from '../../../platform/http/app-error';
import type { App, AppDeps } from '../../../platform/http/types';
import { recordHistory } from './records.history';
import { findRecordInScope, findRecordRowInScope, listRecords, type Viewer } from './records.repository';
import {
  type Caller,
  correctRecordById,
  createRecord,
  deleteRecordById,
  RECORD_READERS,
  RECORD_WRITERS,
} from './records.service';

const tags = ['journal'];

const viewerOf = (user: AuthUser): Viewer => ({ userId: user.id, scope: user.scope });
const callerOf = (user: AuthUser, requestId: string): Caller => ({
  id: user.id,
  email: user.email,
  role: user.role,
  scope: user.scope,
  requestId,
});

/** The service journal: record, list, read, correct with a reason, delete softly, read the history. */
export function journalRecordRoutes(app: App, { db }: AppDeps) {
  const read = async (user: AuthUser, id: number) => {
    const found = await findRecordInScope(db, viewerOf(user), id);
    if (!found) throw notFound();
    return found;
  };

  app.post(
    '/api/v1/journal/records',
    {
      config: { access: RECORD_WRITERS },
      schema: {
        tags,
        summary: 'Record a service to a young person (or an unnamed one where the service type allows it)',
        body: newJournalRecordSchema,
        response: { 201: journalRecordSchema },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      return reply.status(201).send(await createRecord(db, callerOf(user, request.id), request.body));
    },
  );

  app.get(
    '/api/v1/journal/records',
    {
      config: { access: RECORD_READERS },
      schema: {
        tags,
        summary: 'Live records in scope, newest service first; confidential notes never appear in lists',
        querystring: journalListQuerySchema,
        response: { 200: journalRecordPageSchema },
      },
    },
    async (request) => listRecords(db, viewerOf(request.user!), request.query),
  );

  app.get(
    '/api/v1/journal/records/:id',
    {
      config: { access: RECORD_READERS },
      schema: {
        tags,
        summary: 'One record (deleted ones too); confidential notes only for their author',
        params: idParamSchema,
        response: { 200: journalRecordSchema },
      },
    },
    async (request) => read(request.user!, request.params.id),
  );

  app.put(
    '/api/v1/journal/records/:id',
    {
      config: { access: RECORD_WRITERS },
      schema: {
        tags,
        summary: 'Correct a record (its author, the centre manager or the administrator) with a reason',
        params: idParamSchema,
        body: journalRecordCorrectionSchema,
        response: { 200: journalRecordSchema },
      },
    },
    async (request) => {
      const user = request.user!;
      await correctRecordById(db, callerOf(user, request.id), request.params.id, request.body);
      return read(user, request.params.id);
    },
  );

  app.delete(
    '/api/v1/journal/records/:id',
    {
      config: { access: RECORD_WRITERS },
      schema: {
        tags,
        summary: 'Delete a record softly with a reason: it leaves lists and totals, its history stays',
        params: idParamSchema,
        body: journalRecordDeletionSchema,
      },
    },
    async (request, reply) => {
      const user = request.user!;
      await deleteRecordById(db, callerOf(user, request.id), request.params.id, request.body.reason);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/journal/records/:id/history',
    {
      config: { access: RECORD_READERS },
      schema: {
        tags,
        summary:
          'Changes of a record, newest first: who, when, why, fields before → after (never confidential notes)',
        params: idParamSchema,
        response: { 200: journalRecordHistorySchema },
      },
    },
    async (request) => {
      if (!(await findRecordRowInScope(db, request.user!.scope, request.params.id))) throw notFound();
      return recordHistory(db, request.params.id);
    },
  );
}
