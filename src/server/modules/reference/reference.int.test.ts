import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../test/factories';

let t: TestApp;
let national: string;
let regional: string;
let specialist: string;
beforeAll(async () => {
  t = await createTestApp();
  national = await signIn(t.app, (await makeUser(t.db, 'national')).email, TEST_PASSWORD);
  regional = await signIn(
    t.app,
    (await makeUser(t.db, 'regional', { regionCode: '35' })).email,
    TEST_PASSWORD,
  );
  const centre = await makeCentre(t.db, { regionCode: '63' });
  specialist = await signIn(
    t.app,
    (await makeUser(t.db, 'specialist', { centreId: centre.id })).email,
    TEST_PASSWORD,
  );
});
afterAll(() => t.close());

const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });

describe('GET /api/v1/regions', () => {
  it('401 signed out; the whole country for national users, their own region for scoped ones', async () => {
    expect((await get('/api/v1/regions')).statusCode).toBe(401);
    const all = (await get('/api/v1/regions', national)).json();
    expect(all).toHaveLength(20);
    expect(all.find((r: { code: string }) => r.code === '33').name).toEqual({
      kk: 'Жетісу облысы',
      ru: 'область Жетісу',
      en: 'Zhetisu Region',
    });
    expect((await get('/api/v1/regions', regional)).json().map((r: { code: string }) => r.code)).toEqual([
      '35',
    ]);
    expect((await get('/api/v1/regions', specialist)).json().map((r: { code: string }) => r.code)).toEqual([
      '63',
    ]);
  });
});

describe('GET /api/v1/districts', () => {
  it('401 → 400 on a malformed region → scoped lists with names in three languages', async () => {
    expect((await get('/api/v1/districts')).statusCode).toBe(401);
    const bad = await get('/api/v1/districts?regionCode=Karaganda', national);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('regionCode');
    expect((await get('/api/v1/districts', national)).json()).toHaveLength(228);
    const karaganda = (await get('/api/v1/districts?regionCode=35', national)).json();
    expect(karaganda.find((d: { name: { ru: string } }) => d.name.ru === 'Караганда')).toMatchObject({
      kind: 'city',
      isRegionalCentre: true,
      name: { kk: 'Қарағанды қаласы', en: 'Karagandy' },
    });
    const own = (await get('/api/v1/districts', regional)).json();
    expect(own.length).toBe(karaganda.length);
    // Another region's districts are simply not there for a regional user.
    expect((await get('/api/v1/districts?regionCode=11', regional)).json()).toEqual([]);
  });
});

describe('GET /api/v1/reference/regions.geojson', () => {
  it('serves the 20 region boundaries publicly, keyed by KATO code', async () => {
    const res = await get('/api/v1/reference/regions.geojson');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    const codes = res.json().features.map((f: { properties: { code: string } }) => f.properties.code);
    expect(codes).toHaveLength(20);
    expect(codes).toContain('62');
  });
});
