import { and, count, countDistinct, eq, gte, lt, type SQL, sql, sum } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { neetCases } from '../journal/cases/cases.tables';
import { journalDailyRollup, journalYouthMonths } from '../journal/records/records.tables';
import type { JournalIndicatorCode } from './indicators.catalogue';

/** The journal indicators of one place and year. */
export type JournalFigures = Record<JournalIndicatorCode, number>;

/** Where to count: one centre, one region, or (neither) the whole country. */
export interface JournalPlace {
  regionCode?: string;
  centreId?: number;
  /** Only the services and people of one direction; NEET cases have no direction and ignore it. */
  directionId?: number;
}

const yearBounds = (year: number) => ({ from: `${year}-01-01`, to: `${year + 1}-01-01` });

const placeFilter = (
  columns: { regionCode: PgColumn; centreId: PgColumn; directionId?: PgColumn },
  place: JournalPlace,
): SQL[] => [
  ...(place.regionCode ? [eq(columns.regionCode, place.regionCode)] : []),
  ...(place.centreId !== undefined ? [eq(columns.centreId, place.centreId)] : []),
  ...(place.directionId !== undefined && columns.directionId
    ? [eq(columns.directionId, place.directionId)]
    : []),
];

/**
 * The journal indicators, computed from the rollups (never from the raw journal), by region:
 * - `served_youth`: distinct named young people served in the year (a person served in several
 *   months, directions or centres of the region counts once);
 * - `neet_reached`: likewise, those found NEET in at least one month of the year;
 * - `services_total`: services recorded in the year, anonymous ones included;
 * - `neet_cases_confirmed`: NEET cases closed in the year with the outcome confirmed at six months.
 * Regions with nothing in the journal that year are absent from the answer.
 */
export async function journalFiguresByRegion(
  db: DbOrTx,
  year: number,
  place: JournalPlace = {},
): Promise<Map<string, JournalFigures>> {
  const { from, to } = yearBounds(year);
  const [people, services, cases] = await Promise.all([
    db
      .select({
        regionCode: journalYouthMonths.regionCode,
        served: countDistinct(journalYouthMonths.youthId),
        neet: sql<number>`count(distinct ${journalYouthMonths.youthId}) filter (where ${journalYouthMonths.neet})`.mapWith(
          Number,
        ),
      })
      .from(journalYouthMonths)
      .where(
        and(
          gte(journalYouthMonths.month, from),
          lt(journalYouthMonths.month, to),
          ...placeFilter(journalYouthMonths, place),
        ),
      )
      .groupBy(journalYouthMonths.regionCode),
    db
      .select({
        regionCode: journalDailyRollup.regionCode,
        services: sum(journalDailyRollup.services).mapWith(Number),
      })
      .from(journalDailyRollup)
      .where(
        and(
          gte(journalDailyRollup.day, from),
          lt(journalDailyRollup.day, to),
          ...placeFilter(journalDailyRollup, place),
        ),
      )
      .groupBy(journalDailyRollup.regionCode),
    db
      .select({ regionCode: neetCases.regionCode, confirmed: count() })
      .from(neetCases)
      .where(
        and(
          eq(neetCases.status, 'closed_confirmed'),
          gte(neetCases.closedOn, from),
          lt(neetCases.closedOn, to),
          ...placeFilter(neetCases, place),
        ),
      )
      .groupBy(neetCases.regionCode),
  ]);
  const byRegion = new Map<string, JournalFigures>();
  const of = (regionCode: string) => {
    let figures = byRegion.get(regionCode);
    if (!figures) {
      figures = { served_youth: 0, neet_reached: 0, services_total: 0, neet_cases_confirmed: 0 };
      byRegion.set(regionCode, figures);
    }
    return figures;
  };
  for (const r of people) Object.assign(of(r.regionCode), { served_youth: r.served, neet_reached: r.neet });
  for (const r of services) of(r.regionCode).services_total = r.services;
  for (const r of cases) of(r.regionCode).neet_cases_confirmed = r.confirmed;
  return byRegion;
}

/**
 * The journal indicators of one centre, one region or (no place given) the whole country in a year.
 * Distinct young people are distinct over the whole place: someone served in two regions counts once
 * in the country's figure.
 */
export async function journalFigures(
  db: DbOrTx,
  year: number,
  place: JournalPlace = {},
): Promise<JournalFigures> {
  const { from, to } = yearBounds(year);
  const [[people], [services], [cases]] = await Promise.all([
    db
      .select({
        served: countDistinct(journalYouthMonths.youthId),
        neet: sql<number>`count(distinct ${journalYouthMonths.youthId}) filter (where ${journalYouthMonths.neet})`.mapWith(
          Number,
        ),
      })
      .from(journalYouthMonths)
      .where(
        and(
          gte(journalYouthMonths.month, from),
          lt(journalYouthMonths.month, to),
          ...placeFilter(journalYouthMonths, place),
        ),
      ),
    db
      .select({ services: sql<number>`coalesce(sum(${journalDailyRollup.services}), 0)`.mapWith(Number) })
      .from(journalDailyRollup)
      .where(
        and(
          gte(journalDailyRollup.day, from),
          lt(journalDailyRollup.day, to),
          ...placeFilter(journalDailyRollup, place),
        ),
      ),
    db
      .select({ confirmed: count() })
      .from(neetCases)
      .where(
        and(
          eq(neetCases.status, 'closed_confirmed'),
          gte(neetCases.closedOn, from),
          lt(neetCases.closedOn, to),
          ...placeFilter(neetCases, place),
        ),
      ),
  ]);
  return {
    served_youth: people.served,
    neet_reached: people.neet,
    services_total: services.services,
    neet_cases_confirmed: cases.confirmed,
  };
}
