import { parse } from 'csv-parse/sync';
import { AppError } from '../http/app-error';
import { type Cell, type GridRow, type GridSource, HEADER_SEARCH_ROWS, isBlankRow } from './grid';

/** Delimiters tried on every CSV: comma, semicolon (what Excel writes in ru/kk locales), tab. */
const DELIMITERS = [',', ';', '\t'] as const;
/** Control characters other than tab and line breaks mean the bytes are not text. */
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}
// A leading apostrophe that only guards a formula-like value (written by our own CSV export).
const GUARDED = /^'(?=[=+\-@])/;

/**
 * Text of a CSV upload: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), and
 * Windows-1251 as the fallback for bytes that are not UTF-8. Null when the bytes are not text.
 */
export function decodeText(file: Buffer): string | null {
  let text: string;
  if (file[0] === 0xff && file[1] === 0xfe) text = new TextDecoder('utf-16le').decode(file.subarray(2));
  else if (file[0] === 0xfe && file[1] === 0xff) text = new TextDecoder('utf-16be').decode(file.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file);
    } catch {
      text = new TextDecoder('windows-1251').decode(file);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return looksBinary(text.slice(0, 8192)) ? null : text;
}

function toRows(records: string[][]): GridRow[] {
  const rows: GridRow[] = [];
  records.forEach((record, i) => {
    const cells: Cell[] = record.map((v) => {
      const text = v.trim().replace(GUARDED, '');
      return text === '' ? null : text;
    });
    if (!isBlankRow(cells)) rows.push({ rowNumber: i + 1, cells });
  });
  return rows;
}

function parseCsv(text: string, delimiter: string, toLine?: number): string[][] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    ...(toLine ? { to_line: toLine } : {}),
  }) as string[][];
}

/** The CSV read with each candidate delimiter; the header search picks the one that fits. */
export function csvGrids(text: string): GridSource[] {
  const sources: GridSource[] = [];
  for (const delimiter of DELIMITERS) {
    let preview: GridRow[];
    try {
      preview = toRows(parseCsv(text, delimiter, HEADER_SEARCH_ROWS));
    } catch {
      continue;
    }
    sources.push({
      sheet: null,
      preview,
      all: () => {
        try {
          return toRows(parseCsv(text, delimiter));
        } catch {
          throw new AppError('unsupported_file');
        }
      },
    });
  }
  if (sources.length === 0) throw new AppError('unsupported_file');
  return sources;
}
