import { sql } from 'drizzle-orm';
import { NATIONAL_TARGETS } from '../../../shared/constants/national-targets';
import type { Targets } from '../../../shared/contracts/analytics';
import type { DbOrTx } from '../../db/client';
import { rowsOf } from './analytics-filter';
import { distinctPeople } from './journal-figures';

/** The place the targets are read for, already confined to the caller's scope. */
export interface TargetsPlace {
  regionCode?: string;
  centreId?: number;
}

/** Latest regional figure of an indicator up to a year, per region, with its year and age band. */
const latestRegional = (code: string, year: number) =>
  sql`select distinct on (v.region_code) v.region_code, v.value::float8 as value, v.year, v.age_band
    from indicator_values v join indicators i on i.id = v.indicator_id
    where i.code = ${code} and v.district_id is null and v.centre_id is null and v.quarter is null
      and v.year <= ${year}
    order by v.region_code, v.year desc`;

/**
 * Progress against the national targets for a year, from the official figures and the journal
 * rollups only (young people served: the people counts of decision 010). A centre is measured against its region's NEET share (statistics are regional) and
 * has no yearly pace of its own.
 */
export async function targetsFigures(db: DbOrTx, year: number, place: TargetsPlace): Promise<Targets> {
  // A region's own figure needs no weights; the country's is the regions' figures weighted by their
  // youth population, over the regions that publish both.
  const neetQuery = place.regionCode
    ? sql`select n.value as share, n.year, n.age_band, 1 as regions
        from (${latestRegional('neet_share', year)}) n where n.region_code = ${place.regionCode}`
    : sql`select sum(n.value * p.value) / nullif(sum(p.value), 0) as share, max(n.year)::int as year,
          string_agg(distinct n.age_band, ', ') as age_band, count(*)::int as regions
        from (${latestRegional('neet_share', year)}) n
        join (${latestRegional('youth_population', year)}) p on p.region_code = n.region_code`;
  const [neet, population, served] = await Promise.all([
    rowsOf(db.execute(neetQuery)),
    rowsOf(
      db.execute(sql`select sum(p.value) as country,
          sum(p.value) filter (where p.region_code = ${place.regionCode ?? ''}) as region
        from (${latestRegional('youth_population', year)}) p`),
    ),
    distinctPeople(db, { from: `${year}-01`, to: `${year}-12`, ...place }),
  ]);
  const { neetShare: n, youthServed: y, awareness } = NATIONAL_TARGETS;
  const share = neet[0]?.share === null || neet[0]?.share === undefined ? null : Number(neet[0].share);
  const years = y.targetYear - y.fromYear + 1;
  const countryPace = y.target / years;
  const country = Number(population[0]?.country ?? 0);
  const region = Number(population[0]?.region ?? 0);
  const yearlyPace =
    place.centreId !== undefined
      ? null
      : place.regionCode
        ? country > 0 && region > 0
          ? Math.round((countryPace * region) / country)
          : null
        : Math.round(countryPace);
  return {
    year,
    neetShare: {
      value: share === null ? null : Math.round(share * 100) / 100,
      year: share === null ? null : Number(neet[0].year),
      ageBand: share === null ? null : String(neet[0].age_band),
      regions: share === null ? 0 : Number(neet[0].regions),
      baseline: n.baseline,
      baselineYear: n.baselineYear,
      target: n.target,
      targetYear: n.targetYear,
      progress:
        share === null ? null : Math.round(((n.baseline - share) / (n.baseline - n.target)) * 1000) / 1000,
    },
    youthServed: {
      value: served,
      yearlyPace,
      target: y.target,
      targetYear: y.targetYear,
    },
    awareness: { value: null, target: awareness.target },
  };
}
