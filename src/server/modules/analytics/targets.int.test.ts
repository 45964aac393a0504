import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Targets } from '../../../shared/contracts/analytics';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../test/factories';
import { serviceTypes } from '../journal/journal.tables';
import { deleteRecord, insertRecords, type RecordDraft } from '../journal/records/records.writer';
import { youth } from '../journal/youth/youth.tables';

// Progress against the national targets: the official regional figures shipped with the system,
// and distinct young people served from the rollups, each checked against a recount.
let t: TestApp;
const cookies: Record<string, string> = {};
const YEAR = 2025;

const get = (query: string, who?: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/analytics/targets?${query}`,
    headers: { 'accept-language': 'ru', ...(who ? { cookie: cookies[who] } : {}) },
  });

/** Latest regional figure of an indicator up to the year, straight from the stored values. */
async function latest(code: string) {
  const rows = (
    (await t.db.execute(sql`select v.region_code, v.year, v.value::float8 as value from indicator_values v
      join indicators i on i.id = v.indicator_id
      where i.code = ${code} and v.district_id is null and v.centre_id is null and v.quarter is null
        and v.year <= ${YEAR}`)) as unknown as {
      rows: { region_code: string; year: number; value: number }[];
    }
  ).rows;
  const out = new Map<string, number>();
  for (const code of new Set(rows.map((r) => r.region_code))) {
    const mine = rows.filter((r) => r.region_code === code).sort((a, b) => b.year - a.year);
    out.set(code, Number(mine[0].value));
  }
  return out;
}

/** Distinct named young people served in the year, from the raw journal. */
async function servedRaw(regionCode?: string) {
  const region = regionCode ? sql`and r.region_code = ${regionCode}` : sql``;
  const [row] = (
    (await t.db.execute(sql`select count(distinct r.youth_id)::int as n from journal_records r
      where r.deleted_at is null and r.service_date between ${`${YEAR}-01-01`}::date and ${`${YEAR}-12-31`}::date ${region}`)) as unknown as {
      rows: { n: number }[];
    }
  ).rows;
  return Number(row.n);
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db;
  const c35 = await makeCentre(db, { regionCode: '35', kind: 'city' });
  const c75 = await makeCentre(db, { regionCode: '75', kind: 'city' });
  const users = {
    national: await makeUser(db, 'national'),
    regional: await makeUser(db, 'regional', { regionCode: '75' }),
    manager: await makeUser(db, 'center_manager', { centreId: c35.id }),
    partner: await makeUser(db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(users)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
  const [type] = await db.select().from(serviceTypes).orderBy(serviceTypes.id).limit(1);
  const drafts: RecordDraft[] = [];
  for (const centre of [c35, c75]) {
    const people = await db
      .insert(youth)
      .values(
        [0, 1, 2].map((i) => ({
          centreId: centre.id,
          regionCode: centre.regionCode,
          lastName: `Target${centre.id}-${i}`,
          firstName: 'Test',
          birthDate: `200${i}-05-06`,
          gender: 'female' as const,
          status: 'neet' as const,
        })),
      )
      .returning();
    // Each person twice in the year (counted once), the last one only the year before.
    for (const [i, p] of people.entries())
      for (const day of i === 2 ? ['2024-12-31'] : ['2025-01-10', '2025-11-20'])
        drafts.push({
          centreId: centre.id,
          regionCode: centre.regionCode,
          serviceTypeId: type.id,
          directionId: type.directionId,
          isConfidential: false,
          youthId: p.id,
          serviceDate: day,
          serviceTime: null,
          format: 'in_person',
          durationMinutes: 30,
          specialistId: null,
          programmeId: null,
          referral: null,
          outcome: null,
          notes: null,
        });
  }
  const actor = { userId: users.national.id, label: 'test' };
  const inserted = await db.transaction((tx) => insertRecords(tx, actor, users.national.id, drafts));
  // A deleted record of a young person served nowhere else must not count.
  await db.transaction((tx) => deleteRecord(tx, actor, users.national.id, inserted[4], 'mistake'));
});
afterAll(() => t?.close());

describe('GET /api/v1/analytics/targets', () => {
  it('asks for sign-in, refuses partners and a year before the targets, hides other regions', async () => {
    expect((await get(`year=${YEAR}`)).statusCode).toBe(401);
    expect((await get(`year=${YEAR}`, 'partner')).statusCode).toBe(403);
    const bad = await get('year=1999', 'national');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('year');
    expect((await get(`year=${YEAR}&regionCode=35`, 'regional')).statusCode).toBe(404);
  });

  it('gives the country its NEET share weighted by youth population, the way to 3.5 %, and the yearly pace to 3.8 million', async () => {
    const res = await get(`year=${YEAR}`, 'national');
    expect(res.statusCode).toBe(200);
    const body = res.json() as Targets;
    const share = await latest('neet_share');
    const population = await latest('youth_population');
    const both = [...share.keys()].filter((c) => population.has(c));
    expect(both.length).toBeGreaterThan(3);
    const weighted =
      both.reduce((s, c) => s + share.get(c)! * population.get(c)!, 0) /
      both.reduce((s, c) => s + population.get(c)!, 0);
    expect(body.neetShare.value).toBeCloseTo(weighted, 2);
    expect(body.neetShare.regions).toBe(both.length);
    expect(body.neetShare).toMatchObject({ baseline: 6.7, target: 3.5, targetYear: 2029 });
    expect(body.neetShare.progress).toBeCloseTo((6.7 - weighted) / (6.7 - 3.5), 2);
    expect(body.youthServed).toMatchObject({ target: 3_800_000, yearlyPace: Math.round(3_800_000 / 7) });
    expect(body.youthServed.value).toBe(await servedRaw());
    expect(body.awareness).toEqual({ value: null, target: 90 });
  });

  it('narrows a regional user to their region: its own NEET share and its share of the pace', async () => {
    const body = (await get(`year=${YEAR}`, 'regional')).json() as Targets;
    const share = await latest('neet_share');
    const population = await latest('youth_population');
    expect(body.neetShare.value).toBeCloseTo(share.get('75')!, 2);
    expect(body.neetShare.regions).toBe(1);
    const all = [...population.values()].reduce((s, v) => s + v, 0);
    expect(body.youthServed.yearlyPace).toBe(Math.round(((3_800_000 / 7) * population.get('75')!) / all));
    expect(body.youthServed.value).toBe(await servedRaw('75'));
    expect(body.youthServed.value).toBeGreaterThan(0);
  });

  it('gives a centre its region’s NEET share and its own young people, without a pace', async () => {
    const body = (await get(`year=${YEAR}`, 'manager')).json() as Targets;
    expect(body.neetShare.value).toBeCloseTo((await latest('neet_share')).get('35')!, 2);
    expect(body.youthServed.yearlyPace).toBeNull();
    expect(body.youthServed.value).toBe(2);
  });
});
