import { and, inArray, sql } from 'drizzle-orm';
import type { Locale } from '../../../shared/constants/roles';
import type { Scope } from '../../../shared/contracts/auth';
import type { ImportMode, ImportReport, StaffImportColumn } from '../../../shared/contracts/files';
import { type StaffInput, staffInputSchema } from '../../../shared/contracts/registry';
import type { AppDb, DbOrTx } from '../../db/client';
import { recordAudit } from '../../platform/audit/audit';
import { normalizeLabel, parseDateCell, type Table, type TableRow } from '../../platform/files';
import { actorOfCaller, type Caller } from './registry.caller';
import { importColumnSpecs, matchChoice, STAFF_IMPORT_DEFS } from './registry.file-columns';
import { cellText, chunks, type ImportReportBuilder } from './registry.import';
import { runImport } from './registry.import-run';
import { centreInScope } from './registry.scope';
import { centres, staff } from './registry.tables';
import { toStaffMember } from './staff.repository';
import { staffValues } from './staff.service';

type Row = TableRow<StaffImportColumn>;
type CentreRef = {
  id: number;
  code: string;
  regionCode: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
};

const SPECS = importColumnSpecs('staff', STAFF_IMPORT_DEFS);
const INSERT_CHUNK = 1000;
const LOOKUP_CHUNK = 5000;
// Serialises staff imports, so two commits cannot both pass the duplicate check for the same people.
const IMPORT_LOCK = 7_240_001;

/** Centres of the scope named by the file's codes, by upper-case code. */
async function centresByCode(
  tx: DbOrTx,
  scope: Scope,
  rows: readonly Row[],
): Promise<Map<string, CentreRef>> {
  const codes = [
    ...new Set(rows.map((r) => cellText(r.cells.centreCode)?.toUpperCase()).filter(Boolean)),
  ] as string[];
  const found = new Map<string, CentreRef>();
  for (const part of chunks(codes, LOOKUP_CHUNK)) {
    const list = await tx
      .select({
        id: centres.id,
        code: centres.code,
        regionCode: centres.regionCode,
        nameKk: centres.nameKk,
        nameRu: centres.nameRu,
        nameEn: centres.nameEn,
      })
      .from(centres)
      .where(and(centreInScope(scope), inArray(sql`upper(${centres.code})`, part)));
    for (const c of list) found.set(c.code.toUpperCase(), c);
  }
  return found;
}

/** Same centre, same full name (case and ё/е aside), same hire date: the same person. */
const personKey = (s: {
  centreId: number;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  hireDate: string;
}) =>
  [
    s.centreId,
    normalizeLabel(s.lastName),
    normalizeLabel(s.firstName),
    normalizeLabel(s.middleName ?? ''),
    s.hireDate,
  ].join('|');

async function existingPeople(tx: DbOrTx, centreIds: number[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const part of chunks(centreIds, LOOKUP_CHUNK)) {
    const list = await tx
      .select({
        centreId: staff.centreId,
        lastName: staff.lastName,
        firstName: staff.firstName,
        middleName: staff.middleName,
        hireDate: staff.hireDate,
      })
      .from(staff)
      .where(inArray(staff.centreId, part));
    for (const s of list) keys.add(personKey(s));
  }
  return keys;
}

const columnOfField = (field: string) => (field === 'centreId' ? 'centreCode' : field) as StaffImportColumn;

/** Maps and checks every row; returns the rows that pass, with their centre. */
async function validate(
  tx: DbOrTx,
  scope: Scope,
  report: ImportReportBuilder<StaffImportColumn>,
  table: Table<StaffImportColumn>,
) {
  const centreMap = await centresByCode(tx, scope, table.rows);
  const existing = await existingPeople(tx, [...new Set([...centreMap.values()].map((c) => c.id))]);
  const seen = new Map<string, number>();
  const valid: { input: StaffInput; centre: CentreRef }[] = [];

  for (const row of table.rows) {
    const c = row.cells;
    const code = cellText(c.centreCode);
    const centre = code ? centreMap.get(code.toUpperCase()) : undefined;
    if (!code) report.rowError(row, 'centreCode', 'required');
    else if (!centre) report.rowError(row, 'centreCode', 'not_found', { reason: 'centre_not_found' });

    const positionText = cellText(c.position);
    const position = positionText ? matchChoice('position', positionText) : undefined;
    if (positionText && !position)
      report.rowError(row, 'position', 'invalid_choice', { reason: 'unknown_position' });

    const dates: Partial<Record<'hireDate' | 'leaveDate', string | null>> = {};
    for (const field of ['hireDate', 'leaveDate'] as const) {
      const parsed = parseDateCell(c[field]);
      if (parsed.ok) dates[field] = parsed.value;
      else report.rowError(row, field, 'invalid_date');
    }

    const parsed = staffInputSchema.safeParse(
      {
        centreId: centre?.id,
        lastName: cellText(c.lastName) ?? '',
        firstName: cellText(c.firstName) ?? '',
        middleName: cellText(c.middleName),
        position: position ?? positionText ?? undefined,
        hireDate: dates.hireDate ?? undefined,
        leaveDate: dates.leaveDate,
        phone: cellText(c.phone),
        email: cellText(c.email),
      },
      { reportInput: true },
    );
    if (!parsed.success) {
      report.schemaErrors(row, parsed.error.issues, columnOfField);
      continue;
    }
    if (!centre || report.isBad(row)) continue;

    const key = personKey(parsed.data);
    const first = seen.get(key);
    if (first !== undefined) {
      report.rowError(row, 'lastName', 'duplicate', { reason: 'duplicate_in_file', params: { row: first } });
      continue;
    }
    seen.set(key, row.rowNumber);
    if (existing.has(key)) {
      report.rowError(row, 'lastName', 'duplicate', { reason: 'duplicate_existing' });
      continue;
    }
    valid.push({ input: parsed.data, centre });
  }
  return valid;
}

/** Rows of a raw query, whichever driver (PGlite or pg) ran it. */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Writes every valid row inside the caller's transaction: ids drawn from the sequence up front (so
 * each audit entry names its row without trusting RETURNING order), then one statement per chunk
 * with the rows as a single JSON parameter, which PGlite parses far faster than thousands of bind
 * parameters.
 */
async function insertAll(tx: DbOrTx, caller: Caller, rows: { input: StaffInput; centre: CentreRef }[]) {
  const today = new Date().toISOString().slice(0, 10);
  for (const part of chunks(rows, INSERT_CHUNK)) {
    const drawn = rowsOf<{ id: number; now: Date | string }>(
      await tx.execute(
        sql`select nextval(pg_get_serial_sequence('staff', 'id'))::int as id, now() as now from generate_series(1, ${part.length})`,
      ),
    );
    const stamp = new Date(drawn[0].now);
    const members = part.map(({ input }, i) => ({
      id: Number(drawn[i].id),
      ...staffValues(input),
      createdAt: stamp,
      updatedAt: stamp,
    }));
    await tx.execute(sql`
      insert into ${staff} (id, centre_id, last_name, first_name, middle_name, position, hire_date, leave_date, phone, email)
      select id, "centreId", "lastName", "firstName", "middleName", position, "hireDate", "leaveDate", phone, email
      from jsonb_to_recordset(${JSON.stringify(members)}::jsonb) as x(
        id int, "centreId" int, "lastName" text, "firstName" text, "middleName" text, position text,
        "hireDate" date, "leaveDate" date, phone text, email text)`);
    await recordAudit(
      tx,
      actorOfCaller(caller),
      members.map((member, i) => {
        const { centre } = part[i];
        const after = toStaffMember({
          member: member as typeof staff.$inferSelect,
          centreKk: centre.nameKk,
          centreRu: centre.nameRu,
          centreEn: centre.nameEn,
          regionCode: centre.regionCode,
          active: member.leaveDate === null || member.leaveDate > today,
        });
        return {
          action: 'import',
          entityType: 'staff',
          entityId: member.id,
          regionCode: centre.regionCode,
          centreId: centre.id,
          after,
        };
      }),
    );
  }
}

/**
 * Imports staff from an XLSX or CSV file into centres of the caller's scope. A dry run only
 * reports; a commit re-checks everything and writes all rows in one transaction, or none.
 */
export const importStaff = (
  db: AppDb,
  caller: Caller,
  file: Buffer,
  mode: ImportMode,
  locale: Locale,
): Promise<ImportReport> =>
  runImport(
    { kind: 'staff', specs: SPECS, defs: STAFF_IMPORT_DEFS, lock: IMPORT_LOCK, validate, insertAll },
    db,
    caller,
    file,
    mode,
    locale,
  );
