import { sql } from 'drizzle-orm';
import type { Locale } from '../../../shared/constants/roles';
import type { Scope } from '../../../shared/contracts/auth';
import { IMPORT_MAX_ROWS, type ImportMode, type ImportReport } from '../../../shared/contracts/files';
import { translator } from '../../../shared/i18n';
import type { AppDb, DbOrTx } from '../../db/client';
import { type ColumnSpec, readTable, type Table } from '../../platform/files';
import type { Caller } from './registry.caller';
import type { FileKind, ImportColumnDef } from './registry.file-columns';
import { ImportReportBuilder } from './registry.import';

/** How one kind of import (staff, centres) checks and writes its rows. */
export interface ImportDefinition<Id extends string, Valid> {
  kind: FileKind;
  specs: readonly ColumnSpec<Id>[];
  defs: readonly ImportColumnDef<Id>[];
  /** Advisory lock that serialises commits of this kind, so two cannot both pass the duplicate check. */
  lock: number;
  validate(tx: DbOrTx, scope: Scope, report: ImportReportBuilder<Id>, table: Table<Id>): Promise<Valid[]>;
  insertAll(tx: DbOrTx, caller: Caller, rows: Valid[]): Promise<void>;
}

/**
 * Runs an import: a dry run only reports; a commit re-checks everything inside one transaction and
 * writes all rows, or none when any row is bad.
 */
export async function runImport<Id extends string, Valid>(
  definition: ImportDefinition<Id, Valid>,
  db: AppDb,
  caller: Caller,
  file: Buffer,
  mode: ImportMode,
  locale: Locale,
): Promise<ImportReport> {
  const table = await readTable(file, definition.specs, { maxRows: IMPORT_MAX_ROWS });
  const report = new ImportReportBuilder(table, definition.kind, translator(locale));
  if (!report.checkColumns(definition.defs)) return report.build(mode);
  const { scope } = caller.user;

  if (mode === 'dry-run') {
    await definition.validate(db, scope, report, table);
    return report.build(mode);
  }
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${definition.lock})`);
    const valid = await definition.validate(tx, scope, report, table);
    if (!report.ok) return report.build(mode);
    await definition.insertAll(tx, caller, valid);
    return report.build(mode, valid.length);
  });
}
