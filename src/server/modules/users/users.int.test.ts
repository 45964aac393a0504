import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/constants/roles';
import { auditLog } from '../../platform/audit/audit.tables';
import { sessions, users } from '../../platform/auth/auth.tables';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../test/factories';

let t: TestApp;
const cookies: Record<string, string> = {};
let centreId: number;
let adminId: number;
let targetId: number;
let partnerEmail: string;

type Method = 'GET' | 'POST' | 'PUT';
const call = (method: Method, url: string, who?: string, payload?: object, lang = 'en') =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { 'accept-language': lang, ...(who ? { cookie: cookies[who] } : {}) },
  });
const login = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

const REFUSED = ['national', 'regional', 'center_manager', 'specialist', 'partner'] as const;

beforeAll(async () => {
  t = await createTestApp();
  centreId = (await makeCentre(t.db, { regionCode: '35', code: 'YRC-35-002' })).id;
  const made: Record<string, Awaited<ReturnType<typeof makeUser>>> = {
    admin: await makeUser(t.db, 'admin'),
    national: await makeUser(t.db, 'national'),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
    center_manager: await makeUser(t.db, 'center_manager', { centreId }),
    specialist: await makeUser(t.db, 'specialist', { centreId }),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(made)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
  adminId = made.admin.id;
  targetId = made.specialist.id;
  partnerEmail = made.partner.email;
});
afterAll(() => t.close());

/** The climb every route takes: signed out, bad input, every other role, a missing user. */
async function climb(method: Method, path: (id: string | number) => string, body?: object, bad?: object) {
  expect((await call(method, path(targetId), undefined, body)).statusCode).toBe(401);
  expect((await call(method, path('abc'), 'admin', body)).statusCode).toBe(400);
  if (bad) expect((await call(method, path(targetId), 'admin', bad)).statusCode).toBe(400);
  for (const role of REFUSED) {
    expect((await call(method, path(targetId), role, body)).statusCode, role).toBe(403);
  }
  expect((await call(method, path(999_999), 'admin', body)).statusCode).toBe(404);
}

describe('GET /api/v1/users', () => {
  it('climbs 401 → 400 → 403 → 200', async () => {
    expect((await call('GET', '/api/v1/users')).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/users?status=gone', 'admin')).statusCode).toBe(400);
    for (const role of REFUSED) expect((await call('GET', '/api/v1/users', role)).statusCode, role).toBe(403);
    const page = (await call('GET', '/api/v1/users', 'admin')).json();
    expect(page.total).toBe(6);
    expect(JSON.stringify(page)).not.toMatch(/password/i);
  });

  it('searches name and e-mail, filters by role, region (with its centres) and status, and pages', async () => {
    const roles = async (qs: string) =>
      (await call('GET', `/api/v1/users?${qs}`, 'admin')).json().items.map((u: { role: Role }) => u.role);
    expect(await roles('q=TEST%20PARTNER')).toEqual(['partner']);
    expect(await roles(`q=${encodeURIComponent(partnerEmail.toUpperCase())}`)).toEqual(['partner']);
    expect(await roles('role=regional')).toEqual(['regional']);
    expect((await roles('regionCode=35')).sort()).toEqual(['center_manager', 'regional', 'specialist']);
    expect(await roles('regionCode=75')).toEqual([]);
    expect(await roles('status=inactive')).toEqual([]);
    const second = (await call('GET', '/api/v1/users?pageSize=4&page=2', 'admin')).json();
    expect(second).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(second.items).toHaveLength(2);
  });
});

describe('GET /api/v1/users/:id', () => {
  it('climbs 401 → 400 → 403 → 404 → 200 with the scope’s names', async () => {
    await climb('GET', (id) => `/api/v1/users/${id}`);
    const user = (await call('GET', `/api/v1/users/${targetId}`, 'admin')).json();
    expect(user).toMatchObject({ role: 'specialist', centreId, centreCode: 'YRC-35-002', isActive: true });
    expect(user.centreName.ru).toMatch(/центр/);
    expect(user).not.toHaveProperty('passwordHash');
  });
});

describe('POST /api/v1/users', () => {
  let body: Record<string, unknown>;
  beforeAll(() => {
    body = { email: 'Aigerim.N@Example.kz', fullName: 'Айгерім Нұрланқызы', role: 'specialist', centreId };
  });

  it('climbs 401 → 400 → 403 → 201; the new user signs in with the temporary password shown once', async () => {
    expect((await call('POST', '/api/v1/users', undefined, body)).statusCode).toBe(401);
    expect((await call('POST', '/api/v1/users', 'admin', { ...body, email: 'nope' })).statusCode).toBe(400);
    for (const role of REFUSED) {
      expect((await call('POST', '/api/v1/users', role, body)).statusCode, role).toBe(403);
    }
    const res = await call('POST', '/api/v1/users', 'admin', body);
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      email: 'aigerim.n@example.kz',
      role: 'specialist',
      centreCode: 'YRC-35-002',
    });
    expect(created.temporaryPassword).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    const signedIn = await login('aigerim.n@example.kz', created.temporaryPassword);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().scope).toEqual({ kind: 'centre', centreId, regionCode: '35' });
    // Shown once: reading the user again never answers it.
    expect((await call('GET', `/api/v1/users/${created.id}`, 'admin')).json()).not.toHaveProperty(
      'temporaryPassword',
    );
    const [row] = await t.db.select().from(users).where(eq(users.id, created.id));
    expect(row.passwordHash).not.toContain(created.temporaryPassword);
  });

  it('refuses a taken e-mail and a scope that does not fit the role, in the caller’s language, creating nothing', async () => {
    const before = (await call('GET', '/api/v1/users', 'admin')).json().total;
    const dup = await call(
      'POST',
      '/api/v1/users',
      'admin',
      { ...body, email: 'aigerim.n@example.kz' },
      'ru',
    );
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors).toEqual([expect.objectContaining({ field: 'email', code: 'duplicate' })]);
    expect(dup.json().errors[0].message).toMatch(/[а-я]/);

    const fields = async (payload: object) =>
      (await call('POST', '/api/v1/users', 'admin', { email: 'x@example.kz', fullName: 'X', ...payload }))
        .json()
        .errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(await fields({ role: 'regional' })).toEqual(['regionCode:required']);
    expect(await fields({ role: 'specialist' })).toEqual(['centreId:required']);
    expect(await fields({ role: 'partner' })).toEqual(['organisation:required']);
    expect(await fields({ role: 'national', regionCode: '35' })).toEqual(['regionCode:invalid_value']);
    expect(await fields({ role: 'specialist', centreId: 999_999 })).toEqual(['centreId:not_found']);
    expect(await fields({ role: 'regional', regionCode: '00' })).toEqual(['regionCode:not_found']);
    expect(await fields({ role: 'chief' })).toEqual(['role:invalid_choice']);
    expect((await call('GET', '/api/v1/users', 'admin')).json().total).toBe(before);
  });
});

describe('PUT /api/v1/users/:id', () => {
  const change = { fullName: 'Renamed Specialist', role: 'regional', regionCode: '35', locale: 'ru' };

  it('climbs 401 → 400 → 403 → 404 → 200 and changes role with scope at once', async () => {
    await climb('PUT', (id) => `/api/v1/users/${id}`, change, { ...change, regionCode: null });
    const res = await call('PUT', `/api/v1/users/${targetId}`, 'admin', change);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ...change, centreId: null, regionName: expect.any(Object) });
    // The user's next request already sees the new scope.
    const me = (await call('GET', '/api/v1/auth/me', 'specialist')).json();
    expect(me.scope).toEqual({ kind: 'region', regionCode: '35' });
    await call('PUT', `/api/v1/users/${targetId}`, 'admin', {
      fullName: 'Back',
      role: 'specialist',
      centreId,
    });
  });

  it('does not let an admin take away their own admin role', async () => {
    const res = await call('PUT', `/api/v1/users/${adminId}`, 'admin', { fullName: 'Me', role: 'national' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('invalid_state');
  });
});

describe('POST /api/v1/users/:id/reset-password', () => {
  it('climbs 401 → 400 → 403 → 404 → 200; the old password stops working and sessions end', async () => {
    await climb('POST', (id) => `/api/v1/users/${id}/reset-password`);
    const user = await makeUser(t.db, 'regional', { regionCode: '35' });
    const session = await signIn(t.app, user.email, TEST_PASSWORD);
    const res = await call('POST', `/api/v1/users/${user.id}/reset-password`, 'admin');
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json();
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: session } })).statusCode).toBe(
      401,
    );
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    expect((await login(user.email, temporaryPassword)).statusCode).toBe(200);
  });
});

describe('POST /api/v1/users/:id/deactivate and /reactivate', () => {
  it('climb 401 → 400 → 403 → 404 → 200', async () => {
    const user = await makeUser(t.db, 'partner', { organisation: 'Fund' });
    targetId = user.id;
    await climb('POST', (id) => `/api/v1/users/${id}/deactivate`);
    await climb('POST', (id) => `/api/v1/users/${id}/reactivate`);
  });

  it('a deactivated user cannot sign in and is signed out; reactivated, they can again', async () => {
    const user = await makeUser(t.db, 'national');
    const session = await signIn(t.app, user.email, TEST_PASSWORD);
    const off = await call('POST', `/api/v1/users/${user.id}/deactivate`, 'admin');
    expect(off.json()).toMatchObject({ isActive: false });
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: session } })).statusCode).toBe(
      401,
    );
    const inactive = (await call('GET', '/api/v1/users?status=inactive', 'admin')).json();
    expect(inactive.items.map((u: { id: number }) => u.id)).toEqual([user.id]);
    const on = await call('POST', `/api/v1/users/${user.id}/reactivate`, 'admin');
    expect(on.json()).toMatchObject({ isActive: true });
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('an admin cannot deactivate themselves', async () => {
    const res = await call('POST', `/api/v1/users/${adminId}/deactivate`, 'admin', undefined, 'kk');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'invalid_state', title: expect.stringMatching(/мүмкін емес/) });
    expect((await call('GET', '/api/v1/auth/me', 'admin')).statusCode).toBe(200);
  });
});

describe('audit of user administration', () => {
  it('records creation, changes, resets and deactivation without any password or hash', async () => {
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'user'));
    expect(new Set(rows.map((r) => r.action))).toEqual(
      new Set(['create', 'update', 'password_reset', 'deactivate', 'reactivate']),
    );
    const created = rows.find((r) => r.action === 'create')!;
    expect(created.actorLabel).toMatch(/^admin/);
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/password"|passwordHash|\$argon|\$scrypt/i);
    const passwords = await t.db.select({ hash: users.passwordHash }).from(users);
    for (const { hash } of passwords) expect(text).not.toContain(hash);
  });
});

describe('API document', () => {
  it('describes the users routes and never a password hash', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/api/v1/users'))).toHaveLength(5);
    expect(doc.components.schemas.User.properties).not.toHaveProperty('passwordHash');
    expect(doc.components.schemas.CreatedUser.required).toContain('temporaryPassword');
  });
});
