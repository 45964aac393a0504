import { chartDataFileSchema } from '../../../shared/contracts/chart-data';
import { STAFF_ROLES } from '../../platform/auth/access';
import { sendFile, writeXlsx, XLSX_CONTENT_TYPE } from '../../platform/files';
import { invalidFields } from '../../platform/http/app-error';
import type { App } from '../../platform/http/types';

/** Letters, digits, spaces, dots and dashes survive in a file name; anything else becomes a dash. */
const safeFileName = (title: string) => title.replace(/[^\p{L}\p{N} ._-]+/gu, '-').slice(0, 80);

/**
 * "Download XLSX" of a chart: the chart's table as the screen built it comes back as a workbook.
 * The server adds nothing the caller does not already hold, so any staff role may ask; rows must be
 * as wide as the header.
 */
export function chartDataRoutes(app: App) {
  app.post(
    '/api/v1/analytics/chart-data.xlsx',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['analytics'],
        summary: 'A chart’s data table, as shown on screen, written as an XLSX workbook',
        body: chartDataFileSchema,
      },
    },
    async (request, reply) => {
      const { title, header, rows } = request.body;
      const ragged = rows.findIndex((r) => r.length !== header.length);
      if (ragged >= 0) throw invalidFields([{ field: `rows.${ragged}`, code: 'invalid_value' }]);
      const columns = header.map((h, i) => ({
        header: h,
        kind: rows.some((r) => typeof r[i] === 'number') ? ('number' as const) : ('text' as const),
        value: (row: (typeof rows)[number]) => row[i],
      }));
      const name = safeFileName(title);
      return sendFile(reply, {
        body: await writeXlsx(title, columns, rows),
        contentType: XLSX_CONTENT_TYPE,
        fileName: `${name}.xlsx`,
        asciiFileName: `${name.replace(/[^\x20-\x7e]/g, '_')}.xlsx`,
      });
    },
  );
}
