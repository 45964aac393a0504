import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { toFieldErrors } from '../../../shared/contracts/field-errors';
import {
  IMPORT_MAX_ERRORS,
  type ImportMode,
  type ImportReport,
  type ImportRowError,
} from '../../../shared/contracts/files';
import type { FieldErrorCode } from '../../../shared/errors';
import { type Cell, isoToDotted, type Table, type TableRow } from '../../platform/files';
import { columnHeader, type FileKind, type ImportColumnDef } from './registry.file-columns';

/** A cell as text: numbers as written (phone numbers, codes), typed dates as dd.mm.yyyy. */
export function cellText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? null : isoToDotted(cell.toISOString().slice(0, 10));
  }
  const text = String(cell).trim();
  return text === '' ? null : text;
}

/** Options of one row error: a `files:error.<reason>` message instead of the generic one for the code. */
interface ErrorOptions {
  reason?: string;
  params?: Record<string, string | number>;
}

/**
 * Collects the problems of one import file and turns them into the report the API answers:
 * row numbers and headers as in the file, reasons in the caller's language.
 */
export class ImportReportBuilder<Id extends string> {
  private readonly errors: ImportRowError[] = [];
  /** Columns flagged per bad row. */
  private readonly flagged = new Map<number, Set<string>>();
  private fileProblem = false;
  private truncated = false;

  constructor(
    private readonly table: Table<Id>,
    private readonly kind: FileKind,
    private readonly t: TFunction,
  ) {}

  /** Whether a row already has an error on a column (so a schema error there is not repeated). */
  has(row: TableRow<Id>, field: Id): boolean {
    return this.flagged.get(row.rowNumber)?.has(field) ?? false;
  }

  /** Whether a row has any error so far. */
  isBad(row: TableRow<Id>): boolean {
    return this.flagged.has(row.rowNumber);
  }

  rowError(row: TableRow<Id>, field: Id, code: FieldErrorCode, options: ErrorOptions = {}) {
    const fields = this.flagged.get(row.rowNumber) ?? new Set<string>();
    fields.add(field);
    this.flagged.set(row.rowNumber, fields);
    if (this.errors.length >= IMPORT_MAX_ERRORS) {
      this.truncated = true;
      return;
    }
    this.errors.push({
      row: row.rowNumber,
      column: this.table.headers[field] ?? columnHeader(this.t, this.kind, field),
      field,
      code,
      message: this.message(code, options),
      value: cellText(row.cells[field]),
    });
  }

  /** Schema issues of a row, mapped from input fields to the file's columns, skipping columns already flagged. */
  schemaErrors(row: TableRow<Id>, issues: readonly z.core.$ZodIssue[], columnOf: (field: string) => Id) {
    for (const error of toFieldErrors(issues)) {
      const column = columnOf(error.field.split('.')[0]);
      if (!this.has(row, column)) this.rowError(row, column, error.code, { params: error.params });
    }
  }

  /** A problem of the whole file (no header, a missing column, no rows): nothing can be imported. */
  fileError(field: string, code: FieldErrorCode, column: string | null, options: ErrorOptions) {
    this.fileProblem = true;
    this.errors.push({ row: null, column, field, code, message: this.message(code, options), value: null });
  }

  /** Reports a missing header row or missing required columns; true when rows can be read. */
  checkColumns(defs: readonly ImportColumnDef<Id>[]): boolean {
    if (this.table.headerRow === null) {
      const columns = defs
        .filter((d) => d.required)
        .map((d) => `«${columnHeader(this.t, this.kind, d.id)}»`)
        .join(', ');
      this.fileError('file', 'required', null, { reason: 'no_header', params: { columns } });
      return false;
    }
    for (const def of defs) {
      if (def.required && this.table.headers[def.id] === undefined) {
        const column = columnHeader(this.t, this.kind, def.id);
        this.fileError(def.id, 'required', column, { reason: 'missing_column', params: { column } });
      }
    }
    if (this.fileProblem) return false;
    if (this.table.rows.length === 0) {
      this.fileError('file', 'required', null, { reason: 'no_rows' });
      return false;
    }
    return true;
  }

  get ok(): boolean {
    return !this.fileProblem && this.flagged.size === 0;
  }

  build(mode: ImportMode, created = 0): ImportReport {
    const total = this.table.rows.length;
    const invalid = this.fileProblem ? total : this.flagged.size;
    return {
      mode,
      ok: this.ok,
      format: this.table.format,
      sheet: this.table.sheet,
      headerRow: this.table.headerRow,
      columns: Object.entries(this.table.headers).map(([field, header]) => ({
        field,
        header: String(header),
      })),
      ignoredColumns: this.table.ignoredHeaders,
      totalRows: total,
      validRows: total - invalid,
      invalidRows: invalid,
      created,
      errors: [...this.errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
      errorsTruncated: this.truncated,
    };
  }

  private message(code: FieldErrorCode, { reason, params }: ErrorOptions): string {
    return reason
      ? this.t(`files:error.${reason}`, params ?? {})
      : this.t(`errors:field.${code}`, params ?? {});
  }
}

/** Splits a list into chunks, to keep each multi-row insert under PostgreSQL's bind-parameter limit. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
