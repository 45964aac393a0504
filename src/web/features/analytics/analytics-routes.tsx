import type { RouteObject } from 'react-router';
import { AnalyticsPage } from './analytics-page';

/** Analytics pages inside the signed-in shell. */
export const analyticsRoutes: RouteObject[] = [{ path: 'analytics', element: <AnalyticsPage /> }];
