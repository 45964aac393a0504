import type { RouteObject } from 'react-router';
import { AccountPage } from '../features/account/account-page';
import { analyticsRoutes } from '../features/analytics/analytics-routes';
import { AuditPage } from '../features/audit/audit-page';
import { casesRoutes } from '../features/cases/cases-routes';
import { eventsRoutes } from '../features/events/events-routes';
import { ImportPage } from '../features/files/import-page';
import { HomePage } from '../features/home/home-page';
import { journalRoutes } from '../features/journal/journal-routes';
import { evaluationRoutes } from '../features/plans/evaluation/evaluation-routes';
import { monitoringRoutes } from '../features/plans/monitoring/monitoring-routes';
import { needsRoutes } from '../features/plans/needs/needs-routes';
import { planRoutes } from '../features/plans/plan/plan-routes';
import { plansRoutes } from '../features/plans/plans-routes';
import { reviewRoutes } from '../features/plans/review/review-routes';
import { surveysRoutes } from '../features/plans/surveys/surveys-routes';
import { programmesRoutes } from '../features/programmes/programmes-routes';
import { registryRoutes } from '../features/registry/registry-routes';
import { usersRoutes } from '../features/users/users-routes';
import { youthRoutes } from '../features/youth/youth-routes';
import { NotFoundPage } from './not-found-page';

/** Pages inside the signed-in shell. Each feature adds its routes here. */
export const routes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'account', element: <AccountPage /> },
  ...registryRoutes,
  { path: 'import', element: <ImportPage /> },
  { path: 'audit', element: <AuditPage /> },
  ...usersRoutes,
  ...programmesRoutes,
  ...journalRoutes,
  ...youthRoutes,
  ...casesRoutes,
  ...eventsRoutes,
  ...reviewRoutes,
  ...plansRoutes,
  ...planRoutes,
  ...monitoringRoutes,
  ...surveysRoutes,
  ...needsRoutes,
  ...analyticsRoutes,
  ...evaluationRoutes,
  { path: '*', element: <NotFoundPage /> },
];
