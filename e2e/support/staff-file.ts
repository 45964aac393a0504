import ExcelJS from 'exceljs';
import type { Locale } from '../../src/shared/constants/roles';
import { text } from './i18n';

/** One staff row as an office worker would type it; a Date becomes a real Excel date cell. */
export interface StaffRow {
  centreCode: string;
  lastName: string;
  firstName: string;
  middleName?: string;
  position: string;
  hireDate: string | Date;
}

const COLUMNS = ['centreCode', 'lastName', 'firstName', 'middleName', 'position', 'hireDate'] as const;

/** An XLSX staff file with headers in the given language, built the way the import template is laid out. */
export async function staffWorkbook(locale: Locale, rows: StaffRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(text(locale, 'files:staff.sheet'));
  sheet.addRow(COLUMNS.map((c) => text(locale, `files:staff.column.${c}`)));
  for (const row of rows) sheet.addRow(COLUMNS.map((c) => row[c] ?? null));
  sheet.getColumn(6).numFmt = 'dd.mm.yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
