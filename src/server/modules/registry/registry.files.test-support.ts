import ExcelJS from 'exceljs';
import type { App } from '../../platform/http/types';

/** An XLSX workbook of one sheet with the given rows (row 1 first; empty arrays are blank rows). */
export async function xlsxOf(rows: unknown[][], sheet = 'Лист1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  rows.forEach((values, i) => {
    ws.getRow(i + 1).values = values as ExcelJS.CellValue[];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads the first sheet of an XLSX answer into arrays of cell values (1-based columns dropped to 0-based). */
export async function sheetRows(file: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** Posts one file as multipart/form-data, the way the upload page does. */
export function upload(
  app: App,
  url: string,
  file: Buffer | null,
  opts: { cookie?: string; lang?: string; name?: string } = {},
) {
  const form = new FormData();
  if (file) form.append('file', new Blob([new Uint8Array(file)]), opts.name ?? 'staff.xlsx');
  else form.append('note', 'no file');
  return app.inject({
    method: 'POST',
    url,
    payload: form,
    headers: { ...(opts.cookie ? { cookie: opts.cookie } : {}), 'accept-language': opts.lang ?? 'ru' },
  });
}
