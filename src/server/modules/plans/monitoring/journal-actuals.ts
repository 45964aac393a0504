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

/** The ids of service directions by code; codes not known are absent. */
async function directionIds(db: DbOrTx, codes: string[]): Promise<Map<string, number>> {
  if (!codes.length) return new Map();
  const rows = await db
    .select({ id: serviceDirections.id, code: serviceDirections.code })
    .from(serviceDirections)
    .where(inArray(serviceDirections.code, codes));
  return new Map(rows.map((r) => [r.code, r.id]));
}

const quarterColumns = (ends: string[], expression: (end: string) => SQL<number>) =>
  Object.fromEntries(ends.map((end, i) => [`q${i + 1}`, expression(end).mapWith(Number)])) as Record<
    string,
    SQL<number>
  >;

/** Which measure for which centres; `key` names the answer. */
export interface MeasureRequest {
  key: string;
  measure: JournalMeasure;
  centreIds: number[];
}

type QuarterRow = Record<string, number> & { centreId: number };
const quartersOf = (row: QuarterRow | undefined, begun: number) =>
  [0, 1, 2, 3].map((i) => (i < begun ? Number(row?.[`q${i + 1}`] ?? 0) : null)) as QuarterValues;

/**
 * Year-to-date values of journal measures at the end of each quarter for several centres, read
 * only from the rollups (and, for confirmed NEET cases, the case register), with one query per
 * kind of measure however many measures and centres are asked for:
 * - `served_youth` / `neet_reached`: distinct young people (NEET in at least one month) from the
 *   centre's previous-occurrence counts (`journal_people_months`), so someone served in January and
 *   in May counts once in the Q2 figure;
 * - `services_total`: services from `journal_daily_rollup`;
 * - `neet_cases_confirmed`: cases closed with the outcome confirmed (cases carry no direction, so a
 *   direction does not narrow them).
 * Quarters not begun by the as-of date are null; the running quarter counts up to the as-of date.
 * An unknown indicator or direction gives zeros: the plan asks for something the journal never holds.
 */
export async function measuresActuals(
  db: DbOrTx,
  year: number,
  requests: MeasureRequest[],
  asOf: string,
): Promise<Map<string, Map<number, QuarterValues>>> {
  const ends = windowEnds(year, asOf);
  const from = `${year}-01-01`;
  const directions = await directionIds(db, [
    ...new Set(requests.flatMap((r) => (r.measure.direction ? [r.measure.direction] : []))),
  ]);
  const centresOf = (codes: string[]) => [
    ...new Set(requests.filter((r) => codes.includes(r.measure.indicatorCode)).flatMap((r) => r.centreIds)),
  ];
  const last = ends[ends.length - 1];

  const people = centresOf(['served_youth', 'neet_reached']);
  const services = centresOf(['services_total']);
  const cases = centresOf(['neet_cases_confirmed']);
  const [peopleRows, serviceRows, caseRows] = await Promise.all([
    // Each centre's own grain of the previous-occurrence counts (decision 010): the people of the
    // year to a quarter's end are the counts of its months whose previous month is before January.
    people.length && last
      ? db
          .select({
            centreId: journalPeopleMonths.centreId,
            directionId: journalPeopleMonths.directionId,
            neet: journalPeopleMonths.neet,
            ...quarterColumns(
              ends.map((e) => e.month),
              (end) =>
                sql<number>`coalesce(sum(${journalPeopleMonths.people}) filter (where ${journalPeopleMonths.month} < ${end}), 0)`,
            ),
          })
          .from(journalPeopleMonths)
          .where(
            and(
              inArray(journalPeopleMonths.centreId, people),
              inArray(journalPeopleMonths.directionId, [0, ...directions.values()]),
              gte(journalPeopleMonths.month, from),
              lt(journalPeopleMonths.month, last.month),
              lt(journalPeopleMonths.prevMonth, from),
            ),
          )
          .groupBy(journalPeopleMonths.centreId, journalPeopleMonths.directionId, journalPeopleMonths.neet)
      : [],
    services.length && last
      ? db
          .select({
            centreId: journalDailyRollup.centreId,
            directionId: journalDailyRollup.directionId,
            ...quarterColumns(
              ends.map((e) => e.day),
              (end) =>
                sql<number>`coalesce(sum(${journalDailyRollup.services}) filter (where ${journalDailyRollup.day} < ${end}), 0)`,
            ),
          })
          .from(journalDailyRollup)
          .where(
            and(
              inArray(journalDailyRollup.centreId, services),
              gte(journalDailyRollup.day, from),
              lt(journalDailyRollup.day, last.day),
            ),
          )
          .groupBy(journalDailyRollup.centreId, journalDailyRollup.directionId)
      : [],
    cases.length && last
      ? db
          .select({
            centreId: neetCases.centreId,
            ...quarterColumns(
              ends.map((e) => e.day),
              (end) => sql<number>`count(*) filter (where ${neetCases.closedOn} < ${end})`,
            ),
          })
          .from(neetCases)
          .where(
            and(
              inArray(neetCases.centreId, cases),
              eq(neetCases.status, 'closed_confirmed'),
              gte(neetCases.closedOn, from),
              lt(neetCases.closedOn, last.day),
            ),
          )
          .groupBy(neetCases.centreId)
      : [],
  ]);

  const answer = new Map<string, Map<number, QuarterValues>>();
  for (const { key, measure, centreIds } of requests) {
    const values = new Map<number, QuarterValues>();
    answer.set(key, values);
    const direction = measure.direction ? directions.get(measure.direction) : 0;
    for (const centreId of centreIds) {
      let row: QuarterRow | undefined;
      if (direction === undefined) row = undefined;
      else if (measure.indicatorCode === 'served_youth' || measure.indicatorCode === 'neet_reached') {
        const neet = measure.indicatorCode === 'neet_reached';
        row = peopleRows.find(
          (r) => r.centreId === centreId && r.directionId === direction && r.neet === neet,
        ) as QuarterRow | undefined;
      } else if (measure.indicatorCode === 'services_total') {
        // Services add up: the whole direction or all of them.
        const parts = serviceRows.filter(
          (r) => r.centreId === centreId && (!direction || r.directionId === direction),
        );
        row = { centreId } as QuarterRow;
        for (const part of parts)
          for (let i = 1; i <= ends.length; i++)
            row[`q${i}`] = (row[`q${i}`] ?? 0) + Number((part as QuarterRow)[`q${i}`]);
      } else if (measure.indicatorCode === 'neet_cases_confirmed') {
        row = caseRows.find((r) => r.centreId === centreId) as QuarterRow | undefined;
      }
      values.set(centreId, quartersOf(row, ends.length));
    }
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
  const requests = kpis.flatMap((kpi) =>
    kpi.source === 'journal' && kpi.measure
      ? [{ key: kpi.id, measure: kpi.measure, centreIds: [centreId] }]
      : [],
  );
  const values = await measuresActuals(db, year, requests, asOf);
  return new Map(requests.map((r) => [r.key, values.get(r.key)?.get(centreId) ?? [null, null, null, null]]));
}
