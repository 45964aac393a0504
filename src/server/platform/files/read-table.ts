import { AppError } from '../http/app-error';
import { csvGrids, decodeText } from './csv-grid';
import type { Cell, GridRow, GridSource } from './grid';
import { type ColumnSpec, headerMatcher } from './headers';
import { xlsxGrids } from './xlsx-grid';

export type TableFormat = 'xlsx' | 'csv';

/** A data row: its number as in the file and its cells keyed by column id. */
export interface TableRow<Id extends string> {
  rowNumber: number;
  cells: Partial<Record<Id, Cell>>;
}

/** An uploaded table after the header row has been found. */
export interface Table<Id extends string> {
  format: TableFormat;
  sheet: string | null;
  /** Row number of the header, or null when no row looks like one. */
  headerRow: number | null;
  /** Each recognised column's header exactly as written in the file. */
  headers: Partial<Record<Id, string>>;
  /** Headers in the file that name none of the columns (they are ignored). */
  ignoredHeaders: string[];
  rows: TableRow<Id>[];
}

export interface ReadTableOptions {
  /** More data rows than this is answered 413. */
  maxRows: number;
  /** A row is a header when it names at least this many columns (default 2). */
  minHeaderMatches?: number;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (file: Buffer, bytes: number[]) => bytes.every((b, i) => file[i] === b);

function unsupported(): never {
  throw new AppError('unsupported_file');
}

interface HeaderHit<Id extends string> {
  source: GridSource;
  row: GridRow;
  columns: Map<number, Id>;
}

/**
 * Finds the header row: the row among the first ones that names the most columns. Titles, merged
 * cells and blank rows above it are skipped, as offices put them there.
 */
function findHeader<Id extends string>(
  sources: GridSource[],
  match: (header: string) => Id | undefined,
  minMatches: number,
): HeaderHit<Id> | null {
  let best: HeaderHit<Id> | null = null;
  for (const source of sources) {
    for (const row of source.preview) {
      const columns = new Map<number, Id>();
      const seen = new Set<Id>();
      row.cells.forEach((cell, index) => {
        if (typeof cell !== 'string') return;
        const id = match(cell);
        if (id && !seen.has(id)) {
          seen.add(id);
          columns.set(index, id);
        }
      });
      if (columns.size >= minMatches && columns.size > (best?.columns.size ?? 0)) {
        best = { source, row, columns };
      }
    }
  }
  return best;
}

/**
 * Reads an uploaded XLSX or CSV into rows keyed by column id. The format comes from the content,
 * not the name; the first sheet with a header row wins.
 */
export async function readTable<Id extends string>(
  file: Buffer,
  columns: readonly ColumnSpec<Id>[],
  options: ReadTableOptions,
): Promise<Table<Id>> {
  // XLSX is a zip container; anything else must be text to be CSV (old .xls, PDF, images are 415).
  const format: TableFormat = startsWith(file, ZIP) ? 'xlsx' : 'csv';
  const sources = format === 'xlsx' ? await xlsxGrids(file) : csvGrids(decodeText(file) ?? unsupported());
  const hit = findHeader(sources, headerMatcher(columns), options.minHeaderMatches ?? 2);
  if (!hit) {
    return {
      format,
      sheet: sources[0]?.sheet ?? null,
      headerRow: null,
      headers: {},
      ignoredHeaders: [],
      rows: [],
    };
  }

  const headers: Partial<Record<Id, string>> = {};
  const ignoredHeaders: string[] = [];
  hit.row.cells.forEach((cell, index) => {
    const id = hit.columns.get(index);
    if (id) headers[id] = String(cell);
    else if (cell !== null && cell !== '') ignoredHeaders.push(String(cell));
  });

  const rows: TableRow<Id>[] = [];
  for (const row of hit.source.all()) {
    if (row.rowNumber <= hit.row.rowNumber) continue;
    const cells: Partial<Record<Id, Cell>> = {};
    let any = false;
    for (const [index, id] of hit.columns) {
      const value = row.cells[index] ?? null;
      cells[id] = value;
      if (value !== null) any = true;
    }
    // Rows with text only in unrecognised columns (notes, totals labels) are not data.
    if (!any) continue;
    if (rows.length >= options.maxRows) throw new AppError('payload_too_large');
    rows.push({ rowNumber: row.rowNumber, cells });
  }
  return { format, sheet: hit.source.sheet, headerRow: hit.row.rowNumber, headers, ignoredHeaders, rows };
}
