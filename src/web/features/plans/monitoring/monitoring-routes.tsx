import type { RouteObject } from 'react-router';
import { NetworkMonitoringPage } from './network-monitoring-page';

/** The network view of plan monitoring, inside the signed-in shell. */
export const monitoringRoutes: RouteObject[] = [
  { path: 'plans/monitoring', element: <NetworkMonitoringPage /> },
];
