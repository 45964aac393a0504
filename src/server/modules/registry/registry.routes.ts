import type { App, AppDeps } from '../../platform/http/types';
import { centreRoutes } from './centres.routes';
import { staffRoutes } from './staff.routes';

/** The registry API: centres and staff. */
export function registryRoutes(app: App, deps: AppDeps) {
  centreRoutes(app, deps);
  staffRoutes(app, deps);
}
