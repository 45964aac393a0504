import { sql } from 'drizzle-orm';
import type { CentreKind } from '../../../shared/constants/registry';
import type { RankingItem, RankingMeasure, Rankings } from '../../../shared/contracts/analytics';
import type { DbOrTx } from '../../db/client';
import { per10k } from '../home/per-youth';
import { dayAfter, rowsOf } from './analytics-filter';

/** What a ranking ranks, already confined to the caller's scope. */
export interface RankingsFilter {
  level: 'centre' | 'region';
  measure: RankingMeasure;
  from: string;
  to: string;
  regionCode?: string;
  centreKind?: CentreKind;
  directionId?: number;
}

/** The month `n` months before a yyyy-mm month. */
export function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The period of the same number of months immediately before `from`..`to`. */
export function previousPeriod(from: string, to: string) {
  let length = 0;
  for (let m = from; m <= to; m = dayAfter(m).slice(0, 7)) length++;
  return { from: monthsBefore(from, length), to: monthsBefore(from, 1) };
}

/** Competition ranking (1, 1, 3) of the places with a value, highest first. */
export function competitionRanks(values: Map<string, number | null>): Map<string, number> {
  const sorted = [...values].filter((e): e is [string, number] => e[1] !== null).sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, number>();
  sorted.forEach(([key, value], i) => {
    const before = i > 0 ? sorted[i - 1] : undefined;
    ranks.set(key, before && before[1] === value ? (ranks.get(before[0]) as number) : i + 1);
  });
  return ranks;
}

/**
 * The measure's value of every place with journal activity in a period, from the rollups only:
 * services from the month services (regions: the region rollup), distinct (NEET) young people from the people counts of the
 * centres' own grains or the regions' grains (decision 010).
 */
async function valuesOf(db: DbOrTx, f: RankingsFilter, period: { from: string; to: string }) {
  const start = `${period.from}-01`;
  const inPeriod = sql`t.month >= ${start}::date and t.month < ${dayAfter(period.to)}::date`;
  const region = f.regionCode ? sql`t.region_code = ${f.regionCode}` : sql`true`;
  let rows: Record<string, unknown>[];
  if (f.measure === 'services' || f.measure === 'services_per_10k') {
    const key = sql.raw(f.level === 'centre' ? 't.centre_id' : 't.region_code');
    // Regions from the region rollup: the month services summed over centres and service types.
    const table = sql.raw(f.level === 'centre' ? 'journal_month_services' : 'journal_region_month_services');
    rows = await rowsOf(
      db.execute(sql`select ${key}::text as k, sum(t.services)::int as v from ${table} t
        where ${inPeriod} and ${region}
          and ${f.centreKind ? sql`t.centre_kind = ${f.centreKind}` : sql`true`}
          and ${f.directionId !== undefined ? sql`t.direction_id = ${f.directionId}` : sql`true`}
        group by 1`),
    );
  } else {
    const people = sql`t.direction_id = ${f.directionId ?? 0} and t.neet = ${f.measure === 'neet_reached'}
      and ${inPeriod} and t.prev_month < ${start}::date and ${region}`;
    rows =
      f.level === 'centre'
        ? // Each centre's own grain, found through its kind so the primary key serves it per centre;
          // a region's ranking visits only its own centres.
          await rowsOf(
            db.execute(sql`select t.centre_id::text as k, sum(t.people)::int as v
              from centres c join journal_people_months t on t.centre_id = c.id and t.centre_kind = c.kind
              where ${f.centreKind ? sql`c.kind = ${f.centreKind}` : sql`true`}
                and ${f.regionCode ? sql`c.region_code = ${f.regionCode}` : sql`true`} and ${people}
              group by 1`),
          )
        : await rowsOf(
            db.execute(sql`select t.region_code as k, sum(t.people)::int as v from journal_people_months t
              where t.centre_id = 0 and t.centre_kind = ${f.centreKind ?? ''}
                and t.region_code in (select r.code from regions r) and ${people}
              group by 1`),
          );
  }
  return new Map(rows.map((r) => [String(r.k), Number(r.v ?? 0)]));
}

/** The latest regional youth population on record up to a year (as the dashboard reads it). */
export async function youthPopulation(db: DbOrTx, year: number): Promise<Map<string, number>> {
  const rows = await rowsOf(
    db.execute(sql`select distinct on (v.region_code) v.region_code, v.value
      from indicator_values v join indicators i on i.id = v.indicator_id
      where i.code = 'youth_population' and v.district_id is null and v.centre_id is null
        and v.quarter is null and v.year <= ${year}
      order by v.region_code, v.year desc`),
  );
  return new Map(rows.map((r) => [String(r.region_code), Number(r.value)]));
}

/**
 * Centres or regions ranked by a measure over a period and over the previous period of the same
 * length, read from `journal_month_services`, `journal_people_months` and `indicator_values` only.
 * Every place of the scope is listed: centres that are active or have activity in either period,
 * every region (of the caller's region, if confined); a place without activity counts 0.
 */
export async function rankings(db: DbOrTx, f: RankingsFilter): Promise<Rankings> {
  const previous = previousPeriod(f.from, f.to);
  const perYouth = f.measure === 'services_per_10k' || f.measure === 'young_people_per_10k';
  const [current, before, population, populationBefore] = await Promise.all([
    valuesOf(db, f, f),
    valuesOf(db, f, previous),
    perYouth ? youthPopulation(db, Number(f.to.slice(0, 4))) : undefined,
    perYouth ? youthPopulation(db, Number(previous.to.slice(0, 4))) : undefined,
  ]);

  type Place = Pick<RankingItem, 'centre' | 'regionCode'>;
  const places = new Map<string, Place>();
  if (f.level === 'centre') {
    const active = [...new Set([...current.keys(), ...before.keys()])].map(Number);
    const rows = await rowsOf(
      db.execute(sql`select c.id, c.code, c.name_kk, c.name_ru, c.name_en, c.region_code from centres c
        where (c.status = 'active' or c.id in (${sql.join([sql`0`, ...active.map((id) => sql`${id}`)], sql`, `)}))
          ${f.regionCode ? sql`and c.region_code = ${f.regionCode}` : sql``}
          ${f.centreKind ? sql`and c.kind = ${f.centreKind}` : sql``}
        order by c.code`),
    );
    for (const r of rows)
      places.set(String(r.id), {
        centre: {
          id: Number(r.id),
          code: String(r.code),
          nameKk: String(r.name_kk),
          nameRu: String(r.name_ru),
          nameEn: String(r.name_en),
          regionCode: String(r.region_code),
        },
        regionCode: String(r.region_code),
      });
  } else {
    const rows = await rowsOf(
      db.execute(sql`select r.code from regions r
        ${f.regionCode ? sql`where r.code = ${f.regionCode}` : sql``} order by r.code`),
    );
    for (const r of rows) places.set(String(r.code), { centre: null, regionCode: String(r.code) });
  }

  const valueIn = (counts: Map<string, number>, populations: Map<string, number> | undefined) => {
    const values = new Map<string, number | null>();
    for (const [key, place] of places) {
      const count = counts.get(key) ?? 0;
      values.set(key, populations ? per10k(count, populations.get(place.regionCode) ?? null) : count);
    }
    return values;
  };
  const values = valueIn(current, population);
  const previousValues = valueIn(before, populationBefore);
  const ranks = competitionRanks(values);
  const previousRanks = competitionRanks(previousValues);

  const items = [...places].map(([key, place]): RankingItem => {
    const rank = ranks.get(key) ?? null;
    const previousRank = previousRanks.get(key) ?? null;
    return {
      ...place,
      value: values.get(key) ?? null,
      rank,
      previousValue: previousValues.get(key) ?? null,
      previousRank,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
    };
  });
  // Ranked first, by rank; then the unranked; places of one rank in code order (already sorted).
  items.sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  return {
    level: f.level,
    measure: f.measure,
    period: { from: f.from, to: f.to },
    previousPeriod: previous,
    items,
  };
}
