import { idParamSchema } from '../../../../shared/contracts/common';
import {
  type PlanDocumentFormat,
  planDocumentQuerySchema,
} from '../../../../shared/contracts/plan-documents';
import { actorOf } from '../../../platform/audit/audit';
import { STAFF_ROLES } from '../../../platform/auth/access';
import { sendFile } from '../../../platform/files';
import type { App, AppDeps } from '../../../platform/http/types';
import { planDocument } from './documents.service';

const tags = ['Plan documents'];
const SUMMARY: Record<PlanDocumentFormat, string> = {
  pdf: 'The plan as a PDF in Kazakh, Russian or English (its current version unless `version` is given)',
  xlsx: 'The plan as an XLSX workbook, one sheet per part (its current version unless `version` is given)',
};

/** Downloads of a plan as a document: the centre's own staff, its region's users, national users and admins. */
export function planDocumentRoutes(app: App, { db }: AppDeps) {
  for (const format of ['pdf', 'xlsx'] as const) {
    app.get(
      `/api/v1/plans/:id/document.${format}`,
      {
        config: { access: STAFF_ROLES },
        schema: {
          tags,
          summary: SUMMARY[format],
          params: idParamSchema,
          querystring: planDocumentQuerySchema,
        },
      },
      async (request, reply) =>
        sendFile(
          reply,
          await planDocument(
            db,
            request.user!,
            actorOf(request.user!, request.id),
            request.params.id,
            format,
            request.query,
            request.locale,
          ),
        ),
    );
  }
}
