import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { districts } from '../../../db/schema';
import { freshDatabase } from '../../../test/database';
import { makeCentre } from '../../../test/factories';
import { surveyDemand } from './survey-demand';
import { surveyAnswers, surveys } from './surveys.tables';

let database: Database;
let districtA: number;
let districtB: number;

beforeAll(async () => {
  database = await freshDatabase();
  const db = database.db;
  const rows = await db.select().from(districts).where(eq(districts.regionCode, '35'));
  [districtA, districtB] = [rows[0].id, rows[1].id];
  const centre = await makeCentre(db, { regionCode: '35', districtId: districtA });
  const other = await makeCentre(db, { regionCode: '11' });
  const survey = async (centreId: number, regionCode: string, year: number, token: string) => {
    const [row] = await db
      .insert(surveys)
      .values({
        token,
        centreId,
        regionCode,
        year,
        title: 'Жастардың қажеттіліктері',
        opensOn: `${year}-02-01`,
        closesOn: `${year}-03-01`,
        directions: ['employment', 'psychology', 'legal_aid'],
      })
      .returning();
    return row;
  };
  const s2026 = await survey(centre.id, '35', 2026, 'tok-a');
  const s2025 = await survey(centre.id, '35', 2025, 'tok-b');
  const sOther = await survey(other.id, '11', 2026, 'tok-c');
  const answer = (
    s: typeof s2026,
    directions: string[],
    districtId: number | null,
    origin: 'online' | 'import' = 'online',
  ) => ({ surveyId: s.id, regionCode: s.regionCode, year: s.year, directions, districtId, origin });
  await db.insert(surveyAnswers).values([
    // Region 35, 2026: five answers, three in district A, one in B, one without a district.
    answer(s2026, ['employment', 'psychology'], districtA),
    answer(s2026, ['employment'], districtA),
    answer(s2026, ['legal_aid'], districtA, 'import'),
    answer(s2026, ['employment', 'legal_aid'], districtB, 'import'),
    answer(s2026, ['psychology'], null),
    // Other years and regions do not count.
    answer(s2025, ['psychology'], districtA),
    answer(sOther, ['employment'], null),
  ]);
});
afterAll(() => database.close());

describe('survey demand', () => {
  it('gives each direction the share of the region’s answers of the year that named it, imports included', async () => {
    const demand = await surveyDemand(database.db, { regionCode: '35', districtId: null }, 2026);
    expect(demand.answers).toBe(5);
    expect(demand.shares.employment).toBeCloseTo(3 / 5);
    expect(demand.shares.psychology).toBeCloseTo(2 / 5);
    expect(demand.shares.legal_aid).toBeCloseTo(2 / 5);
    expect(demand.shares.volunteering).toBe(0);
    expect(demand.shares).not.toHaveProperty('events');
  });

  it('counts only the district’s answers when a district is asked', async () => {
    const a = await surveyDemand(database.db, { regionCode: '35', districtId: districtA }, 2026);
    expect(a.answers).toBe(3);
    expect(a.shares.employment).toBeCloseTo(2 / 3);
    expect(a.shares.psychology).toBeCloseTo(1 / 3);
    expect(a.shares.legal_aid).toBeCloseTo(1 / 3);
    const b = await surveyDemand(database.db, { regionCode: '35', districtId: districtB }, 2026);
    expect(b).toMatchObject({ answers: 1, shares: { employment: 1, legal_aid: 1, psychology: 0 } });
  });

  it('answers zero answers and zero shares where nobody answered', async () => {
    const none = await surveyDemand(database.db, { regionCode: '35', districtId: null }, 2024);
    expect(none.answers).toBe(0);
    expect(Object.values(none.shares).every((v) => v === 0)).toBe(true);
    expect(Object.keys(none.shares)).toContain('employment');
    const older = await surveyDemand(database.db, { regionCode: '35', districtId: null }, 2025);
    expect(older).toMatchObject({ answers: 1, shares: { psychology: 1, employment: 0 } });
  });
});
