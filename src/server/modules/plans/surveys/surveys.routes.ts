import { idParamSchema } from '../../../../shared/contracts/common';
import {
  importInvalidProblemSchema,
  importQuerySchema,
  importReportSchema,
  uploadBodySchema,
} from '../../../../shared/contracts/files';
import {
  newSurveySchema,
  surveyListQuerySchema,
  surveyPageSchema,
  surveyResultsSchema,
  surveySchema,
} from '../../../../shared/contracts/surveys';
import { todayInKazakhstan } from '../../../../shared/today';
import { actorOf } from '../../../platform/audit/audit';
import { readUploadedFile, sendImportReport } from '../../../platform/files';
import { notFound } from '../../../platform/http/app-error';
import type { App, AppDeps } from '../../../platform/http/types';
import { importSurveyAnswers } from './surveys.import';
import { findSurvey, listSurveys } from './surveys.repository';
import { createSurvey, surveyResults } from './surveys.service';

const tags = ['surveys'];

/** Who runs needs surveys: centre managers for their centre, regional and national users for their scope. */
export const SURVEY_ROLES = ['national', 'regional', 'center_manager', 'admin'] as const;

/** Needs surveys for staff: list, create, read, results and import of answers. */
export function surveyRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/surveys',
    {
      config: { access: SURVEY_ROLES },
      schema: {
        tags,
        summary: 'Needs surveys in scope, newest first, with their answer counts',
        querystring: surveyListQuerySchema,
        response: { 200: surveyPageSchema },
      },
    },
    async (request) => listSurveys(db, request.user!.scope, request.query, todayInKazakhstan()),
  );

  app.post(
    '/api/v1/surveys',
    {
      config: { access: SURVEY_ROLES },
      schema: {
        tags,
        summary: 'Create a needs survey for a centre and year; it gets a random public token',
        body: newSurveySchema,
        response: { 201: surveySchema },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const survey = await createSurvey(
        db,
        user.scope,
        request.body,
        actorOf(user, request.id),
        todayInKazakhstan(),
      );
      return reply.status(201).send(survey);
    },
  );

  app.get(
    '/api/v1/surveys/:id',
    {
      config: { access: SURVEY_ROLES },
      schema: {
        tags,
        summary: 'One survey in scope',
        params: idParamSchema,
        response: { 200: surveySchema },
      },
    },
    async (request) => {
      const survey = await findSurvey(db, request.user!.scope, request.params.id, todayInKazakhstan());
      if (!survey) throw notFound();
      return survey;
    },
  );

  app.get(
    '/api/v1/surveys/:id/results',
    {
      config: { access: SURVEY_ROLES },
      schema: {
        tags,
        summary:
          'Demand shares by direction from the survey’s answers, by district, and for its whole region',
        params: idParamSchema,
        response: { 200: surveyResultsSchema },
      },
    },
    async (request) => surveyResults(db, request.user!.scope, request.params.id, todayInKazakhstan()),
  );

  app.post(
    '/api/v1/surveys/:id/import',
    {
      config: { access: SURVEY_ROLES },
      schema: {
        tags,
        summary: 'Import answers (paper forms) from XLSX or CSV: dry run, or commit all rows or none',
        params: idParamSchema,
        querystring: importQuerySchema,
        consumes: ['multipart/form-data'],
        body: uploadBodySchema,
        response: { 200: importReportSchema, 422: importInvalidProblemSchema },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const survey = await findSurvey(db, user.scope, request.params.id, todayInKazakhstan());
      if (!survey) throw notFound();
      const { file } = await readUploadedFile(request);
      return sendImportReport(
        request,
        reply,
        await importSurveyAnswers(
          db,
          { user, requestId: request.id },
          survey,
          file,
          request.query.mode,
          request.locale,
        ),
      );
    },
  );
}
