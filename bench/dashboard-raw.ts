import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../src/server/db/client';
import { dayAfter, rowsOf } from '../src/server/modules/analytics/dashboard.repository';
import type { Dashboard, Targets } from '../src/shared/contracts/analytics';

/** The national dashboard's period (whole months, both included). */
export interface Period {
  from: string;
  to: string;
}

/** The journal numbers a dashboard shows; what the rollup answer and the raw answer must agree on. */
export interface JournalFigures {
  totals: { services: number; anonymousServices: number; youngPeople: number; neetReached: number };
  byMonth: { month: string; services: number; youngPeople: number }[];
  byDirection: { directionId: number; services: number; youngPeople: number }[];
  byRegion: { regionCode: string; services: number; youngPeople: number }[];
  /** Distinct young people in the whole year the period ends in: the targets panel's figure. */
  yearPeople: number;
}

const int = (v: unknown) => Number(v ?? 0);

function liveInPeriod(p: Period): SQL {
  return sql`r.deleted_at is null and r.service_date >= ${`${p.from}-01`}::date and r.service_date < ${dayAfter(p.to)}::date`;
}

/**
 * The dashboard's journal figures computed straight from the raw journal (`journal_records`), the
 * way one would without rollups: what the rollups save. Queries run side by side, as the dashboard's do.
 */
export async function rawFigures(db: DbOrTx, p: Period): Promise<JournalFigures> {
  const where = liveInPeriod(p);
  const year = p.to.slice(0, 4);
  const [totals, byMonth, byDirection, byRegion, inYear] = await Promise.all([
    rowsOf(
      db.execute(sql`select count(*)::int as services,
        (count(*) filter (where r.youth_id is null))::int as anonymous,
        count(distinct r.youth_id)::int as people,
        (count(distinct r.youth_id) filter (where r.youth_neet))::int as neet
        from journal_records r where ${where}`),
    ),
    rowsOf(
      db.execute(sql`select to_char(r.service_date, 'YYYY-MM') as key, count(*)::int as services,
        count(distinct r.youth_id)::int as people from journal_records r where ${where} group by 1`),
    ),
    rowsOf(
      db.execute(sql`select r.direction_id as key, count(*)::int as services,
        count(distinct r.youth_id)::int as people from journal_records r where ${where} group by 1`),
    ),
    rowsOf(
      db.execute(sql`select r.region_code as key, count(*)::int as services,
        count(distinct r.youth_id)::int as people from journal_records r where ${where} group by 1`),
    ),
    rowsOf(
      db.execute(sql`select count(distinct r.youth_id)::int as people from journal_records r
        where ${liveInPeriod({ from: `${year}-01`, to: `${year}-12` })}`),
    ),
  ]);
  const months: string[] = [];
  for (let m = p.from; m <= p.to; m = dayAfter(m).slice(0, 7)) months.push(m);
  const byKey = new Map(byMonth.map((r) => [String(r.key), r]));
  return {
    totals: {
      services: int(totals[0]?.services),
      anonymousServices: int(totals[0]?.anonymous),
      youngPeople: int(totals[0]?.people),
      neetReached: int(totals[0]?.neet),
    },
    byMonth: months.map((month) => ({
      month,
      services: int(byKey.get(month)?.services),
      youngPeople: int(byKey.get(month)?.people),
    })),
    byDirection: byDirection
      .map((r) => ({ directionId: int(r.key), services: int(r.services), youngPeople: int(r.people) }))
      .sort((a, b) => a.directionId - b.directionId),
    byRegion: byRegion
      .map((r) => ({ regionCode: String(r.key), services: int(r.services), youngPeople: int(r.people) }))
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
    yearPeople: int(inYear[0]?.people),
  };
}

/** The same figures out of the dashboard's and the targets panel's answers. */
export function figuresOf(d: Dashboard, targets: Targets): JournalFigures {
  return {
    totals: { ...d.totals },
    byMonth: d.byMonth.map(({ month, services, youngPeople }) => ({ month, services, youngPeople })),
    byDirection: d.byDirection.map(({ directionId, services, youngPeople }) => ({
      directionId,
      services,
      youngPeople,
    })),
    byRegion: d.byRegion.map(({ regionCode, services, youngPeople }) => ({
      regionCode,
      services,
      youngPeople,
    })),
    yearPeople: targets.youthServed.value,
  };
}

/** The first place where two answers differ (a path and both values), or null when equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
    return Object.is(a, b) ? null : `${path || '.'}: rollups ${JSON.stringify(a)} ≠ raw ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const diff = firstDifference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${path}.${k}`,
    );
    if (diff) return diff;
  }
  return null;
}
