import type { Role } from '../../../../shared/constants/roles';
import {
  evaluationCentreParamSchema,
  evaluationCentreQuerySchema,
  evaluationCentreSchema,
  evaluationRatingQuerySchema,
  evaluationRatingSchema,
  evaluationWeightsChangeSchema,
  evaluationWeightsSchema,
  evaluationYearParamSchema,
} from '../../../../shared/contracts/evaluation';
import { COUNTRY_ROLES } from '../../../platform/auth/access';
import type { App, AppDeps } from '../../../platform/http/types';
import { centreEvaluationOf, ratingOf } from './evaluation.service';
import { saveYearWeights, yearWeights } from './evaluation.weights';

const tags = ['evaluation'];

/**
 * Who reads the rating: national users and administrators the country, regional users and centre
 * managers their region's table (a manager sees the peers they are compared with). Specialists and
 * partners have no rating.
 */
export const RATING_READERS = [
  'national',
  'regional',
  'center_manager',
  'admin',
] as const satisfies readonly Role[];

/** The year-end evaluation: rating tables, a centre's breakdown, and the weights national users edit. */
export function evaluationRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/evaluation/rating',
    {
      config: { access: RATING_READERS },
      schema: {
        tags,
        summary: 'Centres rated by their year-end score, nationally or in one region, with every component',
        querystring: evaluationRatingQuerySchema,
        response: { 200: evaluationRatingSchema },
      },
    },
    (request) => ratingOf(db, request.user!.scope, request.query),
  );

  app.get(
    '/api/v1/evaluation/centres/:centreId',
    {
      config: { access: RATING_READERS },
      schema: {
        tags,
        summary: 'One centre’s year-end score: components, the figures behind them and the formula',
        params: evaluationCentreParamSchema,
        querystring: evaluationCentreQuerySchema,
        response: { 200: evaluationCentreSchema },
      },
    },
    (request) => centreEvaluationOf(db, request.user!.scope, request.params.centreId, request.query.year),
  );

  app.get(
    '/api/v1/evaluation/weights/:year',
    {
      config: { access: RATING_READERS },
      schema: {
        tags,
        summary: 'The evaluation weights in force for a year, with the year’s saved revisions',
        params: evaluationYearParamSchema,
        response: { 200: evaluationWeightsSchema },
      },
    },
    (request) => yearWeights(db, request.params.year),
  );

  app.put(
    '/api/v1/evaluation/weights/:year',
    {
      config: { access: COUNTRY_ROLES },
      schema: {
        tags,
        summary: 'Save new evaluation weights for a year as its next revision (percent, adding up to 100)',
        params: evaluationYearParamSchema,
        body: evaluationWeightsChangeSchema,
        response: { 200: evaluationWeightsSchema },
      },
    },
    (request) =>
      saveYearWeights(db, { user: request.user!, requestId: request.id }, request.params.year, request.body),
  );
}
