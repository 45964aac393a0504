import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { serviceDirections } from '../../journal';
import { surveyAnswers } from './surveys.tables';

/** Catalogue directions a survey may offer: group events are a form of work, not a kind of help. */
export const NOT_SURVEYED_DIRECTIONS: readonly string[] = ['events'];

/** Where survey demand is counted: a whole region (`districtId` null) or one of its districts. */
export interface SurveyDemandPlace {
  regionCode: string;
  districtId: number | null;
}

/** The active catalogue direction codes a survey may ask about, in catalogue order. */
export async function surveyableDirections(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .select({ code: serviceDirections.code })
    .from(serviceDirections)
    .where(eq(serviceDirections.isActive, true))
    .orderBy(asc(serviceDirections.sortOrder), asc(serviceDirections.id));
  return rows.map((r) => r.code).filter((code) => !NOT_SURVEYED_DIRECTIONS.includes(code));
}

/**
 * Youth demand for each kind of help in a place and year, from needs-survey answers (online and
 * imported alike): `answers` is the number of answers counted, `shares[direction]` the share (0..1)
 * of them that named the direction. A person may name several directions, so shares need not sum
 * to 1. Every surveyable direction is present (0 when no answer named it, or when there are none).
 * `districtId` null counts the whole region, answers without a district included.
 */
export async function surveyDemand(
  db: DbOrTx,
  place: SurveyDemandPlace,
  year: number,
): Promise<{ answers: number; shares: Record<string, number> }> {
  const where = and(
    eq(surveyAnswers.regionCode, place.regionCode),
    eq(surveyAnswers.year, year),
    place.districtId === null ? undefined : eq(surveyAnswers.districtId, place.districtId),
  );
  const direction = sql<string>`unnest(${surveyAnswers.directions})`;
  const perAnswer = db
    .select({ code: direction.as('code'), answerId: surveyAnswers.id })
    .from(surveyAnswers)
    .where(where)
    .as('d');
  const [[total], named, codes] = await Promise.all([
    db.select({ answers: count() }).from(surveyAnswers).where(where),
    db
      .select({
        code: perAnswer.code,
        answers: sql<number>`count(distinct ${perAnswer.answerId})`.mapWith(Number),
      })
      .from(perAnswer)
      .groupBy(perAnswer.code),
    surveyableDirections(db),
  ]);
  const answers = total?.answers ?? 0;
  const byCode = new Map(named.map((r) => [r.code, r.answers]));
  const shares: Record<string, number> = {};
  for (const code of codes) shares[code] = answers === 0 ? 0 : (byCode.get(code) ?? 0) / answers;
  return { answers, shares };
}
