import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { districtSchema, districtsQuerySchema, regionSchema } from '../../../shared/contracts/reference';
import type { App, AppDeps } from '../../platform/http/types';
import { regionsGeoJsonPath } from './reference.loader';
import { listDistricts, listRegions } from './reference.repository';

export function referenceRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/regions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['reference'],
        summary: 'Regions in the caller’s scope',
        response: { 200: z.array(regionSchema) },
      },
    },
    (request) => listRegions(db, request.user!.scope),
  );

  app.get(
    '/api/v1/districts',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['reference'],
        summary: 'Districts and cities in the caller’s scope',
        querystring: districtsQuerySchema,
        response: { 200: z.array(districtSchema) },
      },
    },
    (request) => listDistricts(db, request.user!.scope, request.query.regionCode),
  );

  // Boundaries are public geography (the portal map uses them too); served as read once at start.
  const geojson = readFileSync(regionsGeoJsonPath);
  app.get(
    '/api/v1/reference/regions.geojson',
    { config: { access: 'public' }, schema: { tags: ['reference'], summary: 'Region boundaries (GeoJSON)' } },
    (_request, reply) =>
      reply.type('application/geo+json').header('cache-control', 'public, max-age=86400').send(geojson),
  );
}
