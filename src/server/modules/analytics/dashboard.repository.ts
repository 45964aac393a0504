import { type SQL, sql } from 'drizzle-orm';
import type { CentreKind } from '../../../shared/constants/registry';
import type { Dashboard } from '../../../shared/contracts/analytics';
import { CASE_OUTCOMES, type CaseOutcome } from '../../../shared/contracts/cases';
import type { DbOrTx } from '../../db/client';
import { per10k } from '../home/per-youth';

type Row = Record<string, unknown>;
// PGlite and node-postgres both answer `execute` with `{ rows }`; the driver types differ.
export const rowsOf = async (result: Promise<unknown>) => ((await result) as { rows: Row[] }).rows;
const int = (v: unknown) => Number(v ?? 0);

/** Where and what the dashboard counts, already confined to the caller's scope. */
export interface DashboardFilter {
  /** First and last month of the period, yyyy-mm, both included. */
  from: string;
  to: string;
  regionCode?: string;
  centreId?: number;
  centreKind?: CentreKind;
  directionId?: number;
}

const firstDay = (month: string) => `${month}-01`;
/** The first day after the period's last month. */
export function dayAfter(month: string) {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Conditions over a rollup or case table (alias t) with region_code and centre_id columns. */
function placeOf(f: DashboardFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.regionCode) parts.push(sql`t.region_code = ${f.regionCode}`);
  if (f.centreId !== undefined) parts.push(sql`t.centre_id = ${f.centreId}`);
  if (f.centreKind)
    parts.push(sql`t.centre_id in (select c.id from centres c where c.kind = ${f.centreKind})`);
  return sql.join(parts, sql` and `);
}

/** Period, place and direction conditions over a rollup (alias t) with the given date column. */
export function journalWhere(f: DashboardFilter, dateColumn: 'day' | 'month'): SQL {
  const column = sql.raw(`t.${dateColumn}`);
  const direction = f.directionId !== undefined ? sql` and t.direction_id = ${f.directionId}` : sql``;
  return sql`${column} >= ${firstDay(f.from)}::date and ${column} < ${dayAfter(f.to)}::date and ${placeOf(f)}${direction}`;
}

const inPeriod = (column: string, f: DashboardFilter) =>
  sql`${sql.raw(column)} >= ${firstDay(f.from)}::date and ${sql.raw(column)} < ${dayAfter(f.to)}::date`;

/**
 * The dashboard figures of a filter, from `journal_daily_rollup`, `journal_youth_months` and
 * `neet_cases` only: the raw journal is never read. Distinct young people are distinct over the
 * whole place and period asked (someone served in two months or directions counts once in the total).
 */
export async function dashboardFigures(db: DbOrTx, f: DashboardFilter): Promise<Dashboard> {
  const daily = journalWhere(f, 'day');
  const months = journalWhere(f, 'month');
  const [totals, people, servicesByMonth, peopleByMonth, servicesByDirection, peopleByDirection] =
    await Promise.all([
      rowsOf(
        db.execute(sql`select coalesce(sum(t.services), 0)::int as services,
          coalesce(sum(t.anonymous_services), 0)::int as anonymous
          from journal_daily_rollup t where ${daily}`),
      ),
      rowsOf(
        db.execute(sql`select count(distinct t.youth_id)::int as people,
          (count(distinct t.youth_id) filter (where t.neet))::int as neet
          from journal_youth_months t where ${months}`),
      ),
      rowsOf(
        db.execute(sql`select to_char(t.day, 'YYYY-MM') as month, sum(t.services)::int as services
          from journal_daily_rollup t where ${daily} group by 1`),
      ),
      rowsOf(
        db.execute(sql`select to_char(t.month, 'YYYY-MM') as month, count(distinct t.youth_id)::int as people
          from journal_youth_months t where ${months} group by 1`),
      ),
      rowsOf(
        db.execute(sql`select t.direction_id, sum(t.services)::int as services
          from journal_daily_rollup t where ${daily} group by 1`),
      ),
      rowsOf(
        db.execute(sql`select t.direction_id, count(distinct t.youth_id)::int as people
          from journal_youth_months t where ${months} group by 1`),
      ),
    ]);
  const [servicesByRegion, peopleByRegion, population, cases, outcomes] = await Promise.all([
    rowsOf(
      db.execute(sql`select t.region_code, sum(t.services)::int as services
        from journal_daily_rollup t where ${daily} group by 1`),
    ),
    rowsOf(
      db.execute(sql`select t.region_code, count(distinct t.youth_id)::int as people,
          (count(distinct t.youth_id) filter (where t.neet))::int as neet
        from journal_youth_months t where ${months} group by 1`),
    ),
    // The latest regional youth population on record up to the period's last year.
    rowsOf(
      db.execute(sql`select distinct on (v.region_code) v.region_code, v.value, v.year, v.age_band
        from indicator_values v join indicators i on i.id = v.indicator_id
        where i.code = 'youth_population' and v.district_id is null and v.centre_id is null
          and v.quarter is null and v.year <= ${Number(f.to.slice(0, 4))}
        order by v.region_code, v.year desc`),
    ),
    rowsOf(
      db.execute(sql`select
          (count(*) filter (where ${inPeriod('t.opened_on', f)}))::int as opened,
          (count(*) filter (where t.follow_up_3m_held and ${inPeriod('t.follow_up_3m_checked_on', f)}))::int as confirmed3m,
          (count(*) filter (where t.follow_up_6m_held and ${inPeriod('t.follow_up_6m_checked_on', f)}))::int as confirmed6m
        from neet_cases t where ${placeOf(f)}`),
    ),
    rowsOf(
      db.execute(sql`select t.outcome, count(*)::int as n from neet_cases t
        where ${placeOf(f)} and t.outcome is not null and ${inPeriod('coalesce(t.outcome_on, t.closed_on)', f)}
        group by 1`),
    ),
  ]);

  const monthsOfPeriod: string[] = [];
  for (let m = f.from; m <= f.to; m = dayAfter(m).slice(0, 7)) monthsOfPeriod.push(m);
  const byKey = (rows: Row[], key: string, value: string) =>
    new Map(rows.map((r) => [String(r[key]), int(r[value])]));
  const monthServices = byKey(servicesByMonth, 'month', 'services');
  const monthPeople = byKey(peopleByMonth, 'month', 'people');
  const directionServices = byKey(servicesByDirection, 'direction_id', 'services');
  const directionPeople = byKey(peopleByDirection, 'direction_id', 'people');
  const regionServices = byKey(servicesByRegion, 'region_code', 'services');
  const regionPeople = byKey(peopleByRegion, 'region_code', 'people');
  const regionNeet = byKey(peopleByRegion, 'region_code', 'neet');
  const youthOf = new Map(population.map((r) => [String(r.region_code), r]));

  const outcomeCounts = Object.fromEntries(CASE_OUTCOMES.map((o) => [o, 0])) as Record<CaseOutcome, number>;
  for (const r of outcomes) outcomeCounts[r.outcome as CaseOutcome] = int(r.n);

  return {
    period: { from: f.from, to: f.to },
    totals: {
      services: int(totals[0]?.services),
      anonymousServices: int(totals[0]?.anonymous),
      youngPeople: int(people[0]?.people),
      neetReached: int(people[0]?.neet),
    },
    byMonth: monthsOfPeriod.map((month) => ({
      month,
      services: monthServices.get(month) ?? 0,
      youngPeople: monthPeople.get(month) ?? 0,
    })),
    byDirection: [...new Set([...directionServices.keys(), ...directionPeople.keys()])]
      .map(Number)
      .sort((a, b) => a - b)
      .map((directionId) => ({
        directionId,
        services: directionServices.get(String(directionId)) ?? 0,
        youngPeople: directionPeople.get(String(directionId)) ?? 0,
      })),
    byRegion: [...new Set([...regionServices.keys(), ...regionPeople.keys()])].sort().map((regionCode) => {
      const services = regionServices.get(regionCode) ?? 0;
      const youngPeople = regionPeople.get(regionCode) ?? 0;
      const neetReached = regionNeet.get(regionCode) ?? 0;
      const known = youthOf.get(regionCode);
      const youthPopulation = known ? Number(known.value) : null;
      return {
        regionCode,
        services,
        youngPeople,
        neetReached,
        youthPopulation,
        youthPopulationYear: known ? int(known.year) : null,
        youthAgeBand: known ? String(known.age_band) : null,
        servicesPer10k: per10k(services, youthPopulation),
        youngPeoplePer10k: per10k(youngPeople, youthPopulation),
        neetReachedPer10k: per10k(neetReached, youthPopulation),
      };
    }),
    cases: {
      opened: int(cases[0]?.opened),
      outcomes: outcomeCounts,
      confirmed3m: int(cases[0]?.confirmed3m),
      confirmed6m: int(cases[0]?.confirmed6m),
    },
  };
}
