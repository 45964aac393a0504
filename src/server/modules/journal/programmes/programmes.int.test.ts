import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { readCatalogue } from './programmes.catalogue';
import { loadStateProgrammes } from './programmes.loader';
import { stateProgrammes, stateProgrammeTerms } from './programmes.tables';

let t: TestApp;
const cookies: Record<string, string> = {};

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: who ? { cookie: cookies[who] } : {} });

const fields = (over: object = {}) => ({
  nameKk: 'Жас фермер',
  nameRu: 'Молодой фермер',
  nameEn: 'Young Farmer',
  operator: 'Ministry of Agriculture',
  sourceUrl: 'https://example.kz/young-farmer',
  status: 'active',
  ...over,
});
const termsBody = (over: object = {}) => ({
  summaryKk: 'Ауыл жастарына жеңілдетілген несие.',
  summaryRu: 'Льготный кредит сельской молодёжи.',
  summaryEn: 'A cheap loan for rural youth.',
  benefit: 'Loan of up to 5 million tenge',
  conditions: ['Lives in a village'],
  minAge: 18,
  maxAge: 29,
  eligibleStatuses: ['neet', 'self_employed'],
  categories: ['rural'],
  asOf: '2026-01',
  ...over,
});

const auditOf = (action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'state_programme'), eq(auditLog.action, action)));

beforeAll(async () => {
  t = await createTestApp();
  const centre = await makeCentre(t.db, { regionCode: '35', kind: 'regional', code: 'C-35-001' });
  const users = {
    national: await makeUser(t.db, 'national'),
    admin: await makeUser(t.db, 'admin'),
    specialist: await makeUser(t.db, 'specialist', { centreId: centre.id }),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(users)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('catalogue loader', () => {
  it('loads every programme of the shipped file once, however often it runs', async () => {
    const count = async () => [
      (await t.db.select().from(stateProgrammes)).length,
      (await t.db.select().from(stateProgrammeTerms)).length,
    ];
    const entries = readCatalogue().length;
    expect(await count()).toEqual([entries, entries]);
    await loadStateProgrammes(t.db);
    await loadStateProgrammes(t.db);
    expect(await count()).toEqual([entries, entries]);
  });
});

describe('GET /api/v1/state-programmes', () => {
  it('climbs 401 → 400 → 2xx and shows the terms in force in the year', async () => {
    expect((await call('GET', '/api/v1/state-programmes')).statusCode).toBe(401);
    const bad = await call('GET', '/api/v1/state-programmes?year=20x5', 'specialist');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('year');

    const now = (await call('GET', '/api/v1/state-programmes', 'partner')).json();
    const project = now.find((p: { code: string }) => p.code === 'zhas-project');
    expect(project).toMatchObject({
      name: { kk: 'Zhas Project' },
      terms: { year: 2024, minAge: 18, maxAge: 35, eligibleStatuses: ['neet'], summaryKkMissing: true },
    });
    // No Kazakh summary in the source: Kazakh readers get the Russian one.
    expect(project.terms.summary.kk).toBe(project.terms.summary.ru);

    const before = (await call('GET', '/api/v1/state-programmes?year=2023', 'specialist')).json();
    expect(before.find((p: { code: string }) => p.code === 'zhas-project').terms).toBeNull();
  });
});

describe('GET /api/v1/state-programmes/:code', () => {
  it('climbs 401 → 400 → 404 → 200', async () => {
    expect((await call('GET', '/api/v1/state-programmes/daryn')).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/state-programmes/Not_A_Code', 'specialist')).statusCode).toBe(400);
    expect((await call('GET', '/api/v1/state-programmes/no-such-programme', 'specialist')).statusCode).toBe(
      404,
    );
    const res = await call('GET', '/api/v1/state-programmes/daryn', 'specialist');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 'daryn', termsByYear: [{ year: 2025, maxAge: 29 }] });
  });
});

describe('POST /api/v1/state-programmes', () => {
  it('climbs 401 → 400 → 403 → 201, refuses a duplicate code and audits the creation', async () => {
    const url = '/api/v1/state-programmes';
    expect((await call('POST', url, undefined, { code: 'zhas-fermer', ...fields() })).statusCode).toBe(401);
    const bad = await call('POST', url, 'national', { code: 'Zhas Fermer', ...fields({ nameRu: '' }) });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['code', 'nameRu']);
    expect((await call('POST', url, 'specialist', { code: 'zhas-fermer', ...fields() })).statusCode).toBe(
      403,
    );

    const created = await call('POST', url, 'national', { code: 'zhas-fermer', ...fields() });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'zhas-fermer', isActive: true, terms: null });
    expect(await auditOf('create')).toHaveLength(1);

    const again = await call('POST', url, 'admin', { code: 'zhas-fermer', ...fields() });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toMatchObject([{ field: 'code', code: 'duplicate' }]);
  });
});

describe('PUT /api/v1/state-programmes/:code', () => {
  it('climbs 401 → 400 → 403 → 404 → 200 and keeps the edit through a restart', async () => {
    const url = '/api/v1/state-programmes/nauryz';
    expect((await call('PUT', url, undefined, fields())).statusCode).toBe(401);
    expect((await call('PUT', url, 'national', fields({ status: 'maybe' }))).statusCode).toBe(400);
    expect((await call('PUT', url, 'partner', fields())).statusCode).toBe(403);
    expect((await call('PUT', '/api/v1/state-programmes/no-such', 'admin', fields())).statusCode).toBe(404);

    const res = await call('PUT', url, 'admin', fields({ nameEn: 'Nauryz', operator: 'Otbasy Bank' }));
    expect(res.statusCode).toBe(200);
    expect(res.json().name.en).toBe('Nauryz');
    const [entry] = await auditOf('update');
    expect(entry).toMatchObject({ before: { operator: expect.stringContaining('Baiterek') } });

    await loadStateProgrammes(t.db);
    expect((await call('GET', url, 'specialist')).json().name.en).toBe('Nauryz');
  });
});

describe('PUT /api/v1/state-programmes/:code/terms/:year', () => {
  it('climbs 401 → 400 → 403 → 404 → 200: a new year’s terms take over, ages in order', async () => {
    const url = '/api/v1/state-programmes/zhas-project/terms/2026';
    expect((await call('PUT', url, undefined, termsBody())).statusCode).toBe(401);
    const bad = await call('PUT', url, 'national', termsBody({ minAge: 30, maxAge: 20 }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toMatchObject([{ field: 'maxAge', code: 'invalid_value' }]);
    expect((await call('PUT', url, 'specialist', termsBody())).statusCode).toBe(403);
    expect(
      (await call('PUT', '/api/v1/state-programmes/no-such/terms/2026', 'national', termsBody())).statusCode,
    ).toBe(404);

    const saved = await call('PUT', url, 'national', termsBody({ summaryKk: '' }));
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ year: 2026, minAge: 18, maxAge: 29, summaryKkMissing: true });
    expect(await auditOf('create_terms')).toHaveLength(1);

    const byYear = (year: number) =>
      call('GET', `/api/v1/state-programmes/zhas-project?year=${year}`, 'specialist').then((r) => r.json());
    expect((await byYear(2026)).terms.maxAge).toBe(29);
    expect((await byYear(2025)).terms.maxAge).toBe(35);
    expect((await byYear(2026)).termsByYear.map((x: { year: number }) => x.year)).toEqual([2026, 2024]);

    expect((await call('PUT', url, 'admin', termsBody({ maxAge: 30 }))).json().maxAge).toBe(30);
    const [update] = await auditOf('update_terms');
    expect(update).toMatchObject({ before: { maxAge: 29 }, after: { maxAge: 30 } });
  });
});

describe('POST /api/v1/state-programmes/:code/deactivate and /reactivate', () => {
  it('climbs 401 → 400 → 403 → 404 → 200, keeps the programme and audits both', async () => {
    const url = (code: string, action: string) => `/api/v1/state-programmes/${code}/${action}`;
    for (const action of ['deactivate', 'reactivate']) {
      expect((await call('POST', url('serpin', action))).statusCode).toBe(401);
      expect((await call('POST', url('Serpin!', action), 'national')).statusCode).toBe(400);
      expect((await call('POST', url('serpin', action), 'specialist')).statusCode).toBe(403);
      expect((await call('POST', url('no-such', action), 'national')).statusCode).toBe(404);
    }
    const off = await call('POST', url('serpin', 'deactivate'), 'national');
    expect(off.statusCode).toBe(200);
    expect(off.json().isActive).toBe(false);
    expect((await call('POST', url('serpin', 'deactivate'), 'national')).statusCode).toBe(409);
    const list = (await call('GET', '/api/v1/state-programmes', 'specialist')).json();
    expect(list.find((p: { code: string }) => p.code === 'serpin').isActive).toBe(false);

    expect((await call('POST', url('serpin', 'reactivate'), 'admin')).json().isActive).toBe(true);
    expect(await auditOf('deactivate')).toHaveLength(1);
    expect(await auditOf('reactivate')).toHaveLength(1);
  });
});
