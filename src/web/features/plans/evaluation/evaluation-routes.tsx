import type { RouteObject } from 'react-router';
import { CentreEvaluationPage } from './centre-evaluation-page';
import { RatingPage } from './rating-page';
import { WeightsPage } from './weights-page';

/** The year-end rating, a centre's breakdown and the evaluation weights, inside the signed-in shell. */
export const evaluationRoutes: RouteObject[] = [
  { path: 'rating', element: <RatingPage /> },
  { path: 'rating/centres/:centreId', element: <CentreEvaluationPage /> },
  { path: 'rating/weights', element: <WeightsPage /> },
];
