import {
  publicSurveySchema,
  surveyAnswerBodySchema,
  surveyAnswerReceiptSchema,
  surveyTokenParamSchema,
} from '../../../../shared/contracts/surveys';
import { todayInKazakhstan } from '../../../../shared/today';
import type { App, AppDeps } from '../../../platform/http/types';
import { answerSurvey, publicSurvey } from './surveys.service';

const tags = ['public surveys'];

/**
 * The public side of needs surveys (no sign-in): the questions behind a survey link, and one answer
 * per device. Nothing here names a person or shows other answers.
 */
export function publicSurveyRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/public/v1/surveys/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A survey’s questions, its centre and region, and whether it takes answers today',
        params: surveyTokenParamSchema,
        response: { 200: publicSurveySchema },
      },
    },
    async (request) => publicSurvey(db, request.params.token, todayInKazakhstan()),
  );

  app.post(
    '/api/public/v1/surveys/:token/answers',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'Answer a survey: the kinds of help needed, optional age band, gender and district; once per device',
        params: surveyTokenParamSchema,
        body: surveyAnswerBodySchema,
        response: { 201: surveyAnswerReceiptSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await answerSurvey(db, request.params.token, request.body, todayInKazakhstan())),
  );
}
