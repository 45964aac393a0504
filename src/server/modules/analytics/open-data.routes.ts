import {
  type OpenDataSet,
  openDataDictionarySchema,
  openDataQuerySchema,
  openDataSetSchema,
} from '../../../shared/contracts/open-data';
import { writeCsv } from '../../platform/files';
import type { App, AppDeps } from '../../platform/http/types';
import { OPEN_DATA_COLUMNS, youthServedDictionary } from './open-data.dictionary';
import { youthServedDataset } from './open-data.repository';

const tags = ['open-data'];

type Row = OpenDataSet['rows'][number] & { periodFrom: string; periodTo: string };

/** CSV values in the dictionary's column order. */
const CSV_VALUES: Record<string, (row: Row) => string | number | null> = {
  table: (r) => r.table,
  period_from: (r) => r.periodFrom,
  period_to: (r) => r.periodTo,
  region_code: (r) => r.regionCode,
  region_name_kk: (r) => r.regionName.kk,
  region_name_ru: (r) => r.regionName.ru,
  region_name_en: (r) => r.regionName.en,
  category: (r) => r.category,
  category_name_kk: (r) => r.categoryName.kk,
  category_name_ru: (r) => r.categoryName.ru,
  category_name_en: (r) => r.categoryName.en,
  people: (r) => r.people,
  flag: (r) => r.flag,
};

export function youthServedCsv(set: OpenDataSet): Buffer {
  const columns = OPEN_DATA_COLUMNS.map((c) => ({
    header: c.csv,
    kind: c.csv.startsWith('period_')
      ? ('date' as const)
      : c.csv === 'people'
        ? ('number' as const)
        : ('text' as const),
    value: CSV_VALUES[c.csv],
  }));
  return writeCsv(
    columns,
    set.rows.map((r) => ({ ...r, periodFrom: set.periodFrom, periodTo: set.periodTo })),
  );
}

const fileName = (set: OpenDataSet, ext: string) =>
  `jastar-youth-served-${set.year}${set.quarter ? `-q${set.quarter}` : ''}.${ext}`;

/**
 * Open data: anonymised aggregates with small cells suppressed, public (no sign-in). Nothing here
 * names a person or a centre; every figure is at least five people or suppressed.
 */
export function openDataRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/open-data/v1/youth-served.json',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Young people served by region × direction, gender and age band (suppressed under 5)',
        querystring: openDataQuerySchema,
        response: { 200: openDataSetSchema },
      },
    },
    async (request, reply) => {
      const set = await youthServedDataset(db, request.query.year, request.query.quarter);
      return reply.header('content-disposition', `inline; filename="${fileName(set, 'json')}"`).send(set);
    },
  );

  app.get(
    '/api/open-data/v1/youth-served.csv',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The same dataset as CSV (UTF-8 with BOM); suppressed figures are empty with flag "c"',
        querystring: openDataQuerySchema,
      },
    },
    async (request, reply) => {
      const set = await youthServedDataset(db, request.query.year, request.query.quarter);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(set, 'csv')}"`)
        .send(youthServedCsv(set));
    },
  );

  app.get(
    '/api/open-data/v1/dictionary.json',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Data dictionary of the open data',
        response: { 200: openDataDictionarySchema },
      },
    },
    async () => youthServedDictionary(db),
  );
}
