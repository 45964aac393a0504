import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Locale } from '../../../shared/constants/roles';
import type { ImportMode, ImportReport } from '../../../shared/contracts/files';
import type { AppDb, DbOrTx } from '../../db/client';
import { recordAudit } from '../../platform/audit/audit';
import type { Cell, Table, TableRow } from '../../platform/files';
import { districts, regions } from '../reference/reference.tables';
import { actorOfCaller, type Caller } from '../registry/registry.caller';
import { type ImportColumnDef, importColumnSpecs } from '../registry/registry.file-columns';
import { cellText, type ImportReportBuilder } from '../registry/registry.import';
import { runImport } from '../registry/registry.import-run';
import { centres } from '../registry/registry.tables';
import { isJournalIndicator } from './indicators.repository';
import { indicators, indicatorValues } from './indicators.tables';

/** Column ids of an indicator figures file. */
export const INDICATOR_IMPORT_COLUMNS = [
  'indicatorCode',
  'regionCode',
  'place',
  'year',
  'quarter',
  'value',
  'ageBand',
  'sourceNote',
] as const;
type Col = (typeof INDICATOR_IMPORT_COLUMNS)[number];

/** Columns of an indicator figures file: our headers in kk/ru/en plus words of statistics tables. */
export const INDICATOR_IMPORT_DEFS: readonly ImportColumnDef<Col>[] = [
  { id: 'indicatorCode', required: true, aliases: ['indicator', 'показатель', 'көрсеткіш'] },
  { id: 'regionCode', required: true, aliases: ['region', 'регион', 'облыс', 'като региона'] },
  { id: 'place', required: false, aliases: ['district kato', 'centre code', 'като района', 'код центра'] },
  { id: 'year', required: true, aliases: ['год', 'жыл'] },
  { id: 'quarter', required: false, aliases: ['квартал', 'тоқсан', 'q'] },
  { id: 'value', required: true, aliases: ['значение', 'мәні', 'figure'] },
  { id: 'ageBand', required: false, aliases: ['возраст', 'жас тобы', 'age'] },
  { id: 'sourceNote', required: false, aliases: ['источник', 'дереккөз', 'source', 'note'] },
];

const SPECS = importColumnSpecs('indicators', INDICATOR_IMPORT_DEFS);
// Serialises figure imports so a commit's checks and writes see no other import half-way.
const IMPORT_LOCK = 7_240_012;

type ValidFigure = {
  indicatorId: number;
  indicatorCode: string;
  regionCode: string;
  districtId: number | null;
  centreId: number | null;
  year: number;
  quarter: number | null;
  value: number;
  ageBand: string;
  sourceNote: string | null;
};

/** A number cell: typed numbers as they are, text with a decimal comma or spaces between thousands. */
function numberOf(cell: Cell | undefined): number | null | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const text = cellText(cell);
  if (text === null) return null;
  const n = Number(text.replace(/[\s\u00a0]/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** A region code as written: `35`, `5` (a number cell lost its zero is not a KATO code; kept as typed). */
const regionCodeOf = (cell: Cell | undefined) => {
  const text = cellText(cell);
  return text === null ? null : text.padStart(2, '0');
};

async function lookups(db: DbOrTx, table: Table<Col>) {
  const codes = [...new Set(table.rows.map((r) => cellText(r.cells.indicatorCode)?.toLowerCase() ?? ''))];
  const places = [...new Set(table.rows.map((r) => cellText(r.cells.place) ?? ''))].filter(Boolean);
  const [indicatorRows, regionRows, districtRows, centreRows] = await Promise.all([
    codes.length ? db.select().from(indicators).where(inArray(indicators.code, codes)) : [],
    db.select({ code: regions.code }).from(regions),
    db
      .select({ id: districts.id, regionCode: districts.regionCode, kato: districts.katoPrefix })
      .from(districts)
      .where(isNull(districts.validTo)),
    places.length
      ? db
          .select({ id: centres.id, code: centres.code, regionCode: centres.regionCode })
          .from(centres)
          .where(
            inArray(
              sql`upper(${centres.code})`,
              places.map((p) => p.toUpperCase()),
            ),
          )
      : [],
  ]);
  return {
    indicator: new Map(indicatorRows.map((r) => [r.code, r])),
    region: new Set(regionRows.map((r) => r.code)),
    district: new Map(districtRows.filter((d) => d.kato).map((d) => [d.kato as string, d])),
    centre: new Map(centreRows.map((c) => [c.code.toUpperCase(), c])),
  };
}

async function validate(
  db: DbOrTx,
  report: ImportReportBuilder<Col>,
  table: Table<Col>,
): Promise<ValidFigure[]> {
  const known = await lookups(db, table);
  const valid: ValidFigure[] = [];
  const seen = new Map<string, number>();
  const numberCell = (row: TableRow<Col>, col: Col, required: boolean) => {
    const n = numberOf(row.cells[col]);
    if (n === undefined) report.rowError(row, col, 'invalid_number');
    else if (n === null && required) report.rowError(row, col, 'required');
    return n ?? null;
  };
  for (const row of table.rows) {
    const code = cellText(row.cells.indicatorCode)?.toLowerCase() ?? null;
    const indicator = code ? known.indicator.get(code) : undefined;
    if (!code) report.rowError(row, 'indicatorCode', 'required');
    else if (!indicator) report.rowError(row, 'indicatorCode', 'not_found');
    else if (isJournalIndicator(code) || indicator.source === 'journal')
      report.rowError(row, 'indicatorCode', 'invalid_choice');

    const regionCode = regionCodeOf(row.cells.regionCode);
    if (!regionCode) report.rowError(row, 'regionCode', 'required');
    else if (!known.region.has(regionCode)) report.rowError(row, 'regionCode', 'not_found');

    let districtId: number | null = null;
    let centreId: number | null = null;
    const place = cellText(row.cells.place);
    if (indicator && regionCode && !report.isBad(row)) {
      if (indicator.level === 'region' && place) report.rowError(row, 'place', 'invalid_value');
      else if (indicator.level !== 'region' && !place) report.rowError(row, 'place', 'required');
      else if (indicator.level === 'district' && place) {
        const d = known.district.get(place);
        if (!d) report.rowError(row, 'place', 'not_found');
        else if (d.regionCode !== regionCode) report.rowError(row, 'place', 'outside_region');
        else districtId = d.id;
      } else if (indicator.level === 'centre' && place) {
        const c = known.centre.get(place.toUpperCase());
        if (!c) report.rowError(row, 'place', 'not_found');
        else if (c.regionCode !== regionCode) report.rowError(row, 'place', 'outside_region');
        else centreId = c.id;
      }
    }

    const year = numberCell(row, 'year', true);
    if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100))
      report.rowError(row, 'year', 'invalid_value');
    const quarter = numberCell(row, 'quarter', false);
    if (quarter !== null && ![1, 2, 3, 4].includes(quarter)) report.rowError(row, 'quarter', 'invalid_value');
    const value = numberCell(row, 'value', true);
    if (value !== null && value < 0) report.rowError(row, 'value', 'too_small', { params: { min: 0 } });
    const ageBand = cellText(row.cells.ageBand) ?? 'not stated';
    if (ageBand.length > 40) report.rowError(row, 'ageBand', 'too_long', { params: { max: 40 } });
    const sourceNote = cellText(row.cells.sourceNote);
    if (sourceNote && sourceNote.length > 2000)
      report.rowError(row, 'sourceNote', 'too_long', { params: { max: 2000 } });

    if (report.isBad(row) || !indicator || !regionCode || year === null || value === null) continue;
    const key = [indicator.id, regionCode, districtId, centreId, year, quarter].join('|');
    if (seen.has(key)) {
      report.rowError(row, 'indicatorCode', 'duplicate', { params: { row: seen.get(key) ?? 0 } });
      continue;
    }
    seen.set(key, row.rowNumber);
    valid.push({
      indicatorId: indicator.id,
      indicatorCode: indicator.code,
      regionCode,
      districtId,
      centreId,
      year,
      quarter,
      value,
      ageBand,
      sourceNote,
    });
  }
  return valid;
}

const samePlace = (f: ValidFigure) =>
  and(
    eq(indicatorValues.indicatorId, f.indicatorId),
    eq(indicatorValues.regionCode, f.regionCode),
    f.districtId === null ? isNull(indicatorValues.districtId) : eq(indicatorValues.districtId, f.districtId),
    f.centreId === null ? isNull(indicatorValues.centreId) : eq(indicatorValues.centreId, f.centreId),
    eq(indicatorValues.year, f.year),
    f.quarter === null ? isNull(indicatorValues.quarter) : eq(indicatorValues.quarter, f.quarter),
  );

async function writeAll(tx: DbOrTx, caller: Caller, figures: ValidFigure[]) {
  const audits = [];
  for (const f of figures) {
    const values = {
      value: f.value,
      ageBand: f.ageBand,
      sourceNote: f.sourceNote,
      origin: 'import' as const,
      updatedBy: caller.user.id,
    };
    const [existing] = await tx.select().from(indicatorValues).where(samePlace(f));
    const [row] = existing
      ? await tx
          .update(indicatorValues)
          .set({ ...values, updatedAt: sql`now()` })
          .where(eq(indicatorValues.id, existing.id))
          .returning()
      : await tx
          .insert(indicatorValues)
          .values({
            indicatorId: f.indicatorId,
            regionCode: f.regionCode,
            districtId: f.districtId,
            centreId: f.centreId,
            year: f.year,
            quarter: f.quarter,
            ...values,
          })
          .returning();
    audits.push({
      action: existing ? 'update' : 'create',
      entityType: 'indicator_value',
      entityId: row.id,
      regionCode: row.regionCode,
      centreId: row.centreId,
      before: existing ?? undefined,
      after: { ...row, indicatorCode: f.indicatorCode },
    });
  }
  await recordAudit(tx, actorOfCaller(caller), audits);
}

/**
 * Imports indicator figures from XLSX or CSV (national users): a dry run reports every bad row; a
 * commit adds or replaces all figures or none. Journal indicators are computed and refused.
 */
export function importIndicatorValues(
  db: AppDb,
  caller: Caller,
  file: Buffer,
  mode: ImportMode,
  locale: Locale,
): Promise<ImportReport> {
  return runImport<Col, ValidFigure>(
    {
      kind: 'indicators',
      specs: SPECS,
      defs: INDICATOR_IMPORT_DEFS,
      lock: IMPORT_LOCK,
      validate: (tx, _scope, report, table) => validate(tx, report, table),
      insertAll: writeAll,
    },
    db,
    caller,
    file,
    mode,
    locale,
  );
}
