import { asc, sql } from 'drizzle-orm';
import {
  OPEN_DATA_AGE_BANDS,
  type OpenDataRow,
  type OpenDataSet,
  type OpenDataTable,
  SUPPRESSED_FLAG,
  TOTAL_CATEGORY,
} from '../../../shared/contracts/open-data';
import type { AppDb } from '../../db/client';
import { serviceDirections } from '../journal/journal.tables';
import { regions } from '../reference/reference.tables';
import { type CountTable, MIN_CELL, publishTables } from './open-data';

type Name = { kk: string; ru: string; en: string };

export const NATIONAL_NAME: Name = {
  kk: 'Қазақстан Республикасы',
  ru: 'Республика Казахстан',
  en: 'Republic of Kazakhstan',
};
export const TOTAL_NAME: Name = { kk: 'Барлығы', ru: 'Всего', en: 'Total' };

export const GENDER_NAMES: Record<string, Name> = {
  female: { kk: 'Әйел', ru: 'Женский', en: 'Female' },
  male: { kk: 'Ер', ru: 'Мужской', en: 'Male' },
  unknown: { kk: 'Көрсетілмеген', ru: 'Не указан', en: 'Not recorded' },
};

export const AGE_BAND_NAMES: Record<(typeof OPEN_DATA_AGE_BANDS)[number], Name> = {
  '14_18': { kk: '14–18 жас', ru: '14–18 лет', en: '14–18 years' },
  '19_23': { kk: '19–23 жас', ru: '19–23 года', en: '19–23 years' },
  '24_28': { kk: '24–28 жас', ru: '24–28 лет', en: '24–28 years' },
  '29_35': { kk: '29–35 жас', ru: '29–35 лет', en: '29–35 years' },
  other: { kk: 'Басқа жас немесе белгісіз', ru: 'Другой возраст или не указан', en: 'Other or unknown age' },
};

/** First and last day, and first and last month, of a year or one of its quarters. */
export function periodOf(year: number, quarter?: number) {
  const firstMonth = quarter ? (quarter - 1) * 3 + 1 : 1;
  const lastMonth = quarter ? firstMonth + 2 : 12;
  const mm = (m: number) => String(m).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return {
    from: `${year}-${mm(firstMonth)}-01`,
    to: `${year}-${mm(lastMonth)}-${lastDay}`,
    lastMonthStart: `${year}-${mm(lastMonth)}-01`,
  };
}

interface Counts {
  cells: Map<string, number>;
  rowTotals: Map<string, number>;
  columnTotals: Map<string, number>;
  grand: number;
}

/** Distinct young people over the months, by region × the category expression, with all margins. */
async function countDistinct(db: AppDb, category: ReturnType<typeof sql>, from: string, to: string) {
  const result = (await db.execute(sql`
    select region_code as "region", (${category})::text as "category",
      count(distinct youth_id)::int as "people",
      grouping(region_code)::int as "allRegions", grouping((${category}))::int as "allCategories"
    from journal_youth_months
    where month >= ${from}::date and month <= ${to}::date
    group by grouping sets ((region_code, (${category})), (region_code), ((${category})), ())`)) as unknown as {
    rows: {
      region: string | null;
      category: string | null;
      people: number;
      allRegions: number;
      allCategories: number;
    }[];
  };
  const counts: Counts = { cells: new Map(), rowTotals: new Map(), columnTotals: new Map(), grand: 0 };
  for (const r of result.rows) {
    const people = Number(r.people);
    if (Number(r.allRegions) && Number(r.allCategories)) counts.grand = people;
    else if (Number(r.allCategories)) counts.rowTotals.set(r.region!, people);
    else if (Number(r.allRegions)) counts.columnTotals.set(r.category!, people);
    else counts.cells.set(`${r.region}|${r.category}`, people);
  }
  return counts;
}

const AGE_BAND_SQL = sql`case
  when age between 14 and 18 then '14_18' when age between 19 and 23 then '19_23'
  when age between 24 and 28 then '24_28' when age between 29 and 35 then '29_35' else 'other' end`;

/**
 * The youth-served dataset for a year or a quarter: distinct young people per region × direction,
 * gender and age band with region and national totals, from `journal_youth_months`, suppressed
 * together (shared region and national totals) so no group under five people can be read or derived.
 */
export async function youthServedDataset(db: AppDb, year: number, quarter?: number): Promise<OpenDataSet> {
  const period = periodOf(year, quarter);
  const [regionRows, directionRows, byDirection, byGender, byAge] = await Promise.all([
    db.select().from(regions).orderBy(asc(regions.code)),
    db.select().from(serviceDirections).orderBy(asc(serviceDirections.sortOrder), asc(serviceDirections.id)),
    countDistinct(db, sql`direction_id`, period.from, period.lastMonthStart),
    countDistinct(db, sql`coalesce(gender, 'unknown')`, period.from, period.lastMonthStart),
    countDistinct(db, AGE_BAND_SQL, period.from, period.lastMonthStart),
  ]);

  // Regions in force during the period, and any region the journal names (a closed one keeps its row).
  const regionNames = new Map<string, Name>();
  for (const r of regionRows) {
    const inForce = r.validFrom <= period.to && (r.validTo === null || r.validTo >= period.from);
    if (inForce || byDirection.rowTotals.has(r.code)) {
      regionNames.set(r.code, { kk: r.nameKk, ru: r.nameRu, en: r.nameEn });
    }
  }
  const rowKeys = [...regionNames.keys()].sort();

  const directionNames = new Map<string, Name>();
  const directionCodes = new Map<string, string>();
  for (const d of directionRows) {
    if (!d.isActive && !byDirection.columnTotals.has(String(d.id))) continue;
    directionNames.set(String(d.id), { kk: d.nameKk, ru: d.nameRu, en: d.nameEn });
    directionCodes.set(String(d.id), d.code);
  }

  const tableOf = (code: OpenDataTable, columnKeys: string[], counts: Counts): CountTable => ({
    code,
    rowKeys,
    columnKeys,
    cell: (r, c) => counts.cells.get(`${r}|${c}`) ?? 0,
    // Region and national totals are the same distinct people in every table: taken from one count.
    rowTotal: (r) => byDirection.rowTotals.get(r) ?? 0,
    columnTotal: (c) => counts.columnTotals.get(c) ?? 0,
    grandTotal: byDirection.grand,
  });
  const tables = [
    tableOf('by_direction', [...directionNames.keys()], byDirection),
    tableOf('by_gender', Object.keys(GENDER_NAMES), byGender),
    tableOf('by_age_band', [...OPEN_DATA_AGE_BANDS], byAge),
  ];

  const categoryOf = (table: string, column: string | null): { code: string; name: Name } => {
    if (column === null) return { code: TOTAL_CATEGORY, name: TOTAL_NAME };
    if (table === 'by_direction')
      return { code: directionCodes.get(column)!, name: directionNames.get(column)! };
    if (table === 'by_gender') return { code: column, name: GENDER_NAMES[column] };
    return { code: column, name: AGE_BAND_NAMES[column as keyof typeof AGE_BAND_NAMES] };
  };
  const rows: OpenDataRow[] = publishTables(tables).map((cell) => {
    const category = categoryOf(cell.table, cell.column);
    return {
      table: cell.table as OpenDataTable,
      regionCode: cell.row,
      regionName: cell.row === null ? NATIONAL_NAME : regionNames.get(cell.row)!,
      category: category.code,
      categoryName: category.name,
      people: cell.value,
      flag: cell.suppressed ? SUPPRESSED_FLAG : null,
    };
  });
  return {
    dataset: 'youth-served',
    year,
    quarter: quarter ?? null,
    periodFrom: period.from,
    periodTo: period.to,
    minCell: MIN_CELL,
    rows,
  };
}
