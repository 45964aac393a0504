import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { CentreKind, CentreService } from '../../../shared/constants/registry';
import type { Locale } from '../../../shared/constants/roles';
import type { Scope } from '../../../shared/contracts/auth';
import type { CentreImportColumn, ImportMode, ImportReport } from '../../../shared/contracts/files';
import { type CentreInput, centreInputSchema } from '../../../shared/contracts/registry';
import type { AppDb, DbOrTx } from '../../db/client';
import { recordAudit } from '../../platform/audit/audit';
import { type Cell, normalizeLabel, type Table, type TableRow } from '../../platform/files';
import { districts, regionContainsPoint, regions } from '../reference';
import { listCentres } from './centres.repository';
import { centreFieldErrors } from './centres.rules';
import { centreValues } from './centres.service';
import { actorOfCaller, type Caller } from './registry.caller';
import { CENTRE_IMPORT_DEFS, importColumnSpecs, matchChoice } from './registry.file-columns';
import { cellText, chunks, type ImportReportBuilder } from './registry.import';
import { runImport } from './registry.import-run';
import { centreInScope } from './registry.scope';
import { centres } from './registry.tables';

type Column = CentreImportColumn;
type Row = TableRow<Column>;
type Report = ImportReportBuilder<Column>;
type ParentRef = { id: number | null; code: string; kind: string; regionCode: string };

const SPECS = importColumnSpecs('centres', CENTRE_IMPORT_DEFS);
const INSERT_CHUNK = 500;
const IMPORT_LOCK = 7_240_002;

/** Regions by code and by any of their names; districts per region by any of their names. */
async function placeLookups(tx: DbOrTx) {
  const regionRows = await tx.select().from(regions).where(isNull(regions.validTo));
  const regionBy = new Map<string, string>();
  for (const r of regionRows) {
    regionBy.set(r.code, r.code);
    for (const name of [r.nameKk, r.nameRu, r.nameEn]) regionBy.set(normalizeLabel(name), r.code);
  }
  const districtRows = await tx.select().from(districts).where(isNull(districts.validTo));
  const districtBy = new Map<string, number>();
  for (const d of districtRows) {
    for (const name of [d.nameKk, d.nameRu, d.nameEn])
      districtBy.set(`${d.regionCode}|${normalizeLabel(name)}`, d.id);
  }
  return {
    region: (text: string) =>
      regionBy.get(/^\d{1,2}$/.test(text) ? text.padStart(2, '0') : normalizeLabel(text)),
    district: (regionCode: string, text: string) => districtBy.get(`${regionCode}|${normalizeLabel(text)}`),
  };
}

/** Centres already in the database with the file's codes or parent codes, by upper-case code. */
async function existingCentres(tx: DbOrTx, scope: Scope, rows: readonly Row[]) {
  const codes = new Set<string>();
  for (const r of rows) {
    for (const cell of [r.cells.code, r.cells.parentCode]) {
      const text = cellText(cell);
      if (text) codes.add(text.toUpperCase());
    }
  }
  const found = new Map<string, ParentRef>();
  for (const part of chunks([...codes], 5000)) {
    const list = await tx
      .select({ id: centres.id, code: centres.code, kind: centres.kind, regionCode: centres.regionCode })
      .from(centres)
      .where(and(centreInScope(scope), inArray(sql`upper(${centres.code})`, part)));
    for (const c of list) found.set(c.code.toUpperCase(), c);
  }
  return found;
}

function toNumber(cell: Cell | undefined): unknown {
  if (typeof cell === 'number') return cell;
  const text = cellText(cell);
  // Russian and Kazakh spreadsheets write decimals with a comma.
  return text === null ? null : text.replace(',', '.');
}

/** A `;`/line-separated list of services by code or name; a piece that is no service is split on commas too. */
function parseServices(text: string | null): { codes: CentreService[]; unknown: string[] } {
  const codes = new Set<CentreService>();
  const unknown: string[] = [];
  for (const piece of (text ?? '').split(/[;\n]/)) {
    if (!piece.trim()) continue;
    const whole = matchChoice('service', piece);
    if (whole) {
      codes.add(whole as CentreService);
      continue;
    }
    for (const part of piece.split(',')) {
      if (!part.trim()) continue;
      const code = matchChoice('service', part);
      if (code) codes.add(code as CentreService);
      else unknown.push(part.trim());
    }
  }
  return { codes: [...codes], unknown };
}

// Shared rule codes read better in a file report with a specific reason.
const RULE_REASONS: Record<string, string> = {
  'regionCode:not_found': 'region_not_found',
  'districtId:not_found': 'district_not_found',
  'parentId:not_found': 'parent_not_found',
  'parentId:invalid_choice': 'parent_invalid',
  'parentId:invalid_value': 'parent_not_allowed',
  'code:duplicate': 'code_taken',
};
const COLUMN_OF: Record<string, Column> = { districtId: 'districtName', parentId: 'parentCode' };
const columnOf = (field: string) => COLUMN_OF[field] ?? (field as Column);

interface Resolved {
  code: string | null;
  kind: CentreKind | undefined;
  regionCode: string | undefined;
}

async function validate(tx: DbOrTx, scope: Scope, report: Report, table: Table<Column>) {
  const places = await placeLookups(tx);
  const existing = await existingCentres(tx, scope, table.rows);

  // First pass: what each row says it is, so a child may name a parent defined further down the file.
  const resolved = new Map<number, Resolved>();
  const inFile = new Map<string, { row: number; ref: ParentRef }>();
  for (const row of table.rows) {
    const code = cellText(row.cells.code);
    const kindText = cellText(row.cells.kind);
    const regionText = cellText(row.cells.regionCode);
    const r: Resolved = {
      code,
      kind: kindText ? (matchChoice('kind', kindText) as CentreKind | undefined) : undefined,
      regionCode: regionText ? places.region(regionText) : undefined,
    };
    resolved.set(row.rowNumber, r);
    if (code && !inFile.has(code.toUpperCase()) && r.kind && r.regionCode) {
      inFile.set(code.toUpperCase(), {
        row: row.rowNumber,
        ref: { id: null, code, kind: r.kind, regionCode: r.regionCode },
      });
    }
  }

  const valid: { input: CentreInput; parentCode: string | null; parentId: number | null }[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const c = row.cells;
    const { code, kind, regionCode } = resolved.get(row.rowNumber)!;
    if (code) {
      const first = seen.get(code.toUpperCase());
      if (first !== undefined)
        report.rowError(row, 'code', 'duplicate', { reason: 'code_in_file', params: { row: first } });
      else seen.set(code.toUpperCase(), row.rowNumber);
    }
    const kindText = cellText(c.kind);
    if (!kindText) report.rowError(row, 'kind', 'required');
    else if (!kind) report.rowError(row, 'kind', 'invalid_choice', { reason: 'unknown_kind' });
    const regionText = cellText(c.regionCode);
    if (!regionText) report.rowError(row, 'regionCode', 'required');
    else if (!regionCode) report.rowError(row, 'regionCode', 'not_found', { reason: 'region_not_found' });

    const districtText = cellText(c.districtName);
    const districtId = districtText && regionCode ? places.district(regionCode, districtText) : undefined;
    if (districtText && regionCode && !districtId) {
      report.rowError(row, 'districtName', 'not_found', { reason: 'district_not_found' });
    }
    const parentText = cellText(c.parentCode);
    const parent = parentText
      ? (existing.get(parentText.toUpperCase()) ?? inFile.get(parentText.toUpperCase())?.ref)
      : undefined;
    if (parentText && !parent)
      report.rowError(row, 'parentCode', 'not_found', { reason: 'parent_not_found' });

    const services = parseServices(cellText(c.services));
    if (services.unknown.length) {
      report.rowError(row, 'services', 'invalid_choice', {
        reason: 'unknown_service',
        params: { value: services.unknown.join('; ') },
      });
    }

    const parsed = centreInputSchema.safeParse(
      {
        code: code ?? '',
        kind: kind ?? kindText ?? undefined,
        regionCode: regionCode ?? regionText ?? '',
        districtId,
        nameKk: cellText(c.nameKk) ?? '',
        nameRu: cellText(c.nameRu) ?? '',
        nameEn: cellText(c.nameEn),
        address: cellText(c.address) ?? '',
        latitude: toNumber(c.latitude),
        longitude: toNumber(c.longitude),
        phone: cellText(c.phone),
        email: cellText(c.email),
        openingHours: cellText(c.openingHours),
        services: services.codes,
      },
      { reportInput: true },
    );
    if (!parsed.success) {
      report.schemaErrors(row, parsed.error.issues, columnOf);
      continue;
    }
    const input = parsed.data;
    const ruleErrors = centreFieldErrors(
      { ...input, parentId: parent ? (parent.id ?? Number.MAX_SAFE_INTEGER) : null },
      {
        regionExists: true,
        districtRegion: districtId ? input.regionCode : null,
        parent: parent
          ? { id: parent.id ?? Number.MAX_SAFE_INTEGER, kind: parent.kind, regionCode: parent.regionCode }
          : null,
        codeTaken: existing.has(input.code.toUpperCase()),
        pointInRegion:
          input.latitude == null || input.longitude == null
            ? true
            : regionContainsPoint(input.regionCode, input.latitude, input.longitude),
      },
      scope,
    );
    for (const e of ruleErrors) {
      const column = columnOf(e.field);
      if (report.has(row, column)) continue;
      report.rowError(row, column, e.code, {
        reason: RULE_REASONS[`${e.field}:${e.code}`],
        params: e.params,
      });
    }
    if (report.isBad(row)) continue;
    valid.push({
      input,
      parentCode: parent && parent.id === null ? parent.code : null,
      parentId: parent?.id ?? null,
    });
  }
  return valid;
}

/** Inserts the centres, links parents defined in the same file, and audits each new centre. */
async function insertAll(tx: DbOrTx, caller: Caller, rows: Awaited<ReturnType<typeof validate>>) {
  const idByCode = new Map<string, number>();
  for (const part of chunks(rows, INSERT_CHUNK)) {
    const inserted = await tx
      .insert(centres)
      .values(
        part.map(({ input, parentId }) => ({
          ...centreValues(input),
          parentId: input.kind === 'regional' ? null : parentId,
        })),
      )
      .returning({ id: centres.id, code: centres.code });
    for (const c of inserted) idByCode.set(c.code.toUpperCase(), c.id);
  }
  const links = rows
    .filter((r) => r.parentCode)
    .map(
      (r) =>
        sql`(${idByCode.get(r.input.code.toUpperCase())}::int, ${idByCode.get(r.parentCode!.toUpperCase())}::int)`,
    );
  for (const part of chunks(links, 1000)) {
    await tx.execute(
      sql`update ${centres} set parent_id = v.parent_id from (values ${sql.join(part, sql`, `)}) as v(id, parent_id) where ${centres.id} = v.id`,
    );
  }
  const newIds = new Set(idByCode.values());
  const { items } = await listCentres(tx, { kind: 'country' }, {}, { unpaged: true });
  await recordAudit(
    tx,
    actorOfCaller(caller),
    items
      .filter((c) => newIds.has(c.id))
      .map((after) => ({
        action: 'import',
        entityType: 'centre',
        entityId: after.id,
        regionCode: after.regionCode,
        centreId: after.id,
        after,
      })),
  );
}

/**
 * Imports centres from an XLSX or CSV file (country-wide users). A dry run only reports; a commit
 * re-checks everything and writes all rows in one transaction, or none.
 */
export const importCentres = (
  db: AppDb,
  caller: Caller,
  file: Buffer,
  mode: ImportMode,
  locale: Locale,
): Promise<ImportReport> =>
  runImport(
    { kind: 'centres', specs: SPECS, defs: CENTRE_IMPORT_DEFS, lock: IMPORT_LOCK, validate, insertAll },
    db,
    caller,
    file,
    mode,
    locale,
  );
