import type { RouteObject } from 'react-router';
import { ActivityLibraryPage } from './activity-library-page';
import { PlanPage } from './plan-page';
import { PlansListPage } from './plans-list-page';

/** The plan list, a plan's page and the activity library inside the signed-in shell. */
export const planRoutes: RouteObject[] = [
  { path: 'plans', element: <PlansListPage /> },
  { path: 'plans/:id', element: <PlanPage /> },
  { path: 'activity-library', element: <ActivityLibraryPage /> },
];
