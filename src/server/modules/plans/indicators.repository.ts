import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Indicator, IndicatorValue } from '../../../shared/contracts/indicators';
import type { DbOrTx } from '../../db/client';
import { JOURNAL_INDICATOR_CODES, type JournalIndicatorCode } from './indicators.catalogue';
import { journalFiguresByRegion } from './indicators.journal';
import { indicators, indicatorValues } from './indicators.tables';

type IndicatorRow = typeof indicators.$inferSelect;
type ValueRow = typeof indicatorValues.$inferSelect;

export const isJournalIndicator = (code: string): code is JournalIndicatorCode =>
  (JOURNAL_INDICATOR_CODES as readonly string[]).includes(code);

export const toIndicator = (row: IndicatorRow): Indicator => ({
  code: row.code,
  name: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn },
  description: { kk: row.descriptionKk ?? '', ru: row.descriptionRu ?? '', en: row.descriptionEn ?? '' },
  unit: row.unit,
  level: row.level,
  source: row.source,
  isActive: row.isActive,
});

const toValue = (code: string, row: ValueRow): IndicatorValue => ({
  indicatorCode: code,
  regionCode: row.regionCode,
  year: row.year,
  quarter: row.quarter,
  value: Number(row.value),
  ageBand: row.ageBand,
  sourceNote: row.sourceNote,
  sourceUrl: row.sourceUrl,
  origin: row.origin,
});

/** The whole catalogue, active indicators first, in the order they were added. */
export async function listIndicators(db: DbOrTx): Promise<Indicator[]> {
  const rows = await db.select().from(indicators).orderBy(asc(indicators.id));
  return rows.map(toIndicator).sort((a, b) => Number(b.isActive) - Number(a.isActive));
}

export async function findIndicatorRow(db: DbOrTx, code: string): Promise<IndicatorRow | undefined> {
  const [row] = await db.select().from(indicators).where(eq(indicators.code, code));
  return row;
}

/** A stored regional figure (no district, no centre) of one period, if any. */
export async function findRegionalValueRow(
  db: DbOrTx,
  indicatorId: number,
  regionCode: string,
  year: number,
  quarter: number | null,
): Promise<ValueRow | undefined> {
  const [row] = await db
    .select()
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.indicatorId, indicatorId),
        eq(indicatorValues.regionCode, regionCode),
        isNull(indicatorValues.districtId),
        isNull(indicatorValues.centreId),
        eq(indicatorValues.year, year),
        quarter === null ? isNull(indicatorValues.quarter) : eq(indicatorValues.quarter, quarter),
      ),
    );
  return row;
}

export const regionalValueOf = (code: string, row: ValueRow) => toValue(code, row);

/**
 * The regional figures of an indicator, by region then period (newest first). Stored indicators
 * answer their stored regional rows (optionally of one year); journal indicators are computed for
 * the year asked (default: `defaultYear`), one figure per region that has journal entries.
 */
export async function listRegionalValues(
  db: DbOrTx,
  row: IndicatorRow,
  filter: { regionCode?: string; year?: number },
  defaultYear: number,
): Promise<IndicatorValue[]> {
  if (isJournalIndicator(row.code)) {
    const year = filter.year ?? defaultYear;
    const code = row.code;
    const byRegion = await journalFiguresByRegion(db, year, { regionCode: filter.regionCode });
    return [...byRegion.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([regionCode, figures]) => ({
        indicatorCode: code,
        regionCode,
        year,
        quarter: null,
        value: figures[code],
        ageBand: 'all',
        sourceNote: null,
        sourceUrl: null,
        origin: 'journal' as const,
      }));
  }
  const rows = await db
    .select()
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.indicatorId, row.id),
        isNull(indicatorValues.districtId),
        isNull(indicatorValues.centreId),
        filter.regionCode ? eq(indicatorValues.regionCode, filter.regionCode) : undefined,
        filter.year !== undefined ? eq(indicatorValues.year, filter.year) : undefined,
      ),
    );
  return rows
    .sort(
      (a, b) =>
        a.regionCode.localeCompare(b.regionCode) || b.year - a.year || (b.quarter ?? 0) - (a.quarter ?? 0),
    )
    .map((r) => toValue(row.code, r));
}
