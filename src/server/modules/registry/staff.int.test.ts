import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeStaff, makeUser, TEST_PASSWORD } from '../../test/factories';
import { staff } from './registry.tables';

let t: TestApp;
const cookies: Record<string, string> = {};
let centre35: number;
let other35: number;
let centre75: number;
let member35: typeof staff.$inferSelect;
let member75: typeof staff.$inferSelect;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: object, lang?: string) =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { ...(who ? { cookie: cookies[who] } : {}), ...(lang ? { 'accept-language': lang } : {}) },
  });

const body = (overrides: object = {}) => ({
  centreId: centre35,
  lastName: 'Жұмабекова',
  firstName: 'Гүлназ',
  middleName: 'Серікқызы',
  position: 'psychologist',
  hireDate: '2026-01-15',
  phone: '+7 (701) 555-44-33',
  email: 'G.Zhumabekova@Jastar.kz',
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  centre35 = (await makeCentre(t.db, { regionCode: '35', kind: 'regional' })).id;
  other35 = (await makeCentre(t.db, { regionCode: '35' })).id;
  centre75 = (await makeCentre(t.db, { regionCode: '75', kind: 'regional' })).id;
  member35 = await makeStaff(t.db, { centreId: centre35, lastName: 'ҚАЙРАТОВ', firstName: 'Ерлан' });
  await makeStaff(t.db, { centreId: other35, lastName: 'Қайратова', firstName: 'Дана' });
  member75 = await makeStaff(t.db, { centreId: centre75, lastName: 'Ахметов', firstName: 'Бауыржан' });
  for (const [k, u] of Object.entries({
    national: await makeUser(t.db, 'national'),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
    manager: await makeUser(t.db, 'center_manager', { centreId: centre35 }),
    specialist: await makeUser(t.db, 'specialist', { centreId: centre35 }),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  })) {
    cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
  }
});
afterAll(() => t.close());

const names = (res: { json(): { items: { lastName: string }[] } }) =>
  res
    .json()
    .items.map((s) => s.lastName)
    .sort();

describe('GET /api/v1/staff', () => {
  it('climbs 401 → 400 → 403 → 200 and keeps each role to its scope', async () => {
    expect((await call('GET', '/api/v1/staff')).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/staff?status=gone', 'regional')).statusCode).toBe(400);
    expect((await call('GET', '/api/v1/staff', 'partner')).statusCode).toBe(403);
    expect(names(await call('GET', '/api/v1/staff', 'regional'))).toEqual(['Қайратова', 'ҚАЙРАТОВ'].sort());
    expect(names(await call('GET', '/api/v1/staff', 'specialist'))).toEqual(['ҚАЙРАТОВ']);
    expect(names(await call('GET', `/api/v1/staff?centreId=${centre75}`, 'regional'))).toEqual([]);
  });

  it('finds Kazakh names whatever the case, and filters by position, status and hire date', async () => {
    const found = await call('GET', `/api/v1/staff?q=${encodeURIComponent('қайрат')}`, 'national');
    expect(found.json().total).toBe(2);
    expect((await call('GET', '/api/v1/staff?position=lawyer', 'national')).json().total).toBe(0);
    expect((await call('GET', '/api/v1/staff?hiredFrom=2030-01-01', 'national')).json().total).toBe(0);
    expect((await call('GET', '/api/v1/staff?status=left', 'national')).json().total).toBe(0);
    const sorted = await call('GET', '/api/v1/staff?sort=name&order=desc&pageSize=1', 'national');
    expect(sorted.json()).toMatchObject({ total: 3, pageSize: 1, items: [{ lastName: 'Қайратова' }] });
    const asc = await call('GET', '/api/v1/staff?sort=name&pageSize=3', 'national');
    expect(names(asc)).toEqual(['Ахметов', 'ҚАЙРАТОВ', 'Қайратова'].sort());
    expect(asc.json().items[0].lastName).toBe('Ахметов');
  });
});

describe('GET /api/v1/staff/:id and history', () => {
  it('climbs 401 → 400 → 403 → 404 out of scope → 200', async () => {
    for (const suffix of ['', '/history']) {
      expect((await call('GET', `/api/v1/staff/${member35.id}${suffix}`)).statusCode).toBe(401);
      expect((await call('GET', `/api/v1/staff/x${suffix}`, 'regional')).statusCode).toBe(400);
      expect((await call('GET', `/api/v1/staff/${member35.id}${suffix}`, 'partner')).statusCode).toBe(403);
      expect((await call('GET', `/api/v1/staff/${member75.id}${suffix}`, 'regional')).statusCode).toBe(404);
      expect((await call('GET', `/api/v1/staff/${member35.id}${suffix}`, 'specialist')).statusCode).toBe(200);
    }
    const one = await call('GET', `/api/v1/staff/${member35.id}`, 'manager');
    expect(one.json()).toMatchObject({ fullName: 'ҚАЙРАТОВ Ерлан', active: true, regionCode: '35' });
  });
});

describe('POST /api/v1/staff', () => {
  it('climbs 401 → 400 → 403 → 201 and records the creation', async () => {
    expect((await call('POST', '/api/v1/staff', undefined, body())).statusCode).toBe(401);
    const bad = await call(
      'POST',
      '/api/v1/staff',
      'manager',
      body({ hireDate: '2026-02-30', email: 'x' }),
      'kk',
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['email', 'hireDate']);
    expect(bad.json().errors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
    expect((await call('POST', '/api/v1/staff', 'specialist', body())).statusCode).toBe(403);
    const res = await call('POST', '/api/v1/staff', 'manager', body());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      fullName: 'Жұмабекова Гүлназ Серікқызы',
      email: 'g.zhumabekova@jastar.kz',
      active: true,
    });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(res.json().id)));
    expect(audit).toEqual([
      expect.objectContaining({ action: 'create', entityType: 'staff', centreId: centre35 }),
    ]);
  });

  it('answers a centre outside the scope as if it did not exist, in Russian for a Russian browser', async () => {
    const res = await call('POST', '/api/v1/staff', 'manager', body({ centreId: other35 }), 'ru');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'centreId', code: 'not_found', message: 'Такой записи нет' },
    ]);
    const regional = await call('POST', '/api/v1/staff', 'regional', body({ centreId: centre75 }));
    expect(regional.json().errors[0]).toMatchObject({ field: 'centreId', code: 'not_found' });
  });
});

describe('PUT /api/v1/staff/:id', () => {
  it('climbs 401 → 400 → 403 → 404 → 200 with before → after in history', async () => {
    const url = `/api/v1/staff/${member35.id}`;
    const edit = body({ lastName: 'Қайратов', firstName: 'Ерлан', middleName: null, position: 'lawyer' });
    expect((await call('PUT', url, undefined, edit)).statusCode).toBe(401);
    expect((await call('PUT', url, 'regional', { ...edit, leaveDate: '2020-01-01' })).statusCode).toBe(400);
    expect((await call('PUT', url, 'specialist', edit)).statusCode).toBe(403);
    expect((await call('PUT', `/api/v1/staff/${member75.id}`, 'regional', edit)).statusCode).toBe(404);
    const res = await call('PUT', url, 'regional', edit);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ lastName: 'Қайратов', position: 'lawyer' });
    const [latest] = (await call('GET', `${url}/history`, 'manager')).json();
    expect(latest).toMatchObject({
      action: 'update',
      before: { lastName: 'ҚАЙРАТОВ', position: 'specialist' },
      after: { lastName: 'Қайратов', position: 'lawyer' },
    });
  });

  it('writes neither the change nor an audit row when the target centre is out of scope', async () => {
    const auditBefore = (await t.db.select().from(auditLog)).length;
    const res = await call('PUT', `/api/v1/staff/${member35.id}`, 'manager', body({ centreId: other35 }));
    expect(res.statusCode).toBe(400);
    const [row] = await t.db.select().from(staff).where(eq(staff.id, member35.id));
    expect(row.centreId).toBe(centre35);
    expect(await t.db.select().from(auditLog)).toHaveLength(auditBefore);
  });
});

describe('POST /api/v1/staff/:id/leave', () => {
  it('climbs 401 → 400 → 403 → 404 → 200, keeps the row, and refuses a second leave', async () => {
    const m = await makeStaff(t.db, { centreId: centre35, hireDate: '2024-03-01' });
    const url = `/api/v1/staff/${m.id}/leave`;
    expect((await call('POST', url, undefined, { leaveDate: '2025-06-30' })).statusCode).toBe(401);
    expect((await call('POST', url, 'manager', { leaveDate: '30.06.2025' })).statusCode).toBe(400);
    const early = await call('POST', url, 'manager', { leaveDate: '2023-01-01' });
    expect(early.json().errors).toEqual([
      expect.objectContaining({ field: 'leaveDate', code: 'date_order' }),
    ]);
    expect((await call('POST', url, 'specialist', { leaveDate: '2025-06-30' })).statusCode).toBe(403);
    expect(
      (await call('POST', `/api/v1/staff/${member75.id}/leave`, 'regional', { leaveDate: '2025-06-30' }))
        .statusCode,
    ).toBe(404);
    const res = await call('POST', url, 'manager', { leaveDate: '2025-06-30' });
    expect(res.json()).toMatchObject({ leaveDate: '2025-06-30', active: false });
    expect((await call('POST', url, 'manager', { leaveDate: '2025-07-01' })).statusCode).toBe(409);
    const left = await call('GET', '/api/v1/staff?status=left', 'manager');
    expect(left.json().items.map((s: { id: number }) => s.id)).toEqual([m.id]);
    const [h] = (await call('GET', `/api/v1/staff/${m.id}/history`, 'manager')).json();
    expect(h).toMatchObject({ action: 'leave', before: { active: true }, after: { active: false } });
  });

  it('counts someone with a leave date still ahead as active', async () => {
    const m = await makeStaff(t.db, { centreId: centre35 });
    const res = await call('POST', `/api/v1/staff/${m.id}/leave`, 'manager', { leaveDate: '2099-12-31' });
    expect(res.json()).toMatchObject({ active: true, leaveDate: '2099-12-31' });
  });
});
