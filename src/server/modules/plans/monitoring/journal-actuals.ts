import { and, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { QuarterValues } from '../../../../shared/contracts/plan-monitoring';
import { todayInKazakhstan } from '../../../../shared/today';
import type { DbOrTx } from '../../../db/client';
import { neetCases } from '../../journal/cases/cases.tables';
import { serviceDirections } from '../../journal/journal.tables';
import { journalDailyRollup, journalPeopleMonths } from '../../journal/records/records.tables';
import { quarterBounds, quartersBegun } from './kpi-status';

/** What a journal KPI counts: a journal indicator, optionally within one service direction (by code). */
export interface JournalMeasure {
  indicatorCode: string;
  direction: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const nextDay = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const nextMonth = (iso: string) => {
  const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
};
const minIso = (a: string, b: string) => (a < b ? a : b);

/**
 * The exclusive end of each begun quarter's year-to-date window, cut at the as-of date: by day for
 * services and cases, by month for people (the people counts know months, not days).
 */
function windowEnds(year: number, asOf: string) {
  const begun = quartersBegun(year, asOf);
  return Array.from({ length: begun }, (_, i) => {
    const { to } = quarterBounds(year, i + 1);
    return { day: minIso(to, nextDay(asOf)), month: minIso(to, nextMonth(asOf)) };
  });
}

/** The id of a service direction by its code; undefined when the code is unknown. */
async function directionId(db: DbOrTx, code: string): Promise<number | undefined> {
  const [row] = await db
    .select({ id: serviceDirections.id })
    .from(serviceDirections)
    .where(eq(serviceDirections.code, code));
  return row?.id;
}

const quarterColumns = (ends: string[], expression: (end: string) => SQL<number>) =>
  Object.fromEntries(ends.map((end, i) => [`q${i + 1}`, expression(end).mapWith(Number)])) as Record<
    string,
    SQL<number>
  >;

/**
 * Year-to-date values of one journal measure at the end of each quarter for several centres, read
 * only from the rollups (and, for confirmed NEET cases, the case register):
 * - `served_youth` / `neet_reached`: distinct young people (NEET in at least one month) from the
 *   centre's previous-occurrence counts (`journal_people_months`), so someone served in January and
 *   in May counts once in the Q2 figure;
 * - `services_total`: services from `journal_daily_rollup`;
 * - `neet_cases_confirmed`: cases closed with the outcome confirmed (cases carry no direction, so a
 *   direction does not narrow them).
 * Quarters not begun by the as-of date are null; the running quarter counts up to the as-of date.
 * An unknown indicator or direction gives zeros: the plan asks for something the journal never holds.
 */
export async function measureActuals(
  db: DbOrTx,
  centreIds: number[],
  year: number,
  measure: JournalMeasure,
  asOf: string,
): Promise<Map<number, QuarterValues>> {
  const ends = windowEnds(year, asOf);
  const from = `${year}-01-01`;
  const answer = new Map<number, QuarterValues>();
  const empty = (): QuarterValues => [0, 1, 2, 3].map((i) => (i < ends.length ? 0 : null)) as QuarterValues;
  for (const id of centreIds) answer.set(id, empty());
  if (!centreIds.length || !ends.length) return answer;

  const direction = measure.direction ? await directionId(db, measure.direction) : null;
  if (direction === undefined) return answer;

  let rows: Array<Record<string, number>> = [];
  const code = measure.indicatorCode;
  if (code === 'served_youth' || code === 'neet_reached') {
    // Each centre's own grain of the previous-occurrence counts (decision 010): the people of the
    // year to a quarter's end are the counts of its months whose previous month is before January.
    const t = journalPeopleMonths;
    rows = await db
      .select({
        centreId: t.centreId,
        ...quarterColumns(
          ends.map((e) => e.month),
          (end) => sql<number>`coalesce(sum(${t.people}) filter (where ${t.month} < ${end}), 0)`,
        ),
      })
      .from(t)
      .where(
        and(
          inArray(t.centreId, centreIds),
          eq(t.directionId, direction ?? 0),
          eq(t.neet, code === 'neet_reached'),
          gte(t.month, from),
          lt(t.month, ends[ends.length - 1].month),
          lt(t.prevMonth, from),
        ),
      )
      .groupBy(t.centreId);
  } else if (code === 'services_total') {
    const t = journalDailyRollup;
    rows = await db
      .select({
        centreId: t.centreId,
        ...quarterColumns(
          ends.map((e) => e.day),
          (end) => sql<number>`coalesce(sum(${t.services}) filter (where ${t.day} < ${end}), 0)`,
        ),
      })
      .from(t)
      .where(
        and(
          inArray(t.centreId, centreIds),
          gte(t.day, from),
          lt(t.day, ends[ends.length - 1].day),
          ...(direction !== null ? [eq(t.directionId, direction)] : []),
        ),
      )
      .groupBy(t.centreId);
  } else if (code === 'neet_cases_confirmed') {
    const t = neetCases;
    rows = await db
      .select({
        centreId: t.centreId,
        ...quarterColumns(
          ends.map((e) => e.day),
          (end) => sql<number>`count(*) filter (where ${t.closedOn} < ${end})`,
        ),
      })
      .from(t)
      .where(
        and(
          inArray(t.centreId, centreIds),
          eq(t.status, 'closed_confirmed'),
          gte(t.closedOn, from),
          lt(t.closedOn, ends[ends.length - 1].day),
        ),
      )
      .groupBy(t.centreId);
  }
  for (const row of rows) {
    answer.set(
      row.centreId,
      [0, 1, 2, 3].map((i) => (i < ends.length ? Number(row[`q${i + 1}`] ?? 0) : null)) as QuarterValues,
    );
  }
  return answer;
}

/**
 * For each journal KPI of a centre's plan, the year-to-date actual at the end of each quarter
 * (null for quarters not begun by `asOf`, today in Kazakhstan by default), from the rollups only.
 * Manual KPIs are left out: their actuals are entered (see manual-actuals.ts).
 */
export async function kpiActuals(
  db: DbOrTx,
  centreId: number,
  year: number,
  kpis: ReadonlyArray<{ id: string; source: string; measure: JournalMeasure | null }>,
  asOf: string = todayInKazakhstan(),
): Promise<Map<string, QuarterValues>> {
  const answer = new Map<string, QuarterValues>();
  for (const kpi of kpis) {
    if (kpi.source !== 'journal' || !kpi.measure) continue;
    const values = await measureActuals(db, [centreId], year, kpi.measure, asOf);
    answer.set(kpi.id, values.get(centreId) ?? [null, null, null, null]);
  }
  return answer;
}
