import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Scope } from '../../../../shared/contracts/auth';
import type {
  NewSurvey,
  PublicSurvey,
  Survey,
  SurveyAnswerBody,
  SurveyResults,
} from '../../../../shared/contracts/surveys';
import type { FieldError } from '../../../../shared/errors';
import type { AppDb, DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { scopeCentre } from '../../../platform/auth/scope';
import { dataProtection } from '../../../platform/crypto';
import { AppError, invalidFields, notFound } from '../../../platform/http/app-error';
import { districts } from '../../reference/reference.tables';
import { centreInScope } from '../../registry/registry.scope';
import { centres } from '../../registry/registry.tables';
import { surveyableDirections, surveyDemand } from './survey-demand';
import {
  directionNames,
  findSurvey,
  findSurveyByToken,
  regionDistricts,
  surveyAnswersByDistrict,
} from './surveys.repository';
import { deviceHashInput, distinctCodes, surveyStatus, unofferedPositions } from './surveys.rules';
import { surveyAnswers, surveys } from './surveys.tables';

/** A random, unguessable public token (144 bits, URL-safe). */
const newToken = () => randomBytes(18).toString('base64url');

/**
 * Creates a survey for a centre in the caller's scope (a centre manager's own centre by default),
 * offering catalogue directions, with a fresh public token; audited.
 */
export async function createSurvey(
  db: AppDb,
  scope: Scope,
  body: NewSurvey,
  actor: Actor,
  today: string,
): Promise<Survey> {
  const centreId = body.centreId ?? scopeCentre(scope);
  if (centreId === undefined) throw invalidFields([{ field: 'centreId', code: 'required' }]);
  const [centre] = await db
    .select({ id: centres.id, regionCode: centres.regionCode })
    .from(centres)
    .where(and(eq(centres.id, centreId), centreInScope(scope)));
  const errors: FieldError[] = [];
  if (!centre) errors.push({ field: 'centreId', code: 'out_of_scope' });
  const directions = distinctCodes(body.directions);
  const offered = await surveyableDirections(db);
  for (const i of unofferedPositions(directions, offered))
    errors.push({ field: `directions.${i}`, code: 'invalid_choice' });
  if (errors.length > 0) throw invalidFields(errors);

  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(surveys)
      .values({
        token: newToken(),
        centreId: centre.id,
        regionCode: centre.regionCode,
        year: body.year,
        title: body.title,
        opensOn: body.opensOn,
        closesOn: body.closesOn,
        directions,
        createdBy: actor.userId,
      })
      .returning();
    const { token: _token, ...after } = row;
    await recordAudit(tx, actor, {
      action: 'survey.create',
      entityType: 'survey',
      entityId: row.id,
      regionCode: row.regionCode,
      centreId: row.centreId,
      after,
    });
    return row.id;
  });
  const created = await findSurvey(db, scope, id, today);
  if (!created) throw notFound();
  return created;
}

/** A survey as the public page shows it; unknown tokens are not found. */
export async function publicSurvey(db: DbOrTx, token: string, today: string): Promise<PublicSurvey> {
  const found = await findSurveyByToken(db, token);
  if (!found) throw notFound();
  const { survey, centre, region } = found;
  const names = new Map((await directionNames(db)).map((d) => [d.code, d.name]));
  return {
    title: survey.title,
    centreName: { kk: centre.nameKk, ru: centre.nameRu, en: centre.nameEn },
    regionName: { kk: region.nameKk, ru: region.nameRu, en: region.nameEn },
    status: surveyStatus(survey.opensOn, survey.closesOn, today),
    opensOn: survey.opensOn,
    closesOn: survey.closesOn,
    directions: survey.directions.map((code) => ({
      code,
      name: names.get(code) ?? { kk: code, ru: code, en: code },
    })),
    districts: (await regionDistricts(db, survey.regionCode)).map((d) => ({ id: d.id, name: d.name })),
  };
}

/**
 * Records one public answer. The survey must be open; the directions among those it offers; the
 * district (optional, default the centre's own) in its region. A device answers a survey once: the
 * server keeps only a keyed hash of the device id, and a second answer is refused.
 */
export async function answerSurvey(db: DbOrTx, token: string, body: SurveyAnswerBody, today: string) {
  const found = await findSurveyByToken(db, token);
  if (!found) throw notFound();
  const { survey, centre } = found;
  if (surveyStatus(survey.opensOn, survey.closesOn, today) !== 'open') throw new AppError('survey_closed');

  const directions = distinctCodes(body.directions);
  const errors: FieldError[] = unofferedPositions(directions, survey.directions).map((i) => ({
    field: `directions.${i}`,
    code: 'invalid_choice',
  }));
  if (body.districtId) {
    const [district] = await db
      .select({ id: districts.id })
      .from(districts)
      .where(
        and(
          eq(districts.id, body.districtId),
          eq(districts.regionCode, survey.regionCode),
          isNull(districts.validTo),
        ),
      );
    if (!district) errors.push({ field: 'districtId', code: 'invalid_choice' });
  }
  if (errors.length > 0) throw invalidFields(errors);

  const inserted = await db
    .insert(surveyAnswers)
    .values({
      surveyId: survey.id,
      regionCode: survey.regionCode,
      // Where the respondent does not say, the answer counts for the place the centre serves.
      districtId: body.districtId ?? centre.districtId,
      year: survey.year,
      directions,
      ageBand: body.ageBand ?? null,
      gender: body.gender ?? null,
      origin: 'online',
      deviceHash: dataProtection().keyedHash(deviceHashInput(survey.id, body.deviceId)),
    })
    .onConflictDoNothing({ target: [surveyAnswers.surveyId, surveyAnswers.deviceHash] })
    .returning({ id: surveyAnswers.id });
  if (inserted.length === 0) throw new AppError('survey_already_answered');
  return { received: true as const };
}

/**
 * A survey's answers as demand shares by district and overall, and the demand of its whole region
 * in its year (every survey there, imports included).
 */
export async function surveyResults(
  db: DbOrTx,
  scope: Scope,
  id: number,
  today: string,
): Promise<SurveyResults> {
  const survey = await findSurvey(db, scope, id, today);
  if (!survey) throw notFound();
  const [names, districtList, byDistrict, region] = await Promise.all([
    directionNames(db),
    regionDistricts(db, survey.regionCode),
    surveyAnswersByDistrict(db, id),
    surveyDemand(db, { regionCode: survey.regionCode, districtId: null }, survey.year),
  ]);
  const districtName = new Map(districtList.map((d) => [d.id, d.name]));
  const sharesOf = (answers: number, count: (code: string) => number) =>
    Object.fromEntries(survey.directions.map((code) => [code, answers === 0 ? 0 : count(code) / answers]));
  const total = byDistrict.totals.reduce((sum, r) => sum + r.answers, 0);
  const namedBy = (districtId: number | null | undefined, code: string) =>
    byDistrict.named
      .filter((r) => (districtId === undefined || r.districtId === districtId) && r.code === code)
      .reduce((sum, r) => sum + r.answers, 0);
  const [regionRow] = await db.query.regions.findMany({
    where: (r, { eq: is }) => is(r.code, survey.regionCode),
    columns: { nameKk: true, nameRu: true, nameEn: true },
  });
  return {
    surveyId: survey.id,
    directions: survey.directions.map((code) => ({
      code,
      name: names.find((n) => n.code === code)?.name ?? { kk: code, ru: code, en: code },
    })),
    survey: { answers: total, shares: sharesOf(total, (code) => namedBy(undefined, code)) },
    districts: byDistrict.totals
      .map((r) => ({
        districtId: r.districtId,
        name: r.districtId === null ? null : (districtName.get(r.districtId) ?? null),
        answers: r.answers,
        shares: sharesOf(r.answers, (code) => namedBy(r.districtId, code)),
      }))
      .sort((a, b) => b.answers - a.answers),
    region: {
      regionCode: survey.regionCode,
      name: { kk: regionRow?.nameKk ?? '', ru: regionRow?.nameRu ?? '', en: regionRow?.nameEn ?? '' },
      year: survey.year,
      answers: region.answers,
      shares: region.shares,
    },
  };
}
