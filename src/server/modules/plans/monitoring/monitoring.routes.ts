import type { FastifyRequest } from 'fastify';
import { idParamSchema } from '../../../../shared/contracts/common';
import { toFieldErrors } from '../../../../shared/contracts/field-errors';
import {
  evidenceParamsSchema,
  kpiEvidenceSchema,
  kpiParamsSchema,
  type ManualActualFields,
  manualActualBodySchema,
  manualActualFieldsSchema,
  networkMonitoringSchema,
  networkQuerySchema,
  planMonitoringSchema,
} from '../../../../shared/contracts/plan-monitoring';
import type { FieldError } from '../../../../shared/errors';
import { todayInKazakhstan } from '../../../../shared/today';
import { actorOf } from '../../../platform/audit/audit';
import { STAFF_ROLES } from '../../../platform/auth/access';
import { attachmentDisposition } from '../../../platform/files';
import { invalidFields } from '../../../platform/http/app-error';
import type { App, AppDeps } from '../../../platform/http/types';
import {
  ACTUAL_ENTERERS,
  enterManualActual,
  evidenceFile,
  networkMonitoring,
  readPlanMonitoring,
} from './monitoring.service';

const tags = ['plan monitoring'];
/** Who sees the network view: regional users (their region) and the country roles. */
const NETWORK_READERS = ['regional', 'national', 'admin'] as const;

/** Reads the manual actual form (fields `quarter`, `value`, file `file`); bad fields are 400s. */
async function readActualForm(
  request: FastifyRequest,
): Promise<{ fields: ManualActualFields; file: Buffer; fileName: string }> {
  const raw: Record<string, string> = {};
  let file: Buffer | undefined;
  let fileName = '';
  if (request.isMultipart()) {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        file = await part.toBuffer();
        fileName = part.filename;
      } else if (typeof part.value === 'string') raw[part.fieldname] = part.value.trim();
    }
  }
  const errors: FieldError[] = [];
  for (const field of ['quarter', 'value'] as const)
    if (!raw[field]) errors.push({ field, code: 'required' });
  const parsed = manualActualFieldsSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const e of toFieldErrors(parsed.error.issues))
      if (!errors.some((x) => x.field === e.field)) errors.push(e);
  }
  if (!file?.length) errors.push({ field: 'file', code: 'required' });
  if (errors.length || !parsed.success || !file) throw invalidFields(errors);
  return { fields: parsed.data, file, fileName: fileName || 'evidence' };
}

/** Plan monitoring: a plan's KPIs against targets, manual actuals with evidence, the network view. */
export function monitoringRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/plans/monitoring/network',
    {
      config: { access: NETWORK_READERS },
      schema: {
        tags,
        summary:
          'Per centre of the region or country: KPIs on track, at risk and behind, and which are behind',
        querystring: networkQuerySchema,
        response: { 200: networkMonitoringSchema },
      },
    },
    async (request) =>
      networkMonitoring(db, request.user!, request.query, todayInKazakhstan(), request.locale),
  );

  app.get(
    '/api/v1/plans/:id/monitoring',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'A plan’s KPIs with quarterly actuals, the target expected today and a status each',
        params: idParamSchema,
        response: { 200: planMonitoringSchema },
      },
    },
    async (request) => readPlanMonitoring(db, request.user!, request.params.id, todayInKazakhstan()),
  );

  app.post(
    '/api/v1/plans/:id/monitoring/kpis/:kpiId/actuals',
    {
      config: { access: ACTUAL_ENTERERS },
      schema: {
        tags,
        summary:
          'Enter or correct a manual KPI’s year-to-date value for a quarter with an evidence file (multipart; audited)',
        params: kpiParamsSchema,
        consumes: ['multipart/form-data'],
        body: manualActualBodySchema,
        response: { 201: kpiEvidenceSchema },
      },
    },
    async (request, reply) => {
      const form = await readActualForm(request);
      const user = request.user!;
      const evidence = await enterManualActual(
        db,
        user,
        actorOf(user, request.id),
        { planId: request.params.id, kpiId: request.params.kpiId, ...form },
        todayInKazakhstan(),
      );
      return reply.status(201).send(evidence);
    },
  );

  app.get(
    '/api/v1/plans/:id/monitoring/evidence/:evidenceId',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'Download an evidence file of a plan’s manual KPI',
        params: evidenceParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await evidenceFile(db, request.user!, request.params.id, request.params.evidenceId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachmentDisposition(file.fileName, file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.file);
    },
  );
}
