import {
  importInvalidProblemSchema,
  importQuerySchema,
  importReportSchema,
  uploadBodySchema,
} from '../../../shared/contracts/files';
import {
  indicatorCodeParamSchema,
  indicatorListSchema,
  indicatorValueInputSchema,
  indicatorValueListSchema,
  indicatorValueSchema,
  indicatorValuesQuerySchema,
} from '../../../shared/contracts/indicators';
import { COUNTRY_ROLES, STAFF_ROLES } from '../../platform/auth/access';
import { scopeRegion } from '../../platform/auth/scope';
import { readUploadedFile, sendImportReport } from '../../platform/files';
import { notFound } from '../../platform/http/app-error';
import type { App, AppDeps } from '../../platform/http/types';
import { importIndicatorValues } from './indicators.import';
import { findIndicatorRow, listIndicators, listRegionalValues } from './indicators.repository';
import { saveRegionalValue } from './indicators.service';

const tags = ['indicators'];
const thisYear = () => new Date().getFullYear();

/**
 * The indicator catalogue and its regional figures. Every staff role reads; regional and centre
 * users see the figures of their own region only (another region is not found); national users
 * enter figures by hand.
 */
export function indicatorRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/indicators',
    {
      config: { access: STAFF_ROLES },
      schema: { tags, summary: 'The indicator catalogue', response: { 200: indicatorListSchema } },
    },
    async () => ({ items: await listIndicators(db) }),
  );

  app.get(
    '/api/v1/indicators/:code/values',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary:
          'Regional figures of an indicator (journal indicators: computed for the year asked, default this year)',
        params: indicatorCodeParamSchema,
        querystring: indicatorValuesQuerySchema,
        response: { 200: indicatorValueListSchema },
      },
    },
    async (request) => {
      const row = await findIndicatorRow(db, request.params.code);
      if (!row) throw notFound();
      const ownRegion = scopeRegion(request.user!.scope);
      const asked = request.query.regionCode ?? undefined;
      if (ownRegion && asked && asked !== ownRegion) throw notFound();
      const items = await listRegionalValues(
        db,
        row,
        { regionCode: ownRegion ?? asked, year: request.query.year ?? undefined },
        thisYear(),
      );
      return { items };
    },
  );

  app.put(
    '/api/v1/indicators/:code/values',
    {
      config: { access: COUNTRY_ROLES },
      schema: {
        tags,
        summary: 'Enter a regional figure of one period by hand (replaces the stored one)',
        params: indicatorCodeParamSchema,
        body: indicatorValueInputSchema,
        response: { 200: indicatorValueSchema },
      },
    },
    (request) =>
      saveRegionalValue(
        db,
        { user: request.user!, requestId: request.id },
        request.params.code,
        request.body,
      ),
  );

  app.post(
    '/api/v1/indicators/import',
    {
      config: { access: COUNTRY_ROLES },
      schema: {
        tags,
        summary:
          'Import indicator figures from XLSX or CSV (multipart, one file): dry run, or commit all rows or none',
        querystring: importQuerySchema,
        consumes: ['multipart/form-data'],
        body: uploadBodySchema,
        response: { 200: importReportSchema, 422: importInvalidProblemSchema },
      },
    },
    async (request, reply) => {
      const { file } = await readUploadedFile(request);
      const caller = { user: request.user!, requestId: request.id };
      return sendImportReport(
        request,
        reply,
        await importIndicatorValues(db, caller, file, request.query.mode, request.locale),
      );
    },
  );
}
