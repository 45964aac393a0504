import { and, asc, count, countDistinct, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import type { NeedsMethodology } from '../../../../shared/contracts/needs-methodology';
import type { DbOrTx } from '../../../db/client';
import { serviceDirections } from '../../journal';
import { journalDailyRollup, journalYouthMonths } from '../../journal/records/records.tables';
import { centres } from '../../registry/registry.tables';
import { indicators, indicatorValues } from '../indicators.tables';
import { surveyableDirections, surveyDemand } from '../surveys/survey-demand';
import { median, type NeedsInputs, type StatisticFigure, type SurveyInput } from './needs.score';

/** The centre a profile is made for: where it is. */
export interface NeedsCentre {
  id: number;
  regionCode: string;
  districtId: number | null;
}

const yearBounds = (year: number) => ({ from: `${year}-01-01`, to: `${year + 1}-01-01` });

/**
 * Statistics figures of an indicator for regions (district null) or one district: per place, the
 * latest figure not after `year`, or the earliest after it when there is none before.
 */
async function statisticFigures(
  db: DbOrTx,
  code: string,
  year: number,
  place: { regionCode?: string; districtId?: number },
): Promise<Map<string, StatisticFigure>> {
  const rows = await db
    .select({
      regionCode: indicatorValues.regionCode,
      year: indicatorValues.year,
      value: indicatorValues.value,
      ageBand: indicatorValues.ageBand,
    })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(
      and(
        eq(indicators.code, code),
        isNull(indicatorValues.centreId),
        isNull(indicatorValues.quarter),
        place.districtId === undefined
          ? isNull(indicatorValues.districtId)
          : eq(indicatorValues.districtId, place.districtId),
        place.regionCode ? eq(indicatorValues.regionCode, place.regionCode) : undefined,
      ),
    )
    .orderBy(asc(indicatorValues.regionCode), asc(indicatorValues.year));
  const best = new Map<string, StatisticFigure>();
  for (const r of rows) {
    const current = best.get(r.regionCode);
    const figure = { value: r.value, year: r.year, ageBand: r.ageBand };
    // Rows come oldest first: any figure not after the year replaces an earlier one; a later
    // figure is taken only while there is nothing else.
    if (!current || r.year <= year) best.set(r.regionCode, figure);
  }
  return best;
}

async function surveyInput(
  db: DbOrTx,
  centre: NeedsCentre,
  year: number,
  m: NeedsMethodology,
): Promise<SurveyInput> {
  const surveyYear = year - m.surveyYearOffset;
  const [district, region] = await Promise.all([
    centre.districtId === null
      ? null
      : surveyDemand(db, { regionCode: centre.regionCode, districtId: centre.districtId }, surveyYear),
    surveyDemand(db, { regionCode: centre.regionCode, districtId: null }, surveyYear),
  ]);
  const counted =
    district && district.answers >= m.surveyMinAnswers
      ? { place: 'district' as const, demand: district }
      : region.answers >= m.surveyMinAnswers
        ? { place: 'region' as const, demand: region }
        : null;
  return {
    year: surveyYear,
    place: counted?.place ?? null,
    answers: counted ? counted.demand.answers : Math.max(region.answers, district?.answers ?? 0),
    districtAnswers: district?.answers ?? null,
    regionAnswers: region.answers,
    shares: counted?.demand.shares ?? {},
  };
}

/**
 * Reads everything a centre's needs profile is computed from: the region's NEET share, survey
 * demand (the district's answers when it has enough, else the region's), and from the journal
 * rollups of the methodology's journal year the young people served and services given per
 * direction, the young residents of the centre's area and the national median coverage.
 */
export async function gatherNeedsInputs(
  db: DbOrTx,
  centre: NeedsCentre,
  year: number,
  m: NeedsMethodology,
): Promise<NeedsInputs> {
  const journalYear = year - m.journalYearOffset;
  const { from, to } = yearBounds(journalYear);
  const [directions, directionRows, neet, survey, regionPopulation, districtPopulation, centresInRegion] =
    await Promise.all([
      surveyableDirections(db),
      db.select({ id: serviceDirections.id, code: serviceDirections.code }).from(serviceDirections),
      statisticFigures(db, 'neet_share', year, { regionCode: centre.regionCode }),
      surveyInput(db, centre, year, m),
      statisticFigures(db, 'youth_population', year, {}),
      centre.districtId === null
        ? new Map<string, StatisticFigure>()
        : statisticFigures(db, 'youth_population', year, {
            regionCode: centre.regionCode,
            districtId: centre.districtId,
          }),
      db
        .select({ n: count() })
        .from(centres)
        .where(and(eq(centres.regionCode, centre.regionCode), eq(centres.status, 'active'))),
    ]);
  const codeOf = new Map(directionRows.map((d) => [d.id, d.code]));
  const inYear = (col: typeof journalYouthMonths.month | typeof journalDailyRollup.day) =>
    and(gte(col, from), lt(col, to));
  const [served, regionServed, services] = await Promise.all([
    db
      .select({ directionId: journalYouthMonths.directionId, n: countDistinct(journalYouthMonths.youthId) })
      .from(journalYouthMonths)
      .where(and(eq(journalYouthMonths.centreId, centre.id), inYear(journalYouthMonths.month)))
      .groupBy(journalYouthMonths.directionId),
    db
      .select({
        regionCode: journalYouthMonths.regionCode,
        directionId: journalYouthMonths.directionId,
        n: countDistinct(journalYouthMonths.youthId),
      })
      .from(journalYouthMonths)
      .where(inYear(journalYouthMonths.month))
      .groupBy(journalYouthMonths.regionCode, journalYouthMonths.directionId),
    db
      .select({
        directionId: journalDailyRollup.directionId,
        n: sql<number>`coalesce(sum(${journalDailyRollup.services}), 0)`.mapWith(Number),
      })
      .from(journalDailyRollup)
      .where(and(eq(journalDailyRollup.centreId, centre.id), inYear(journalDailyRollup.day)))
      .groupBy(journalDailyRollup.directionId),
  ]);

  const byCode = (rows: { directionId: number; n: number }[]) => {
    const out: Record<string, number> = {};
    for (const r of rows) {
      const code = codeOf.get(r.directionId);
      if (code) out[code] = (out[code] ?? 0) + r.n;
    }
    return out;
  };
  const servedByRegion = new Map<string, Map<string, number>>();
  for (const r of regionServed) {
    const code = codeOf.get(r.directionId);
    if (!code) continue;
    const m2 = servedByRegion.get(r.regionCode) ?? new Map<string, number>();
    m2.set(code, r.n);
    servedByRegion.set(r.regionCode, m2);
  }
  const medianPerThousand: Record<string, number | null> = {};
  for (const code of directions) {
    const rates = [...regionPopulation.entries()]
      .filter(([, p]) => p.value > 0)
      .map(([region, p]) => ((servedByRegion.get(region)?.get(code) ?? 0) / p.value) * 1000);
    medianPerThousand[code] = median(rates);
  }

  const district = centre.districtId === null ? undefined : districtPopulation.get(centre.regionCode);
  const region = regionPopulation.get(centre.regionCode);
  const centreCount = Math.max(1, centresInRegion[0]?.n ?? 1);
  const residents = district
    ? { ...district, place: 'district' as const, centres: centreCount, regionValue: region?.value ?? null }
    : region
      ? {
          value: region.value / centreCount,
          year: region.year,
          ageBand: region.ageBand,
          place: 'region_share' as const,
          centres: centreCount,
          regionValue: region.value,
        }
      : null;
  const servicesByDirection = byCode(services);
  return {
    centreId: centre.id,
    year,
    directions,
    neetShare: neet.get(centre.regionCode) ?? null,
    survey,
    journal: {
      year: journalYear,
      residents,
      servedByDirection: byCode(served),
      medianPerThousand,
      servicesByDirection,
      servicesTotal: Object.values(servicesByDirection).reduce((a, b) => a + b, 0),
    },
  };
}
