import type { RouteObject } from 'react-router';
import { ReviewQueuePage } from './review-queue-page';

/** Plan review pages inside the signed-in shell. */
export const reviewRoutes: RouteObject[] = [{ path: 'plans/review', element: <ReviewQueuePage /> }];
