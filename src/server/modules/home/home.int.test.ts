import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regions } from '../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeStaff, makeUser, TEST_PASSWORD } from '../../test/factories';

let t: TestApp;
const cookies: Record<string, string> = {};
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const summary = async (who?: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/home/summary', headers: who ? { cookie: cookies[who] } : {} });

beforeAll(async () => {
  t = await createTestApp();
  await t.db.update(regions).set({ youthPopulation: 200_000 }).where(eq(regions.code, '35'));
  await t.db.update(regions).set({ youthPopulation: null }).where(eq(regions.code, '75'));
  const r35 = await makeCentre(t.db, { regionCode: '35', kind: 'regional' });
  const d35 = await makeCentre(t.db, { regionCode: '35', kind: 'district', parentId: r35.id });
  await makeCentre(t.db, { regionCode: '35', kind: 'city', status: 'inactive' });
  const r75 = await makeCentre(t.db, { regionCode: '75', kind: 'regional' });
  await makeStaff(t.db, { centreId: r35.id, hireDate: daysAgo(10) });
  await makeStaff(t.db, { centreId: r35.id, hireDate: daysAgo(400) });
  await makeStaff(t.db, { centreId: d35.id, hireDate: daysAgo(30), leaveDate: daysAgo(1) });
  await makeStaff(t.db, { centreId: d35.id, hireDate: daysAgo(200) });
  await makeStaff(t.db, { centreId: r75.id, hireDate: daysAgo(5) });
  for (const [k, u] of Object.entries({
    national: await makeUser(t.db, 'national'),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
    specialist: await makeUser(t.db, 'specialist', { centreId: d35.id }),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  })) {
    cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
  }
});
afterAll(() => t.close());

describe('GET /api/v1/home/summary', () => {
  it('asks for sign-in first', async () => {
    expect((await summary()).statusCode).toBe(401);
  });

  it('counts the whole country for a national user, with per-10,000 figures where youth is known', async () => {
    const body = (await summary('national')).json();
    expect(body.centres).toEqual({ active: 3, inactive: 1, byKind: { regional: 2, city: 0, district: 1 } });
    expect(body.staff).toEqual({ active: 4, newHires90d: 2 });
    expect(body.regions).toHaveLength(20);
    const karaganda = body.regions.find((r: { code: string }) => r.code === '35');
    expect(karaganda).toMatchObject({ centres: 2, staff: 3, centresPer10k: 0.1, staffPer10k: 0.15 });
    const almaty = body.regions.find((r: { code: string }) => r.code === '75');
    expect(almaty).toMatchObject({ centres: 1, staff: 1, centresPer10k: null, staffPer10k: null });
  });

  it('confines a regional user to their region and a specialist to their centre', async () => {
    const regional = (await summary('regional')).json();
    expect(regional.centres.active).toBe(2);
    expect(regional.staff).toEqual({ active: 3, newHires90d: 1 });
    expect(regional.regions.map((r: { code: string }) => r.code)).toEqual(['35']);
    const specialist = (await summary('specialist')).json();
    expect(specialist.centres).toMatchObject({ active: 1, inactive: 0 });
    expect(specialist.staff.active).toBe(1);
  });

  it('shows a partner the public directory of active centres and no staff', async () => {
    const body = (await summary('partner')).json();
    expect(body.centres).toMatchObject({ active: 3, inactive: 0 });
    expect(body.staff).toEqual({ active: 0, newHires90d: 0 });
  });
});
