import type { RouteObject } from 'react-router';
import { AnalyticsPage } from './analytics-page';
import { RankingsPage } from './rankings-page';

/** Analytics pages inside the signed-in shell. */
export const analyticsRoutes: RouteObject[] = [
  { path: 'analytics', element: <AnalyticsPage /> },
  { path: 'analytics/rankings', element: <RankingsPage /> },
];
