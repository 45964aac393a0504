import type { App, AppDeps } from '../platform/http/types';
import { chartDataRoutes } from './analytics/chart-data.routes';
import { dashboardRoutes } from './analytics/dashboard.routes';
import { openDataRoutes } from './analytics/open-data.routes';
import { planProgressRoutes } from './analytics/plan-progress.routes';
import { rankingsRoutes } from './analytics/rankings.routes';
import { auditRoutes } from './audit';
import { homeRoutes } from './home';
import { catalogueRoutes } from './journal';
import { casesRoutes } from './journal/cases';
import { eventRoutes } from './journal/events';
import { programmeRoutes } from './journal/programmes';
import { journalRecordRoutes } from './journal/records';
import { journalFileRoutes } from './journal/records/records.files.routes';
import { youthRoutes } from './journal/youth';
import { notificationRoutes } from './notifications';
import { indicatorRoutes, needsRoutes } from './plans';
import { activityTemplateRoutes } from './plans/activities';
import { planDocumentRoutes } from './plans/documents';
import { evaluationRoutes } from './plans/evaluation';
import { monitoringRoutes } from './plans/monitoring';
import { planRoutes } from './plans/plans';
import { publicSurveyRoutes, surveyRoutes } from './plans/surveys';
import { planWorkflowRoutes } from './plans/workflow';
import { referenceRoutes } from './reference';
import { registryRoutes } from './registry';
import { registryFileRoutes } from './registry/registry.files.routes';
import { usersRoutes } from './users';

/** Every domain's routes, registered by the app in this order. */
export const routeModules: ReadonlyArray<(app: App, deps: AppDeps) => void> = [
  referenceRoutes,
  registryRoutes,
  registryFileRoutes,
  auditRoutes,
  homeRoutes,
  usersRoutes,
  catalogueRoutes,
  programmeRoutes,
  youthRoutes,
  casesRoutes,
  eventRoutes,
  journalRecordRoutes,
  journalFileRoutes,
  indicatorRoutes,
  planRoutes,
  activityTemplateRoutes,
  planWorkflowRoutes,
  notificationRoutes,
  planDocumentRoutes,
  monitoringRoutes,
  surveyRoutes,
  publicSurveyRoutes,
  needsRoutes,
  dashboardRoutes,
  chartDataRoutes,
  openDataRoutes,
  planProgressRoutes,
  rankingsRoutes,
  evaluationRoutes,
];
