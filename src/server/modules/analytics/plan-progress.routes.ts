import { planProgressQuerySchema, planProgressSchema } from '../../../shared/contracts/plan-progress';
import { todayInKazakhstan } from '../../../shared/today';
import { STAFF_ROLES } from '../../platform/auth/access';
import type { App, AppDeps } from '../../platform/http/types';
import { planProgress } from '../plans/monitoring';
import { placeInScope } from './dashboard.routes';

/** The dashboard's plan-fulfilment panel: how the scope's development plans for a year are going. */
export function planProgressRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/analytics/plan-progress',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['analytics'],
        summary:
          'Approved development plans of the caller’s scope in a year, their KPI statuses and fulfilment to date, per region',
        querystring: planProgressQuerySchema,
        response: { 200: planProgressSchema },
      },
    },
    async (request) => {
      const today = todayInKazakhstan();
      const q = request.query;
      const year = q.year ?? Number(today.slice(0, 4));
      const place = await placeInScope(db, request.user!.scope, q);
      // A past year is read as at its end; this year and later as at today.
      const asOf = year < Number(today.slice(0, 4)) ? `${year}-12-31` : today;
      return planProgress(db, { ...place, centreKind: q.centreKind ?? undefined }, year, asOf);
    },
  );
}
