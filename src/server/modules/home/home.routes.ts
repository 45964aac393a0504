import { homeSummarySchema } from '../../../shared/contracts/home';
import type { App, AppDeps } from '../../platform/http/types';
import { homeSummary } from './home.repository';

/** The home page's key counts, for every signed-in role, confined to the caller's scope. */
export function homeRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/home/summary',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['home'],
        summary: 'Key counts of the caller’s scope and per-region figures for the map',
        response: { 200: homeSummarySchema },
      },
    },
    (request) => homeSummary(db, request.user!.scope),
  );
}
