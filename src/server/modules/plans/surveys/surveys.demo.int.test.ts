import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKazakhstan } from '../../../../shared/today';
import type { Database } from '../../../db/client';
import { freshDatabase } from '../../../test/database';
import { makeCentre } from '../../../test/factories';
import { surveyDemand } from './survey-demand';
import { seedSurveyDemo } from './surveys.demo';
import { surveyAnswers, surveys } from './surveys.tables';

let database: Database;
const today = new Date();
const year = Number(todayInKazakhstan(today).slice(0, 4));

beforeAll(async () => {
  database = await freshDatabase();
  for (const [code, regionCode] of [
    ['YRC-35-001', '35'],
    ['YRC-61-001', '61'],
  ])
    await makeCentre(database.db, { code, regionCode, kind: 'regional' });
});
afterAll(() => database.close());

describe('demo surveys', () => {
  it('gives the demo centres an open survey of this year with answers that needs profiles count', async () => {
    const answers = await seedSurveyDemo(database.db, today);
    const rows = await database.db.select().from(surveys);
    // Two centres exist here: one survey each this year, and last year's at the first.
    expect(rows.filter((s) => s.year === year)).toHaveLength(2);
    expect(rows.filter((s) => s.year === year - 1)).toHaveLength(1);
    expect(answers).toBeGreaterThanOrEqual(2 * 40 + 60);
    const karaganda = await surveyDemand(database.db, { regionCode: '35', districtId: null }, year);
    expect(karaganda.answers).toBeGreaterThanOrEqual(40);
    expect(karaganda.shares.employment).toBeGreaterThan(karaganda.shares.outreach);
    const imported = await database.db.select().from(surveyAnswers).where(eq(surveyAnswers.origin, 'import'));
    expect(imported.length).toBeGreaterThan(0);
  });
});
