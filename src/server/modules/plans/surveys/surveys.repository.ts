import { and, asc, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../../shared/contracts/auth';
import type { Survey, SurveyListQuery } from '../../../../shared/contracts/surveys';
import type { DbOrTx } from '../../../db/client';
import { serviceDirections } from '../../journal';
import { districts, regions } from '../../reference/reference.tables';
import { centres } from '../../registry/registry.tables';
import { surveyStatus } from './surveys.rules';
import { surveyAnswers, surveys } from './surveys.tables';

export type SurveyRow = typeof surveys.$inferSelect;

/** Surveys a scope may see: all for the country, its region's, or its one centre's; none for partners. */
export function surveyInScope(scope: Scope): SQL {
  switch (scope.kind) {
    case 'country':
      return sql`true`;
    case 'region':
      return eq(surveys.regionCode, scope.regionCode);
    case 'centre':
      return eq(surveys.centreId, scope.centreId);
    case 'organisation':
      return sql`false`;
  }
}

const answerCount =
  sql<number>`(select count(*) from ${surveyAnswers} where ${surveyAnswers.surveyId} = ${surveys.id})`.mapWith(
    Number,
  );

const summaryColumns = {
  survey: surveys,
  nameKk: centres.nameKk,
  nameRu: centres.nameRu,
  nameEn: centres.nameEn,
  answers: answerCount,
};

type SummaryRow = { survey: SurveyRow; nameKk: string; nameRu: string; nameEn: string; answers: number };

const toSurvey = (r: SummaryRow, today: string): Survey => ({
  id: r.survey.id,
  token: r.survey.token,
  centreId: r.survey.centreId,
  centreName: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn },
  regionCode: r.survey.regionCode,
  year: r.survey.year,
  title: r.survey.title,
  opensOn: r.survey.opensOn,
  closesOn: r.survey.closesOn,
  directions: r.survey.directions,
  status: surveyStatus(r.survey.opensOn, r.survey.closesOn, today),
  answers: r.answers,
  createdAt: r.survey.createdAt.toISOString(),
});

/** Surveys in scope matching the filters, newest first, with their answer counts. */
export async function listSurveys(db: DbOrTx, scope: Scope, query: SurveyListQuery, today: string) {
  const where = and(
    surveyInScope(scope),
    query.centreId ? eq(surveys.centreId, query.centreId) : undefined,
    query.year ? eq(surveys.year, query.year) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(surveys)
      .innerJoin(centres, eq(centres.id, surveys.centreId))
      .where(where)
      .orderBy(desc(surveys.year), desc(surveys.opensOn), desc(surveys.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(surveys).where(where),
  ]);
  return { items: rows.map((r) => toSurvey(r, today)), total, page: query.page, pageSize: query.pageSize };
}

/** One survey in scope, or undefined when it does not exist or lies outside the scope. */
export async function findSurvey(
  db: DbOrTx,
  scope: Scope,
  id: number,
  today: string,
): Promise<Survey | undefined> {
  const [row] = await db
    .select(summaryColumns)
    .from(surveys)
    .innerJoin(centres, eq(centres.id, surveys.centreId))
    .where(and(eq(surveys.id, id), surveyInScope(scope)));
  return row ? toSurvey(row, today) : undefined;
}

/** A survey by its public token, with its centre's names and district and its region's names. */
export async function findSurveyByToken(db: DbOrTx, token: string) {
  const [row] = await db
    .select({
      survey: surveys,
      centre: {
        nameKk: centres.nameKk,
        nameRu: centres.nameRu,
        nameEn: centres.nameEn,
        districtId: centres.districtId,
      },
      region: { nameKk: regions.nameKk, nameRu: regions.nameRu, nameEn: regions.nameEn },
    })
    .from(surveys)
    .innerJoin(centres, eq(centres.id, surveys.centreId))
    .innerJoin(regions, eq(regions.code, surveys.regionCode))
    .where(eq(surveys.token, token));
  return row;
}

/** The current districts and cities of a region, by Russian name (the order staff lists use). */
export async function regionDistricts(db: DbOrTx, regionCode: string) {
  const rows = await db
    .select({
      id: districts.id,
      nameKk: districts.nameKk,
      nameRu: districts.nameRu,
      nameEn: districts.nameEn,
      katoPrefix: districts.katoPrefix,
    })
    .from(districts)
    .where(and(eq(districts.regionCode, regionCode), isNull(districts.validTo)))
    .orderBy(asc(districts.nameRu));
  return rows.map((r) => ({
    id: r.id,
    katoPrefix: r.katoPrefix,
    name: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn },
  }));
}

/** The catalogue's directions with their names, in catalogue order. */
export async function directionNames(db: DbOrTx) {
  const rows = await db
    .select({
      code: serviceDirections.code,
      nameKk: serviceDirections.nameKk,
      nameRu: serviceDirections.nameRu,
      nameEn: serviceDirections.nameEn,
    })
    .from(serviceDirections)
    .orderBy(asc(serviceDirections.sortOrder), asc(serviceDirections.id));
  return rows.map((r) => ({ code: r.code, name: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn } }));
}

/** Answers of one survey and how many named each direction, by the answer's district (null: none given). */
export async function surveyAnswersByDistrict(db: DbOrTx, surveyId: number) {
  const perAnswer = db
    .select({
      districtId: surveyAnswers.districtId,
      code: sql<string>`unnest(${surveyAnswers.directions})`.as('code'),
      answerId: surveyAnswers.id,
    })
    .from(surveyAnswers)
    .where(eq(surveyAnswers.surveyId, surveyId))
    .as('d');
  const [totals, named] = await Promise.all([
    db
      .select({ districtId: surveyAnswers.districtId, answers: count() })
      .from(surveyAnswers)
      .where(eq(surveyAnswers.surveyId, surveyId))
      .groupBy(surveyAnswers.districtId),
    db
      .select({
        districtId: perAnswer.districtId,
        code: perAnswer.code,
        answers: sql<number>`count(distinct ${perAnswer.answerId})`.mapWith(Number),
      })
      .from(perAnswer)
      .groupBy(perAnswer.districtId, perAnswer.code),
  ]);
  return { totals, named };
}
