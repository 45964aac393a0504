import { PER_10K_MEASURES, rankingsQuerySchema, rankingsSchema } from '../../../shared/contracts/analytics';
import { todayInKazakhstan } from '../../../shared/today';
import { scopeRegion } from '../../platform/auth/scope';
import { invalidFields, notFound } from '../../platform/http/app-error';
import type { App, AppDeps } from '../../platform/http/types';
import { rankings } from './rankings.repository';

/**
 * Rankings of centres or regions over the journal rollups. National users and administrators rank
 * the country, regional users their region's centres (or their one region). Centre roles have no
 * rankings: a ranking of one centre says nothing, and other centres' figures are outside their
 * scope (403). Partners have no analytics.
 */
export function rankingsRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/analytics/rankings',
    {
      config: { access: ['national', 'regional', 'admin'] },
      schema: {
        tags: ['analytics'],
        summary:
          'Centres or regions of the caller’s scope ranked by a measure, with the rank’s change from the previous period',
        querystring: rankingsQuerySchema,
        response: { 200: rankingsSchema },
      },
    },
    async (request) => {
      const q = request.query;
      const to = q.to ?? todayInKazakhstan().slice(0, 7);
      const from = q.from ?? `${to.slice(0, 4)}-01`;
      if (from > to) throw invalidFields([{ field: 'to', code: 'date_order' }]);
      if (q.level === 'centre' && PER_10K_MEASURES.includes(q.measure))
        throw invalidFields([{ field: 'measure', code: 'region_level_only' }]);
      const ownRegion = scopeRegion(request.user!.scope);
      if (ownRegion && q.regionCode && q.regionCode !== ownRegion) throw notFound();
      return rankings(db, {
        level: q.level,
        measure: q.measure,
        from,
        to,
        regionCode: ownRegion ?? q.regionCode ?? undefined,
        centreKind: q.centreKind ?? undefined,
        directionId: q.directionId ?? undefined,
      });
    },
  );
}
