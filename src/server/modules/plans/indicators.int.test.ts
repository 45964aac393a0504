import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../test/factories';
import { serviceTypes } from '../journal/journal.tables';
import { insertRecords } from '../journal/records/records.writer';
import { youth } from '../journal/youth/youth.tables';
import { loadIndicators } from './indicators.loader';

let t: TestApp;
const cookies: Record<string, string> = {};

const call = (method: 'GET' | 'PUT', url: string, who?: string, payload?: object, lang = 'en') =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { 'accept-language': lang, ...(who ? { cookie: cookies[who] } : {}) },
  });

beforeAll(async () => {
  t = await createTestApp();
  const centre = await makeCentre(t.db, { regionCode: '35', kind: 'regional', code: 'C-35-001' });
  const other = await makeCentre(t.db, { regionCode: '71', code: 'C-71-001' });
  const users = {
    national: await makeUser(t.db, 'national'),
    admin: await makeUser(t.db, 'admin'),
    regional: await makeUser(t.db, 'regional', { regionCode: '11' }),
    specialist: await makeUser(t.db, 'specialist', { centreId: centre.id }),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(users)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
  // A little journal: one NEET young person served twice in Karaganda, one service in Astana.
  const [type] = await t.db.select().from(serviceTypes).limit(1);
  const [person] = await t.db
    .insert(youth)
    .values({
      centreId: centre.id,
      regionCode: '35',
      lastName: 'Test',
      firstName: 'Person',
      birthDate: '2003-02-02',
      gender: 'female',
      status: 'neet',
    })
    .returning();
  const draft = (c: { id: number; regionCode: string }, youthId: number | null, serviceDate: string) => ({
    centreId: c.id,
    regionCode: c.regionCode,
    serviceTypeId: type.id,
    directionId: type.directionId,
    isConfidential: false,
    youthId,
    serviceDate,
    serviceTime: null,
    format: 'in_person' as const,
    durationMinutes: 30,
    specialistId: users.specialist.id,
    programmeId: null,
    referral: null,
    outcome: null,
    notes: null,
  });
  await t.db.transaction((tx) =>
    insertRecords(tx, { userId: users.national.id, label: 'test' }, users.national.id, [
      draft(centre, person.id, '2025-03-01'),
      draft(centre, person.id, '2025-04-01'),
      draft(other, null, '2025-04-02'),
    ]),
  );
});
afterAll(() => t.close());

describe('GET /api/v1/indicators', () => {
  it('lists the catalogue to every staff role and to no one else', async () => {
    expect((await call('GET', '/api/v1/indicators')).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/indicators', 'partner')).statusCode).toBe(403);
    for (const who of ['specialist', 'regional', 'national', 'admin']) {
      const res = await call('GET', '/api/v1/indicators', who);
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((i: { code: string }) => i.code)).toEqual(
        expect.arrayContaining(['youth_population', 'neet_share', 'served_youth', 'neet_cases_confirmed']),
      );
    }
    const neet = (await call('GET', '/api/v1/indicators', 'specialist')).json().items[1];
    expect(neet).toMatchObject({
      code: 'neet_share',
      unit: 'percent',
      level: 'region',
      source: 'statistics',
    });
    expect(neet.name.kk).toBe('NEET жастарының үлесі');
  });
});

describe('GET /api/v1/indicators/:code/values', () => {
  it('climbs 401 → 400 → 404 → 200 and gives figures with years, bands and sources', async () => {
    expect((await call('GET', '/api/v1/indicators/neet_share/values')).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/indicators/Bad-Code/values', 'national')).statusCode).toBe(400);
    expect((await call('GET', '/api/v1/indicators/neet_share/values?year=20x5', 'national')).statusCode).toBe(
      400,
    );
    expect((await call('GET', '/api/v1/indicators/no_such/values', 'national')).statusCode).toBe(404);
    const all = (await call('GET', '/api/v1/indicators/neet_share/values', 'national')).json().items;
    expect(all).toHaveLength(18);
    expect(all.find((v: { regionCode: string }) => v.regionCode === '11')).toMatchObject({
      year: 2021,
      value: 8.9,
      ageBand: '15-28',
      origin: 'file',
    });
    const in2025 = (await call('GET', '/api/v1/indicators/neet_share/values?year=2025', 'national')).json()
      .items;
    expect(in2025.map((v: { regionCode: string }) => v.regionCode)).toEqual([
      '33',
      '35',
      '47',
      '61',
      '62',
      '63',
      '71',
    ]);
  });

  it('shows regional and centre users only their own region', async () => {
    const regional = (await call('GET', '/api/v1/indicators/youth_population/values', 'regional')).json()
      .items;
    expect(regional).toEqual([
      expect.objectContaining({ regionCode: '11', value: 212233, ageBand: '14-35' }),
    ]);
    expect(
      (await call('GET', '/api/v1/indicators/youth_population/values?regionCode=75', 'regional')).statusCode,
    ).toBe(404);
    const centre = (await call('GET', '/api/v1/indicators/neet_share/values', 'specialist')).json().items;
    expect(centre).toEqual([expect.objectContaining({ regionCode: '35', value: 7.9, year: 2025 })]);
  });

  it('computes journal indicators for the year asked, per region', async () => {
    const served = (await call('GET', '/api/v1/indicators/served_youth/values?year=2025', 'national')).json()
      .items;
    expect(served).toEqual([
      expect.objectContaining({ regionCode: '35', value: 1, origin: 'journal', year: 2025 }),
      expect.objectContaining({ regionCode: '71', value: 0 }),
    ]);
    const services = (
      await call('GET', '/api/v1/indicators/services_total/values?year=2025', 'specialist')
    ).json();
    expect(services.items).toEqual([expect.objectContaining({ regionCode: '35', value: 2 })]);
    const neet = (
      await call('GET', '/api/v1/indicators/neet_reached/values?year=2025&regionCode=35', 'national')
    ).json();
    expect(neet.items).toEqual([expect.objectContaining({ regionCode: '35', value: 1 })]);
    expect(
      (await call('GET', '/api/v1/indicators/served_youth/values?year=2024', 'national')).json().items,
    ).toEqual([]);
  });
});

describe('PUT /api/v1/indicators/:code/values', () => {
  const figure = {
    regionCode: '35',
    year: 2026,
    value: 6.4,
    ageBand: '15-34',
    sourceNote: 'Bureau of National Statistics, Q1 2026',
  };

  it('climbs 401 → 400 → 403 → 404 → 200, stores a manual figure and audits it', async () => {
    const url = '/api/v1/indicators/neet_share/values';
    expect((await call('PUT', url, undefined, figure)).statusCode).toBe(401);
    const bad = await call('PUT', url, 'national', { ...figure, value: -1, ageBand: '' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['ageBand', 'value']);
    expect((await call('PUT', url, 'regional', figure)).statusCode).toBe(403);
    expect((await call('PUT', '/api/v1/indicators/no_such/values', 'national', figure)).statusCode).toBe(404);
    const unknownRegion = await call('PUT', url, 'national', { ...figure, regionCode: '99' });
    expect(unknownRegion.statusCode).toBe(400);
    expect(unknownRegion.json().errors[0]).toMatchObject({ field: 'regionCode', code: 'not_found' });

    const res = await call('PUT', url, 'national', figure);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ...figure, quarter: null, origin: 'manual' });
    const again = await call('PUT', url, 'national', { ...figure, value: 6.5 });
    expect(again.json()).toMatchObject({ value: 6.5 });
    const stored = (await call('GET', `${url}?regionCode=35`, 'national')).json().items;
    expect(stored.map((v: { year: number; value: number }) => [v.year, v.value])).toEqual([
      [2026, 6.5],
      [2025, 7.9],
    ]);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'indicator_value'), eq(auditLog.regionCode, '35')));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audits[1].before).toMatchObject({ value: 6.4 });
    expect(audits[1].after).toMatchObject({ value: 6.5 });
  });

  it('keeps a national user’s figure over the shipped file at the next start', async () => {
    await call('PUT', '/api/v1/indicators/neet_share/values', 'national', {
      ...figure,
      year: 2025,
      value: 8.2,
    });
    await loadIndicators(t.db);
    const items = (
      await call('GET', '/api/v1/indicators/neet_share/values?regionCode=35&year=2025', 'national')
    ).json().items;
    expect(items).toEqual([expect.objectContaining({ value: 8.2, origin: 'manual', ageBand: '15-34' })]);
  });

  it('refuses figures of a journal indicator, in the user’s language', async () => {
    const res = await call('PUT', '/api/v1/indicators/served_youth/values', 'national', figure, 'ru');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'indicator_computed' });
    expect(res.json().title).toMatch(/рассчитываются по журналу/);
  });
});

describe('OpenAPI', () => {
  it('documents the indicator routes', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/indicators', '/api/v1/indicators/{code}/values']),
    );
    expect(doc.paths['/api/v1/indicators/{code}/values']).toHaveProperty('put');
  });
});
