import { auditPageSchema, auditQuerySchema } from '../../../shared/contracts/audit';
import { COUNTRY_ROLES } from '../../platform/auth/access';
import type { App, AppDeps } from '../../platform/http/types';
import { listAudit } from './audit.repository';

/** The audit browser for national users and admins. */
export function auditRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/audit',
    {
      config: { access: COUNTRY_ROLES },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first, with filters and paging',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const { query } = request;
      return { ...(await listAudit(db, query)), page: query.page, pageSize: query.pageSize };
    },
  );
}
