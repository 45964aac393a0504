import { and, eq } from 'drizzle-orm';
import {
  dashboardQuerySchema,
  dashboardSchema,
  targetsQuerySchema,
  targetsSchema,
} from '../../../shared/contracts/analytics';
import type { Scope } from '../../../shared/contracts/auth';
import { todayInKazakhstan } from '../../../shared/today';
import type { AppDb } from '../../db/client';
import { STAFF_ROLES } from '../../platform/auth/access';
import { scopeCentre, scopeRegion } from '../../platform/auth/scope';
import { invalidFields, notFound } from '../../platform/http/app-error';
import type { App, AppDeps } from '../../platform/http/types';
import { centreInScope, centres } from '../registry';
import { type DashboardFilter, dashboardFigures } from './dashboard.repository';
import { targetsFigures } from './targets.repository';

/** The place a caller asks for, narrowed to their scope; a region or centre outside it is not found. */
export async function placeInScope(
  db: AppDb,
  scope: Scope,
  asked: { regionCode?: string | null; centreId?: number | null },
): Promise<{ regionCode?: string; centreId?: number }> {
  const ownRegion = scopeRegion(scope);
  const ownCentre = scopeCentre(scope);
  if (ownRegion && asked.regionCode && asked.regionCode !== ownRegion) throw notFound();
  if (ownCentre !== undefined && asked.centreId && asked.centreId !== ownCentre) throw notFound();
  const centreId = ownCentre ?? asked.centreId ?? undefined;
  if (centreId !== undefined && ownCentre === undefined) {
    const [centre] = await db
      .select({ id: centres.id })
      .from(centres)
      .where(and(eq(centres.id, centreId), centreInScope(scope)));
    if (!centre) throw notFound();
  }
  return { regionCode: ownRegion ?? asked.regionCode ?? undefined, centreId };
}

/**
 * Analytics dashboards over the journal rollups: the country for national users, the region for
 * regional users, the centre for centre roles. Partners have no analytics.
 */
export function dashboardRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/analytics/dashboard',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['analytics'],
        summary:
          'Services, distinct young people, NEET reached and case outcomes of the caller’s scope, by month, direction and region',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const to = q.to ?? todayInKazakhstan().slice(0, 7);
      const from = q.from ?? `${to.slice(0, 4)}-01`;
      if (from > to) throw invalidFields([{ field: 'to', code: 'date_order' }]);
      const place = await placeInScope(db, request.user!.scope, q);
      const filter: DashboardFilter = {
        from,
        to,
        ...place,
        centreKind: q.centreKind ?? undefined,
        directionId: q.directionId ?? undefined,
      };
      return dashboardFigures(db, filter);
    },
  );

  app.get(
    '/api/v1/analytics/targets',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['analytics'],
        summary: 'Progress of the caller’s scope against the national youth-policy targets in a year',
        querystring: targetsQuerySchema,
        response: { 200: targetsSchema },
      },
    },
    async (request) => {
      const year = request.query.year ?? Number(todayInKazakhstan().slice(0, 4));
      const place = await placeInScope(db, request.user!.scope, { regionCode: request.query.regionCode });
      return targetsFigures(db, year, place);
    },
  );
}
