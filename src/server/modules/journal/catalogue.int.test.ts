import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../test/factories';
import { loadServiceCatalogue, readSeedCatalogue } from './catalogue.loader';
import { serviceDirections, serviceTypes } from './journal.tables';

let t: TestApp;
const cookies: Record<string, string> = {};
const REFUSED = ['regional', 'center_manager', 'specialist', 'partner'] as const;

type Method = 'GET' | 'POST' | 'PUT';
const call = (method: Method, url: string, who?: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { 'accept-language': 'en', ...(who ? { cookie: cookies[who] } : {}) },
  });

beforeAll(async () => {
  t = await createTestApp();
  const centreId = (await makeCentre(t.db, { regionCode: '35', code: 'YRC-35-001' })).id;
  const made = {
    admin: await makeUser(t.db, 'admin'),
    national: await makeUser(t.db, 'national'),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
    center_manager: await makeUser(t.db, 'center_manager', { centreId }),
    specialist: await makeUser(t.db, 'specialist', { centreId }),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(made)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
});
afterAll(() => t.close());

const directionIdOf = async (code: string) =>
  (await t.db.select().from(serviceDirections).where(eq(serviceDirections.code, code)))[0].id;
const typeIdOf = async (code: string) =>
  (await t.db.select().from(serviceTypes).where(eq(serviceTypes.code, code)))[0].id;
const auditOf = (entityType: string, entityId: number, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, entityType),
        eq(auditLog.entityId, String(entityId)),
        eq(auditLog.action, action),
      ),
    );

const newDirection = (code: string) => ({
  code,
  nameKk: 'Спорт',
  nameRu: 'Спорт',
  nameEn: 'Sport',
  sortOrder: 500,
});
const newType = (directionId: number, code: string) => ({
  directionId,
  code,
  nameKk: 'Жаттығу',
  nameRu: 'Тренировка',
  nameEn: 'Workout',
  isGroup: true,
});

describe('catalogue loader', () => {
  it('loads the shipped catalogue once: a second run changes nothing and keeps national edits', async () => {
    const seed = readSeedCatalogue();
    const count = async () => ({
      directions: (await t.db.select().from(serviceDirections)).length,
      types: (await t.db.select().from(serviceTypes)).length,
    });
    const before = await count();
    expect(before.directions).toBeGreaterThanOrEqual(seed.length);
    expect(before.types).toBeGreaterThanOrEqual(seed.flatMap((d) => d.types).length);
    const id = await typeIdOf('legal_consultation');
    await t.db.update(serviceTypes).set({ nameEn: 'Lawyer', isActive: false }).where(eq(serviceTypes.id, id));
    await loadServiceCatalogue(t.db);
    await loadServiceCatalogue(t.db);
    expect(await count()).toEqual(before);
    const [kept] = await t.db.select().from(serviceTypes).where(eq(serviceTypes.id, id));
    expect(kept).toMatchObject({ nameEn: 'Lawyer', isActive: false });
    await t.db
      .update(serviceTypes)
      .set({ nameEn: 'Legal consultation', isActive: true })
      .where(eq(serviceTypes.id, id));
  });
});

describe('GET /api/v1/service-directions', () => {
  it('climbs 401 → 400 → 403 (inactive entries) → 200 for every staff role', async () => {
    expect((await call('GET', '/api/v1/service-directions')).statusCode).toBe(401);
    const bad = await call('GET', '/api/v1/service-directions?includeInactive=maybe', 'national');
    expect(bad.statusCode).toBe(400);
    for (const role of REFUSED) {
      const res = await call('GET', '/api/v1/service-directions?includeInactive=true', role);
      expect(res.statusCode, role).toBe(403);
      expect((await call('GET', '/api/v1/service-directions', role)).statusCode, role).toBe(200);
    }
    const catalogue = (await call('GET', '/api/v1/service-directions', 'specialist')).json();
    const psychology = catalogue.find((d: { code: string }) => d.code === 'psychology');
    expect(psychology.name.ru).toBe('Психологическая поддержка');
    expect(psychology.types[0]).toMatchObject({
      code: 'psychological_consultation',
      isConfidential: true,
      allowsAnonymous: true,
      isGroup: false,
    });
    const groupCodes = catalogue
      .flatMap((d: { types: { code: string; isGroup: boolean }[] }) => d.types)
      .filter((x: { isGroup: boolean }) => x.isGroup)
      .map((x: { code: string }) => x.code);
    expect(groupCodes).toEqual(expect.arrayContaining(['training', 'seminar', 'job_fair', 'meeting']));
  });

  it('hides inactive directions and types unless national or admin ask for them', async () => {
    const typeId = await typeIdOf('media_literacy_training');
    expect((await call('POST', `/api/v1/service-types/${typeId}/deactivate`, 'national')).statusCode).toBe(
      200,
    );
    const codes = async (who: string, qs = '') =>
      (await call('GET', `/api/v1/service-directions${qs}`, who))
        .json()
        .flatMap((d: { types: { code: string }[] }) => d.types.map((x) => x.code));
    expect(await codes('specialist')).not.toContain('media_literacy_training');
    expect(await codes('admin', '?includeInactive=true')).toContain('media_literacy_training');
    expect((await call('POST', `/api/v1/service-types/${typeId}/reactivate`, 'national')).statusCode).toBe(
      200,
    );
    expect(await codes('specialist')).toContain('media_literacy_training');
  });
});

describe('directions: create, edit, deactivate, reactivate', () => {
  it('POST climbs 401 → 400 → 403 → 201, refuses a duplicate code on the field, and is audited', async () => {
    const url = '/api/v1/service-directions';
    expect((await call('POST', url, undefined, newDirection('sport'))).statusCode).toBe(401);
    const bad = await call('POST', url, 'national', { ...newDirection('Sport!'), nameRu: '' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['code', 'nameRu']);
    for (const role of REFUSED)
      expect((await call('POST', url, role, newDirection('sport'))).statusCode, role).toBe(403);
    const created = await call('POST', url, 'national', newDirection('sport'));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'sport', name: { en: 'Sport' }, isActive: true, types: [] });
    expect(await auditOf('service_direction', created.json().id, 'create')).toHaveLength(1);
    const again = await call('POST', url, 'admin', newDirection('sport'));
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toMatchObject([{ field: 'code', code: 'duplicate' }]);
  });

  it('PUT climbs 401 → 400 → 403 → 404 → 200 and audits the before and after', async () => {
    const id = await directionIdOf('volunteering');
    const body = { ...newDirection('volunteering'), nameEn: 'Volunteer work' };
    const url = (x: number | string) => `/api/v1/service-directions/${x}`;
    expect((await call('PUT', url(id), undefined, body)).statusCode).toBe(401);
    expect((await call('PUT', url('abc'), 'national', body)).statusCode).toBe(400);
    for (const role of REFUSED) expect((await call('PUT', url(id), role, body)).statusCode, role).toBe(403);
    expect((await call('PUT', url(999_999), 'national', body)).statusCode).toBe(404);
    const taken = await call('PUT', url(id), 'national', { ...body, code: 'psychology' });
    expect(taken.json().errors).toMatchObject([{ field: 'code', code: 'duplicate' }]);
    const res = await call('PUT', url(id), 'admin', body);
    expect(res.statusCode).toBe(200);
    expect(res.json().name.en).toBe('Volunteer work');
    const [entry] = await auditOf('service_direction', id, 'update');
    expect(entry.before).toMatchObject({ name: { en: 'Volunteering' } });
    expect(entry.after).toMatchObject({ name: { en: 'Volunteer work' } });
  });

  it('deactivate and reactivate climb 401 → 400 → 403 → 404 → 200, hide the types, and are audited', async () => {
    const id = await directionIdOf('leisure');
    for (const action of ['deactivate', 'reactivate'] as const) {
      const url = (x: number | string) => `/api/v1/service-directions/${x}/${action}`;
      expect((await call('POST', url(id))).statusCode).toBe(401);
      expect((await call('POST', url('abc'), 'national')).statusCode).toBe(400);
      for (const role of REFUSED) expect((await call('POST', url(id), role)).statusCode, role).toBe(403);
      expect((await call('POST', url(999_999), 'national')).statusCode).toBe(404);
      const res = await call('POST', url(id), 'national');
      expect(res.statusCode).toBe(200);
      expect(res.json().isActive).toBe(action === 'reactivate');
      const visible = (await call('GET', '/api/v1/service-directions', 'specialist'))
        .json()
        .some((d: { code: string }) => d.code === 'leisure');
      expect(visible).toBe(action === 'reactivate');
      expect(await auditOf('service_direction', id, action)).toHaveLength(1);
    }
  });
});

describe('service types: create, edit, deactivate, reactivate', () => {
  it('POST climbs 401 → 400 → 403 → 201; an unknown direction and a taken code are field errors', async () => {
    const url = '/api/v1/service-types';
    const directionId = await directionIdOf('events');
    const body = newType(directionId, 'workout');
    expect((await call('POST', url, undefined, body)).statusCode).toBe(401);
    expect((await call('POST', url, 'national', { ...body, directionId: 'x' })).statusCode).toBe(400);
    for (const role of REFUSED) expect((await call('POST', url, role, body)).statusCode, role).toBe(403);
    const wrong = await call('POST', url, 'national', { ...body, directionId: 999_999, code: 'seminar' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'directionId', code: 'not_found' }),
        expect.objectContaining({ field: 'code', code: 'duplicate' }),
      ]),
    );
    const created = await call('POST', url, 'admin', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      code: 'workout',
      isGroup: true,
      isConfidential: false,
      directionId,
    });
    expect(await auditOf('service_type', created.json().id, 'create')).toHaveLength(1);
  });

  it('PUT climbs 401 → 400 → 403 → 404 → 200 and moves a type to another direction', async () => {
    const id = await typeIdOf('home_visit');
    const directionId = await directionIdOf('employment');
    const body = { ...newType(directionId, 'home_visit'), isGroup: false, allowsAnonymous: true };
    const url = (x: number | string) => `/api/v1/service-types/${x}`;
    expect((await call('PUT', url(id), undefined, body)).statusCode).toBe(401);
    expect((await call('PUT', url(id), 'national', { ...body, code: '' })).statusCode).toBe(400);
    for (const role of REFUSED) expect((await call('PUT', url(id), role, body)).statusCode, role).toBe(403);
    expect((await call('PUT', url(999_999), 'national', body)).statusCode).toBe(404);
    const res = await call('PUT', url(id), 'national', body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ directionId, allowsAnonymous: true, name: { en: 'Workout' } });
    expect(await auditOf('service_type', id, 'update')).toHaveLength(1);
  });

  it('deactivate and reactivate climb 401 → 400 → 403 → 404 → 200 and are audited once each', async () => {
    const id = await typeIdOf('cv_help');
    for (const action of ['deactivate', 'reactivate'] as const) {
      const url = (x: number | string) => `/api/v1/service-types/${x}/${action}`;
      expect((await call('POST', url(id))).statusCode).toBe(401);
      expect((await call('POST', url('abc'), 'admin')).statusCode).toBe(400);
      for (const role of REFUSED) expect((await call('POST', url(id), role)).statusCode, role).toBe(403);
      expect((await call('POST', url(999_999), 'admin')).statusCode).toBe(404);
      expect((await call('POST', url(id), 'admin')).json().isActive).toBe(action === 'reactivate');
      // Repeating the same change changes nothing and adds no audit entry.
      expect((await call('POST', url(id), 'admin')).statusCode).toBe(200);
      expect(await auditOf('service_type', id, action)).toHaveLength(1);
    }
  });
});
