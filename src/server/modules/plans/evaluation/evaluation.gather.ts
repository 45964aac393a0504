import { and, eq, gte, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { rankings, youthPopulation } from '../../analytics';
import { neetCases } from '../../journal/cases';
import { centres } from '../../registry/registry.tables';
import { planFulfilment } from '../monitoring';
import { plans } from '../plans/plans.tables';
import type { CentreToRate } from './evaluation.score';

/** The last day the year's figures are counted to: 31 December, or today while the year runs. */
export const asOfFor = (year: number, today: string) => (today < `${year}-12-31` ? today : `${year}-12-31`);

/** Per-centre values of a journal measure over a year, through the analytics rankings (rollups only). */
async function perCentre(db: DbOrTx, year: number, measure: 'young_people' | 'neet_reached' | 'services') {
  const ranked = await rankings(db, { level: 'centre', measure, from: `${year}-01`, to: `${year}-12` });
  return new Map(ranked.items.map((i) => [i.centre?.id as number, i.value ?? 0]));
}

/** NEET cases closed in the year after an outcome, per centre: held at six months, and all settled. */
async function settledCases(db: DbOrTx, year: number) {
  const rows = await db
    .select({
      centreId: neetCases.centreId,
      confirmed: sql<number>`count(*) filter (where ${neetCases.status} = 'closed_confirmed')`.mapWith(
        Number,
      ),
      settled: sql<number>`count(*)`.mapWith(Number),
    })
    .from(neetCases)
    .where(
      and(
        inArray(neetCases.status, ['closed_confirmed', 'closed_not_held']),
        gte(neetCases.closedOn, `${year}-01-01`),
        lt(neetCases.closedOn, `${year + 1}-01-01`),
      ),
    )
    .groupBy(neetCases.centreId);
  return new Map(rows.map((r) => [r.centreId, r]));
}

/**
 * Everything the year's scores are computed from, for every centre of the country: journal figures
 * from the rollups (through the analytics rankings), settled NEET cases, the regions' youth population
 * and the fulfilment of each approved plan of the year. Rated are the active centres and any other
 * centre with journal activity in the year. The whole country is always gathered: the medians that
 * coverage and intensity are compared with are national.
 */
export async function gatherEvaluationInputs(
  db: DbOrTx,
  year: number,
  today: string,
): Promise<CentreToRate[]> {
  const asOf = asOfFor(year, today);
  const [served, neet, services, cases, population, approved] = await Promise.all([
    perCentre(db, year, 'young_people'),
    perCentre(db, year, 'neet_reached'),
    perCentre(db, year, 'services'),
    settledCases(db, year),
    youthPopulation(db, year),
    db
      .select({ id: plans.id, centreId: plans.centreId, approvedVersion: plans.approvedVersion })
      .from(plans)
      .where(and(eq(plans.year, year), isNotNull(plans.approvedVersion))),
  ]);
  const active = [...served, ...services].filter(([, v]) => v > 0).map(([id]) => id);
  const rows = await db
    .select({
      id: centres.id,
      code: centres.code,
      nameKk: centres.nameKk,
      nameRu: centres.nameRu,
      nameEn: centres.nameEn,
      regionCode: centres.regionCode,
    })
    .from(centres)
    .where(or(eq(centres.status, 'active'), inArray(centres.id, [0, ...active])))
    .orderBy(centres.code);
  const centresInRegion = new Map<string, number>();
  for (const r of rows) centresInRegion.set(r.regionCode, (centresInRegion.get(r.regionCode) ?? 0) + 1);

  // One plan at a time: PGlite runs one query at a time anyway, and a national rating has a few hundred plans.
  const planOf = new Map<number, NonNullable<CentreToRate['inputs']['plan']>>();
  for (const p of approved) {
    const f = await planFulfilment(db, p.id, asOf);
    planOf.set(p.centreId, {
      id: p.id,
      approvedVersion: p.approvedVersion as number,
      kpis: f.kpis,
      met: f.met,
      share: f.share,
      asOf,
    });
  }

  return rows.map((r) => ({
    centre: {
      id: r.id,
      code: r.code,
      name: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn },
      regionCode: r.regionCode,
    },
    inputs: {
      plan: planOf.get(r.id) ?? null,
      served: served.get(r.id) ?? 0,
      neetReached: neet.get(r.id) ?? 0,
      services: services.get(r.id) ?? 0,
      casesConfirmed: cases.get(r.id)?.confirmed ?? 0,
      casesSettled: cases.get(r.id)?.settled ?? 0,
      regionYouth: population.get(r.regionCode) ?? null,
      centresInRegion: centresInRegion.get(r.regionCode) ?? 1,
    },
  }));
}
