import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeStaff, makeUser, TEST_PASSWORD } from '../../test/factories';
import { districts } from '../reference';
import { centres } from './registry.tables';

let t: TestApp;
const cookies: Record<string, string> = {};
let regional35: typeof centres.$inferSelect;
let city35: typeof centres.$inferSelect;
let regional75: typeof centres.$inferSelect;
let district35: number;
let district75: number;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: object, lang?: string) =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { ...(who ? { cookie: cookies[who] } : {}), ...(lang ? { 'accept-language': lang } : {}) },
  });

/** A valid body for a new district centre in Karaganda region. */
const newCentre = (overrides: object = {}) => ({
  code: `YRC-35-${Math.floor(Math.random() * 1e6)}`,
  kind: 'district',
  parentId: regional35.id,
  regionCode: '35',
  districtId: district35,
  nameKk: 'Балқаш қаласының жастар ресурстық орталығы',
  nameRu: 'Молодёжный ресурсный центр города Балхаш',
  nameEn: '',
  address: 'Балқаш, Ленин көшесі, 1',
  latitude: 49.806,
  longitude: 73.085,
  phone: '+7 710 123 45 67',
  email: 'Balkhash@Jastar.kz',
  openingHours: '09:00–18:00',
  services: ['career_guidance', 'psychology'],
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  regional35 = await makeCentre(t.db, { regionCode: '35', kind: 'regional', code: 'C-35-001' });
  city35 = await makeCentre(t.db, {
    regionCode: '35',
    kind: 'city',
    code: 'C-35-002',
    parentId: regional35.id,
  });
  regional75 = await makeCentre(t.db, { regionCode: '75', kind: 'regional', code: 'C-75-001' });
  [{ id: district35 }] = await t.db
    .select({ id: districts.id })
    .from(districts)
    .where(eq(districts.regionCode, '35'));
  [{ id: district75 }] = await t.db
    .select({ id: districts.id })
    .from(districts)
    .where(eq(districts.regionCode, '75'));
  const users = {
    national: await makeUser(t.db, 'national'),
    admin: await makeUser(t.db, 'admin'),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
    manager: await makeUser(t.db, 'center_manager', { centreId: city35.id }),
    specialist: await makeUser(t.db, 'specialist', { centreId: city35.id }),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(users)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('GET /api/v1/centres', () => {
  it('climbs 401 → 400 → 2xx and keeps each role to its scope', async () => {
    expect((await call('GET', '/api/v1/centres')).statusCode).toBe(401);
    const bad = await call('GET', '/api/v1/centres?kind=castle&pageSize=1000', 'national');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['kind', 'pageSize']);

    const ids = async (who: string, qs = '') =>
      (await call('GET', `/api/v1/centres?pageSize=200${qs}`, who))
        .json()
        .items.map((c: { id: number }) => c.id);
    expect(await ids('national')).toEqual(expect.arrayContaining([regional35.id, city35.id, regional75.id]));
    const regional = await ids('regional');
    expect(regional).toContain(city35.id);
    expect(regional).not.toContain(regional75.id);
    expect(await ids('specialist')).toEqual([city35.id]);
    expect(await ids('regional', '&regionCode=75')).toEqual([]);
  });

  it('pages, sorts and filters on the server', async () => {
    const res = await call(
      'GET',
      '/api/v1/centres?regionCode=35&sort=code&order=desc&page=1&pageSize=1',
      'national',
    );
    expect(res.json()).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ code: 'C-35-002' }] });
    const kind = await call('GET', '/api/v1/centres?kind=regional&pageSize=200', 'national');
    expect(kind.json().items.every((c: { kind: string }) => c.kind === 'regional')).toBe(true);
  });

  it('searches Kazakh names whatever the case', async () => {
    await makeCentre(t.db, { regionCode: '35', code: 'C-35-KAR', nameKk: 'ҚАРАҒАНДЫ ЖАСТАР ОРТАЛЫҒЫ' });
    await makeCentre(t.db, { regionCode: '35', code: 'C-35-KAR2', nameKk: 'Қарағанды қаласының орталығы' });
    const res = await call('GET', `/api/v1/centres?q=${encodeURIComponent('қарағанды')}`, 'regional');
    expect(
      res
        .json()
        .items.map((c: { code: string }) => c.code)
        .sort(),
    ).toEqual(['C-35-KAR', 'C-35-KAR2']);
  });
});

describe('GET /api/v1/centres/:id', () => {
  it('climbs 401 → 400 → 404 out of scope → 200', async () => {
    expect((await call('GET', `/api/v1/centres/${city35.id}`)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/centres/abc', 'regional')).statusCode).toBe(400);
    expect((await call('GET', `/api/v1/centres/${regional75.id}`, 'regional')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/centres/${regional35.id}`, 'specialist')).statusCode).toBe(404);
    const res = await call('GET', `/api/v1/centres/${city35.id}`, 'specialist');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: city35.id,
      parentId: regional35.id,
      regionName: { en: expect.any(String) },
    });
    expect(res.json()).not.toHaveProperty('searchText');
  });

  it('shows a partner the active centres only', async () => {
    const closed = await makeCentre(t.db, { regionCode: '75', status: 'inactive' });
    expect((await call('GET', `/api/v1/centres/${regional75.id}`, 'partner')).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/centres/${closed.id}`, 'partner')).statusCode).toBe(404);
  });
});

describe('POST /api/v1/centres', () => {
  it('climbs 401 → 400 → 403 → 2xx and records the creation', async () => {
    expect((await call('POST', '/api/v1/centres', undefined, newCentre())).statusCode).toBe(401);
    expect(
      (await call('POST', '/api/v1/centres', 'national', { ...newCentre(), nameKk: '' })).statusCode,
    ).toBe(400);
    expect((await call('POST', '/api/v1/centres', 'manager', newCentre())).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/centres', 'partner', newCentre())).statusCode).toBe(403);
    const res = await call('POST', '/api/v1/centres', 'regional', newCentre({ code: 'YRC-35-900' }));
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      code: 'YRC-35-900',
      name: { en: 'Balkash kalasynyn zhastar resurstyk ortalygy' },
      email: 'balkhash@jastar.kz',
      parentName: { ru: regional35.nameRu },
      status: 'active',
      staffCount: 0,
    });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'centre'), eq(auditLog.entityId, String(created.id))));
    expect(audit).toMatchObject({
      action: 'create',
      regionCode: '35',
      before: null,
      after: { code: 'YRC-35-900' },
    });
  });

  it('keeps a regional user to their region and explains every bad field in the caller’s language', async () => {
    const res = await call(
      'POST',
      '/api/v1/centres',
      'regional',
      newCentre({ code: 'C-35-001', regionCode: '75', districtId: district75, parentId: regional75.id }),
      'ru',
    );
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { field: string; code: string; message: string }[];
    expect(errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'code:duplicate',
      'parentId:not_found',
      'regionCode:out_of_scope',
    ]);
    expect(errors.find((e) => e.field === 'code')?.message).toBe('Уже используется');
  });

  it('rejects a district of another region, a non-regional parent and a point outside the region', async () => {
    const res = await call(
      'POST',
      '/api/v1/centres',
      'national',
      newCentre({ districtId: district75, parentId: city35.id, latitude: 43.25, longitude: 76.9 }),
      'en',
    );
    expect(res.json().errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'districtId:invalid_choice',
      'parentId:invalid_choice',
      'latitude:outside_region',
    ]);
    const regionalWithParent = await call(
      'POST',
      '/api/v1/centres',
      'national',
      newCentre({ kind: 'regional' }),
    );
    expect(regionalWithParent.json().errors).toEqual([expect.objectContaining({ field: 'parentId' })]);
  });
});

describe('PUT /api/v1/centres/:id', () => {
  const edit = (c: typeof centres.$inferSelect, overrides: object = {}) => ({
    code: c.code,
    kind: c.kind,
    parentId: c.parentId,
    regionCode: c.regionCode,
    districtId: c.districtId,
    nameKk: c.nameKk,
    nameRu: c.nameRu,
    nameEn: c.nameEn,
    address: c.address,
    services: [],
    ...overrides,
  });

  it('climbs 401 → 400 → 403 → 404 → 200 and keeps before → after', async () => {
    const url = `/api/v1/centres/${city35.id}`;
    expect((await call('PUT', url, undefined, edit(city35))).statusCode).toBe(401);
    expect((await call('PUT', url, 'manager', edit(city35, { phone: '123' }))).statusCode).toBe(400);
    expect((await call('PUT', url, 'specialist', edit(city35))).statusCode).toBe(403);
    expect(
      (await call('PUT', `/api/v1/centres/${regional75.id}`, 'regional', edit(regional75))).statusCode,
    ).toBe(404);
    const res = await call('PUT', url, 'manager', edit(city35, { address: 'Бұқар жырау даңғылы, 10' }));
    expect(res.statusCode).toBe(200);
    expect(res.json().address).toBe('Бұқар жырау даңғылы, 10');

    const history = await call('GET', `${url}/history`, 'manager');
    expect(history.statusCode).toBe(200);
    expect(history.json()[0]).toMatchObject({
      action: 'update',
      before: { address: city35.address },
      after: { address: 'Бұқар жырау даңғылы, 10' },
    });
  });

  it('refuses a centre manager’s change of the centre’s place in the network', async () => {
    const res = await call(
      'PUT',
      `/api/v1/centres/${city35.id}`,
      'manager',
      edit(city35, { code: 'HACKED' }),
    );
    expect(res.statusCode).toBe(403);
    const [row] = await t.db.select().from(centres).where(eq(centres.id, city35.id));
    expect(row.code).toBe(city35.code);
  });

  it('changes nothing and writes no audit when the edit is invalid', async () => {
    const before = await t.db.select().from(auditLog);
    const res = await call(
      'PUT',
      `/api/v1/centres/${city35.id}`,
      'regional',
      edit(city35, { code: regional75.code }),
    );
    expect(res.statusCode).toBe(400);
    expect(await t.db.select().from(auditLog)).toHaveLength(before.length);
  });
});

describe('deactivate and reactivate', () => {
  it('climbs 401 → 400 → 403 → 404 → 200, keeps the row, and refuses twice', async () => {
    const c = await makeCentre(t.db, { regionCode: '35', parentId: regional35.id });
    await makeStaff(t.db, { centreId: c.id });
    const url = `/api/v1/centres/${c.id}/deactivate`;
    expect((await call('POST', url, undefined, { reason: 'Closed' })).statusCode).toBe(401);
    expect((await call('POST', url, 'regional', { reason: ' ' })).statusCode).toBe(400);
    expect((await call('POST', url, 'manager', { reason: 'Closed' })).statusCode).toBe(403);
    expect(
      (await call('POST', `/api/v1/centres/${regional75.id}/deactivate`, 'regional', { reason: 'x' }))
        .statusCode,
    ).toBe(404);
    const res = await call('POST', url, 'regional', { reason: 'Merged into the city centre' });
    expect(res.json()).toMatchObject({
      status: 'inactive',
      statusReason: 'Merged into the city centre',
      staffCount: 1,
    });
    expect((await call('POST', url, 'regional', { reason: 'again' })).statusCode).toBe(409);
    const inactive = await call('GET', '/api/v1/centres?status=inactive&pageSize=200', 'regional');
    expect(inactive.json().items.map((x: { id: number }) => x.id)).toContain(c.id);

    const back = await call('POST', `/api/v1/centres/${c.id}/reactivate`, 'national', { reason: 'Reopened' });
    expect(back.json().status).toBe('active');
    const history = (await call('GET', `/api/v1/centres/${c.id}/history`, 'regional')).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(['reactivate', 'deactivate']);
    expect(history[1].before.status).toBe('active');
  });
});

describe('POST /api/v1/centres/:id/reactivate', () => {
  it('climbs 401 → 400 → 403 → 404 → 409 for an active centre', async () => {
    const url = `/api/v1/centres/${city35.id}/reactivate`;
    expect((await call('POST', url, undefined, { reason: 'Open' })).statusCode).toBe(401);
    expect((await call('POST', url, 'national', {})).statusCode).toBe(400);
    expect((await call('POST', url, 'specialist', { reason: 'Open' })).statusCode).toBe(403);
    expect(
      (await call('POST', `/api/v1/centres/${regional75.id}/reactivate`, 'regional', { reason: 'Open' }))
        .statusCode,
    ).toBe(404);
    const res = await call('POST', url, 'regional', { reason: 'Open' }, 'kk');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('invalid_state');
  });
});

describe('GET /api/v1/centres/:id/history', () => {
  it('climbs 401 → 400 → 403 → 404 out of scope', async () => {
    expect((await call('GET', `/api/v1/centres/${city35.id}/history`)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/centres/0/history', 'national')).statusCode).toBe(400);
    expect((await call('GET', `/api/v1/centres/${city35.id}/history`, 'partner')).statusCode).toBe(403);
    expect((await call('GET', `/api/v1/centres/${regional75.id}/history`, 'regional')).statusCode).toBe(404);
  });
});
