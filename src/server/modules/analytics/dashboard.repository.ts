import { type SQL, sql } from 'drizzle-orm';
import type { Dashboard } from '../../../shared/contracts/analytics';
import { CASE_OUTCOMES, type CaseOutcome } from '../../../shared/contracts/cases';
import type { DbOrTx } from '../../db/client';
import { per10k } from '../home/per-youth';
import { type DashboardFilter, dayAfter, firstDay, rowsOf } from './analytics-filter';
import { peopleFigures, serviceCells } from './journal-figures';

const int = (v: unknown) => Number(v ?? 0);

export { type DashboardFilter, dayAfter, rowsOf } from './analytics-filter';

/** Place conditions over the NEET cases (alias t, with region_code and centre_id columns). */
function placeOf(f: DashboardFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.regionCode) parts.push(sql`t.region_code = ${f.regionCode}`);
  if (f.centreId !== undefined) parts.push(sql`t.centre_id = ${f.centreId}`);
  if (f.centreKind)
    parts.push(sql`t.centre_id in (select c.id from centres c where c.kind = ${f.centreKind})`);
  return sql.join(parts, sql` and `);
}

const inPeriod = (column: string, f: DashboardFilter) =>
  sql`${sql.raw(column)} >= ${firstDay(f.from)}::date and ${sql.raw(column)} < ${dayAfter(f.to)}::date`;

/**
 * The dashboard figures of a filter, from `journal_month_services`, `journal_people_months` and
 * `neet_cases` only: the raw journal is never read. Distinct young people are distinct over the
 * whole place and period asked (someone served in two months or directions counts once in the total).
 */
export async function dashboardFigures(db: DbOrTx, f: DashboardFilter): Promise<Dashboard> {
  const [cells, people, population, cases, outcomes] = await Promise.all([
    serviceCells(db, f),
    peopleFigures(db, f),
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
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  const monthServices = new Map<string, number>();
  const directionServices = new Map<string, number>();
  const regionServices = new Map<string, number>();
  let services = 0;
  let anonymous = 0;
  for (const c of cells) {
    services += c.services;
    anonymous += c.anonymous;
    add(monthServices, c.month, c.services);
    add(directionServices, String(c.directionId), c.services);
    add(regionServices, c.regionCode, c.services);
  }
  const directionPeople = new Map([...people.byDirection].map(([id, n]) => [String(id), n]));
  const youthOf = new Map(population.map((r) => [String(r.region_code), r]));

  const outcomeCounts = Object.fromEntries(CASE_OUTCOMES.map((o) => [o, 0])) as Record<CaseOutcome, number>;
  for (const r of outcomes) outcomeCounts[r.outcome as CaseOutcome] = int(r.n);

  return {
    period: { from: f.from, to: f.to },
    totals: {
      services,
      anonymousServices: anonymous,
      youngPeople: people.total,
      neetReached: people.neet,
    },
    byMonth: monthsOfPeriod.map((month) => ({
      month,
      services: monthServices.get(month) ?? 0,
      youngPeople: people.byMonth.get(month) ?? 0,
    })),
    byDirection: [...new Set([...directionServices.keys(), ...directionPeople.keys()])]
      .map(Number)
      .sort((a, b) => a - b)
      .map((directionId) => ({
        directionId,
        services: directionServices.get(String(directionId)) ?? 0,
        youngPeople: directionPeople.get(String(directionId)) ?? 0,
      })),
    byRegion: [...new Set([...regionServices.keys(), ...people.byRegion.keys()])].sort().map((regionCode) => {
      const services = regionServices.get(regionCode) ?? 0;
      const youngPeople = people.byRegion.get(regionCode)?.people ?? 0;
      const neetReached = people.byRegion.get(regionCode)?.neet ?? 0;
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
