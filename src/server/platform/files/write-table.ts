import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { isoToDotted, isoToUtcDate } from './dates';

/** The media type of an XLSX workbook, for every file reply that sends one. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A column of an exported table: its header in the reader's language and how to get its value. */
export interface OutColumn<Row> {
  header: string;
  /** `date` values are ISO dates (yyyy-mm-dd), written as real dates shown dd.mm.yyyy. */
  kind?: 'text' | 'number' | 'date';
  /** Excel number format for a `number` column (e.g. `#,##0` for money); dates always show dd.mm.yyyy. */
  numFmt?: string;
  value: (row: Row) => string | number | null | undefined;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
const WIDTH_SAMPLE = 500;
// Characters Excel would start a formula with; a CSV value starting with one is guarded.
const FORMULA_START = /^[=+\-@\t\r]/;

function columnWidth<Row>(column: OutColumn<Row>, rows: readonly Row[]): number {
  let longest = column.header.length;
  if (column.kind === 'date') longest = Math.max(longest, 10);
  else {
    for (const row of rows.slice(0, WIDTH_SAMPLE)) {
      longest = Math.max(longest, String(column.value(row) ?? '').length);
    }
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** Excel forbids some characters in sheet names and cuts them at 31. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

/** An XLSX workbook of one sheet: bold frozen header row with a filter, sized columns, real dates. */
export async function writeXlsx<Row>(
  name: string,
  columns: readonly OutColumn<Row>[],
  rows: readonly Row[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jastar';
  addXlsxSheet(workbook, name, columns, rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Adds one table to a workbook as a sheet laid out as `writeXlsx` does; returns it for rows below. */
export function addXlsxSheet<Row>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly OutColumn<Row>[],
  rows: readonly Row[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: columnWidth(c, rows),
    style: c.kind === 'date' ? { numFmt: 'dd.mm.yyyy' } : c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  for (const row of rows) {
    sheet.addRow(
      columns.map((c) => {
        const v = c.value(row);
        if (v === null || v === undefined || v === '') return null;
        return c.kind === 'date' && typeof v === 'string' ? isoToUtcDate(v) : v;
      }),
    );
  }
  return sheet;
}

/**
 * CSV in UTF-8 with a BOM (without it Excel shows Cyrillic as mojibake), dates as dd.mm.yyyy.
 * Values Excel would run as formulas get a leading apostrophe, which our reader strips again.
 */
export function writeCsv<Row>(
  columns: readonly OutColumn<Row>[],
  rows: readonly Row[],
  delimiter: ',' | ';' = ',',
): Buffer {
  const records = rows.map((row) =>
    columns.map((c) => {
      const v = c.value(row);
      if (v === null || v === undefined) return '';
      if (c.kind === 'date' && typeof v === 'string') return isoToDotted(v);
      const text = String(v);
      return FORMULA_START.test(text) ? `'${text}` : text;
    }),
  );
  const body = stringify([columns.map((c) => c.header), ...records], {
    delimiter,
    record_delimiter: 'windows',
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]);
}
