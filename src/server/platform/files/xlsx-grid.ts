import ExcelJS from 'exceljs';
import { AppError } from '../http/app-error';
import { type Cell, type GridRow, type GridSource, HEADER_SEARCH_ROWS, isBlankRow } from './grid';
import { declaredUnzippedSize } from './zip-size';

/** Flattens exceljs cell values (rich text, hyperlinks, formulas, errors) to plain cells. */
export function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return plainCell(value.richText.map((r) => r.text).join(''));
  if ('hyperlink' in value) return plainCell(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return plainCell(value.result ?? null);
  if ('error' in value) return value.error;
  return String(value);
}

/** The most an uploaded workbook may unpack to: far above 50,000 rows of registry data. */
export const MAX_UNZIPPED_BYTES = 250 * 1024 * 1024;

/** Each worksheet of an XLSX workbook as a grid source; a file exceljs cannot open is unsupported. */
export async function xlsxGrids(file: Buffer): Promise<GridSource[]> {
  if ((declaredUnzippedSize(file) ?? 0) > MAX_UNZIPPED_BYTES) throw new AppError('payload_too_large');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('unsupported_file');
  }
  if (workbook.worksheets.length === 0) throw new AppError('unsupported_file');
  return workbook.worksheets.map((sheet) => {
    const rows: GridRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = plainCell(cell.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= null;
      if (!isBlankRow(cells)) rows.push({ rowNumber: row.number, cells });
    });
    return {
      sheet: sheet.name,
      preview: rows.filter((r) => r.rowNumber <= HEADER_SEARCH_ROWS),
      all: () => rows,
    };
  });
}
