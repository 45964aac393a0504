import { and, eq, inArray, isNull } from 'drizzle-orm';
import { SURVEY_AGE_BANDS, SURVEY_GENDERS } from '../../../../shared/contracts/surveys';
import { todayInKazakhstan } from '../../../../shared/today';
import type { DbOrTx } from '../../../db/client';
import { createRandom } from '../../../db/seed/random';
import { districts } from '../../reference/reference.tables';
import { centres } from '../../registry/registry.tables';
import { surveyableDirections } from './survey-demand';
import { surveyAnswers, surveys } from './surveys.tables';

/** Seed of the demo surveys' random source: the same surveys and answers on every fresh start. */
const DEMO_SURVEYS_SEED = 20_260_415;
/** Demo centres that ran a needs survey this year: regions with high and low NEET shares. */
const DEMO_SURVEY_CENTRES = [
  'YRC-35-001',
  'YRC-61-001',
  'YRC-75-001',
  'YRC-71-001',
  'YRC-19-001',
  'YRC-79-001',
];

// How often young people name each kind of help, before a region's own tilt: employment and career
// guidance lead in every national youth survey.
const BASE_DEMAND: Record<string, number> = {
  employment: 0.55,
  career_guidance: 0.45,
  psychology: 0.3,
  digital_literacy: 0.28,
  financial_literacy: 0.25,
  entrepreneurship: 0.22,
  legal_aid: 0.18,
  state_programmes: 0.2,
  leisure: 0.2,
  volunteering: 0.15,
  media_literacy: 0.1,
  young_family: 0.12,
  outreach: 0.05,
};

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Demo needs surveys: at a handful of demo centres, one survey of this year (open, 40–90 answers
 * with a regional tilt, some imported from paper) and, at the first, a closed one of last year, so
 * needs profiles have survey demand. Deterministic; returns the number of answers inserted.
 */
export async function seedSurveyDemo(tx: DbOrTx, today: Date): Promise<number> {
  const rng = createRandom(DEMO_SURVEYS_SEED);
  const day = todayInKazakhstan(today);
  const year = Number(day.slice(0, 4));
  const codes = await surveyableDirections(tx);
  const centreRows = await tx
    .select({
      id: centres.id,
      code: centres.code,
      regionCode: centres.regionCode,
      districtId: centres.districtId,
    })
    .from(centres)
    .where(inArray(centres.code, DEMO_SURVEY_CENTRES));
  centreRows.sort((a, b) => DEMO_SURVEY_CENTRES.indexOf(a.code) - DEMO_SURVEY_CENTRES.indexOf(b.code));
  let answers = 0;
  for (const [i, centre] of centreRows.entries()) {
    const places = await tx
      .select({ id: districts.id })
      .from(districts)
      .where(and(eq(districts.regionCode, centre.regionCode), isNull(districts.validTo)));
    const tilt = Object.fromEntries(codes.map((c) => [c, 0.6 + rng.next() * 0.8]));
    const runs = [{ year, opensOn: addDays(day, -45), closesOn: addDays(day, 45), count: rng.int(40, 90) }];
    if (i === 0)
      runs.push({ year: year - 1, opensOn: `${year - 1}-03-01`, closesOn: `${year - 1}-04-30`, count: 60 });
    for (const run of runs) {
      const token = Array.from({ length: 24 }, () => rng.int(0, 35).toString(36)).join('');
      const [survey] = await tx
        .insert(surveys)
        .values({
          token,
          centreId: centre.id,
          regionCode: centre.regionCode,
          year: run.year,
          title: 'Жастарға қандай көмек қажет? / Какая помощь нужна молодёжи?',
          opensOn: run.opensOn,
          closesOn: run.closesOn,
          directions: codes,
        })
        .returning({ id: surveys.id });
      const rows = Array.from({ length: run.count }, () => {
        let named = codes.filter((c) => rng.chance(Math.min(0.95, (BASE_DEMAND[c] ?? 0.1) * tilt[c])));
        if (named.length === 0) named = [rng.pick(codes)];
        const districtId = rng.chance(0.6) || places.length === 0 ? centre.districtId : rng.pick(places).id;
        return {
          surveyId: survey.id,
          regionCode: centre.regionCode,
          districtId,
          year: run.year,
          directions: named,
          ageBand: rng.chance(0.85) ? rng.pick(SURVEY_AGE_BANDS) : null,
          gender: rng.chance(0.8) ? rng.pick(SURVEY_GENDERS) : null,
          origin: rng.chance(0.25) ? ('import' as const) : ('online' as const),
          deviceHash: null,
        };
      });
      await tx.insert(surveyAnswers).values(rows);
      answers += rows.length;
    }
  }
  return answers;
}
