import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type DashboardFilter, dayAfter, firstDay, rowsOf } from './analytics-filter';

// The journal's figures for a dashboard filter from the small rollups (decisions 010, 011): services
// from `journal_region_month_services` or `journal_month_services`, distinct young people from the
// previous-occurrence counts of `journal_people_months`. None reads per-person rows.

const int = (v: unknown) => Number(v ?? 0);

/**
 * Services of the filter by month × direction × region: every breakdown the dashboard sums. The
 * country and a region read the region rollup (no centre, no service type: about twenty times
 * fewer rows); a centre reads its own month services.
 */
export async function serviceCells(db: DbOrTx, f: DashboardFilter) {
  const where: SQL[] = [sql`t.month >= ${firstDay(f.from)}::date and t.month < ${dayAfter(f.to)}::date`];
  if (f.regionCode) where.push(sql`t.region_code = ${f.regionCode}`);
  if (f.centreId !== undefined) where.push(sql`t.centre_id = ${f.centreId}`);
  if (f.centreKind) where.push(sql`t.centre_kind = ${f.centreKind}`);
  if (f.directionId !== undefined) where.push(sql`t.direction_id = ${f.directionId}`);
  const table = sql.raw(
    f.centreId === undefined ? 'journal_region_month_services' : 'journal_month_services',
  );
  const rows = await rowsOf(
    // Months formatted after grouping: to_char on every row costs more than the sum itself.
    db.execute(sql`select to_char(s.month, 'YYYY-MM') as month, s.direction_id, s.region_code, s.services, s.anonymous
      from (select t.month, t.direction_id, t.region_code,
          sum(t.services)::int as services, sum(t.anonymous_services)::int as anonymous
        from ${table} t where ${sql.join(where, sql` and `)} group by 1, 2, 3) s`),
  );
  return rows.map((r) => ({
    month: String(r.month),
    directionId: int(r.direction_id),
    regionCode: String(r.region_code),
    services: int(r.services),
    anonymous: int(r.anonymous),
  }));
}

/** Distinct young people of the filter: in total, per month, per direction and per region. */
export interface PeopleFigures {
  total: number;
  neet: number;
  byMonth: Map<string, number>;
  byDirection: Map<number, number>;
  /** Region code → everyone and NEET. */
  byRegion: Map<string, { people: number; neet: number }>;
}

/** The conditions that pick a filter's grain (alias t) and period; see `peopleFigures`. */
function grainOf(f: DashboardFilter) {
  const start = firstDay(f.from);
  const level: SQL[] = [];
  if (f.centreId !== undefined) {
    level.push(sql`t.centre_id = ${f.centreId}`);
    if (f.centreKind) level.push(sql`t.centre_kind = ${f.centreKind}`);
    if (f.regionCode) level.push(sql`t.region_code = ${f.regionCode}`);
  } else {
    level.push(sql`t.centre_id = 0 and t.centre_kind = ${f.centreKind ?? ''}`);
  }
  return {
    at: sql.join(level, sql` and `),
    // A region's grain carries its code; the country's has ''. A centre's rows carry its region.
    place: f.centreId !== undefined ? sql`true` : sql`t.region_code = ${f.regionCode ?? ''}`,
    direction: f.directionId ?? 0,
    period: sql`t.month >= ${start}::date and t.month < ${dayAfter(f.to)}::date`,
    firstInPeriod: sql`t.prev_month < ${start}::date`,
    national: f.centreId === undefined && !f.regionCode,
  };
}

/** Distinct young people of the filter over its whole period: one sum over one grain. */
export async function distinctPeople(db: DbOrTx, f: DashboardFilter): Promise<number> {
  const { at, place, direction, period, firstInPeriod } = grainOf(f);
  const [row] = await rowsOf(
    db.execute(sql`select coalesce(sum(t.people), 0)::int as people from journal_people_months t
      where ${at} and ${place} and t.direction_id = ${direction} and not t.neet and ${period} and ${firstInPeriod}`),
  );
  return int(row?.people);
}

/**
 * Reads the grains that answer the filter. The place picks the level: a centre's own rows (they
 * carry its kind, so a kind filter is a condition), else a region's or the country's rows with the
 * kind ('' = every kind). A grain's distinct people in [from, to] are the counts of months in the
 * period whose previous month in the grain falls before it; per month, all counts of that month.
 */
export async function peopleFigures(db: DbOrTx, f: DashboardFilter): Promise<PeopleFigures> {
  const { at, place, direction, period, firstInPeriod, national } = grainOf(f);

  const [main, directions, regions] = await Promise.all([
    rowsOf(
      db.execute(sql`select t.neet, to_char(t.month, 'YYYY-MM') as month,
          sum(t.people)::int as people, (sum(t.people) filter (where ${firstInPeriod}))::int as first
        from journal_people_months t
        where ${at} and ${place} and t.direction_id = ${direction} and ${period} group by 1, 2`),
    ),
    rowsOf(
      db.execute(sql`select t.direction_id, sum(t.people)::int as people
        from journal_people_months t
        where ${at} and ${place} and not t.neet and ${period} and ${firstInPeriod}
          and t.direction_id in (select d.id from service_directions d
            where ${f.directionId === undefined ? sql`true` : sql`d.id = ${f.directionId}`})
        group by 1`),
    ),
    // The country's breakdown by region reads the regions' grains; a region or a centre is its own.
    national
      ? rowsOf(
          db.execute(sql`select t.region_code, t.neet, sum(t.people)::int as people
            from journal_people_months t
            where ${at} and t.direction_id = ${direction} and t.region_code in (select r.code from regions r)
              and t.neet in (false, true) and ${period} and ${firstInPeriod}
            group by 1, 2`),
        )
      : rowsOf(
          db.execute(sql`select t.region_code, t.neet, sum(t.people)::int as people
            from journal_people_months t
            where ${at} and ${place} and t.direction_id = ${direction} and ${period} and ${firstInPeriod}
            group by 1, 2`),
        ),
  ]);

  const figures: PeopleFigures = {
    total: 0,
    neet: 0,
    byMonth: new Map(),
    byDirection: new Map(directions.map((r) => [int(r.direction_id), int(r.people)])),
    byRegion: new Map(),
  };
  for (const r of main) {
    if (r.neet) figures.neet += int(r.first);
    else {
      figures.total += int(r.first);
      figures.byMonth.set(String(r.month), int(r.people));
    }
  }
  for (const r of regions) {
    const code = String(r.region_code);
    const cell = figures.byRegion.get(code) ?? { people: 0, neet: 0 };
    if (r.neet) cell.neet += int(r.people);
    else cell.people += int(r.people);
    figures.byRegion.set(code, cell);
  }
  return figures;
}
