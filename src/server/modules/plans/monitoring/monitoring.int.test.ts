import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkMonitoring, PlanMonitoring } from '../../../../shared/contracts/plan-monitoring';
import { auditLog } from '../../../platform/audit/audit.tables';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { insertFirstQuarterServices, insertTestPlan, testKpi } from './monitoring.test-support';

let t: TestApp;
const cookies: Record<string, string> = {};
let centreA: { id: number; regionCode: string; nameRu: string };
let centreB: { id: number; regionCode: string };
let centreC: { id: number; regionCode: string };
let planA: number;
let planC: number;
let planFuture: number;

const PDF = Buffer.from('%PDF-1.4\n% Акт өткізу\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]);

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t;
  centreA = await makeCentre(db, { regionCode: '75', nameRu: 'Центр Альфа' });
  centreB = await makeCentre(db, { regionCode: '75', nameRu: 'Центр Бета' });
  centreC = await makeCentre(db, { regionCode: '71' });
  const users = {
    managerA: await makeUser(db, 'center_manager', { regionCode: '75', centreId: centreA.id }),
    specialistA: await makeUser(db, 'specialist', { regionCode: '75', centreId: centreA.id }),
    managerB: await makeUser(db, 'center_manager', { regionCode: '75', centreId: centreB.id }),
    regional75: await makeUser(db, 'regional', { regionCode: '75' }),
    regional71: await makeUser(db, 'regional', { regionCode: '71' }),
    national: await makeUser(db, 'national'),
    partner: await makeUser(db, 'partner', { organisation: 'Kaspi' }),
  };
  // Sessions in parallel: the password checks run off the main thread.
  await Promise.all(
    Object.entries(users).map(async ([name, user]) => {
      cookies[name] = await signIn(t.app, user.email, TEST_PASSWORD);
    }),
  );

  // Three services to two young people at centre A in the first quarter of 2025.
  await insertFirstQuarterServices(db, centreA, users.specialistA.id);

  const createdBy = users.national.id;
  planA = await insertTestPlan(db, {
    centre: centreA,
    year: 2025,
    createdBy,
    approved: true,
    kpis: [
      testKpi('k1', 3, [3, 3, 3, 3], { indicatorCode: 'services_total', direction: null }),
      testKpi('k2', 100, [25, 50, 75, 100], { indicatorCode: 'served_youth', direction: null }),
      testKpi('k3', 10, [2, 4, 6, 10]),
    ],
  });
  planC = await insertTestPlan(db, {
    centre: centreC,
    year: 2025,
    createdBy,
    kpis: [testKpi('k1', 0, [0, 0, 0, 0], { indicatorCode: 'served_youth', direction: null })],
  });
  planFuture = await insertTestPlan(db, {
    centre: centreA,
    year: 2099,
    createdBy,
    kpis: [testKpi('k1', 5, [1, 2, 3, 5])],
  });
});
afterAll(() => t.close());

const get = (url: string, who?: string) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who], 'accept-language': 'ru' } : {} });

function postActual(
  url: string,
  who: string | undefined,
  fields: { quarter?: string; value?: string; file?: Buffer; name?: string },
) {
  const form = new FormData();
  if (fields.quarter !== undefined) form.append('quarter', fields.quarter);
  if (fields.value !== undefined) form.append('value', fields.value);
  if (fields.file) form.append('file', new Blob([new Uint8Array(fields.file)]), fields.name ?? 'акт.pdf');
  return t.app.inject({
    method: 'POST',
    url,
    payload: form,
    headers: { ...(who ? { cookie: cookies[who] } : {}), 'accept-language': 'ru' },
  });
}

describe('GET /api/v1/plans/:id/monitoring', () => {
  it('climbs 401 → 400 → 403 → 404', async () => {
    expect((await get(`/api/v1/plans/${planA}/monitoring`)).statusCode).toBe(401);
    expect((await get('/api/v1/plans/abc/monitoring', 'national')).statusCode).toBe(400);
    expect((await get(`/api/v1/plans/${planA}/monitoring`, 'partner')).statusCode).toBe(403);
    expect((await get('/api/v1/plans/999999/monitoring', 'national')).statusCode).toBe(404);
    // Another centre of the same region, and another region's user, see no such plan.
    expect((await get(`/api/v1/plans/${planA}/monitoring`, 'managerB')).statusCode).toBe(404);
    expect((await get(`/api/v1/plans/${planA}/monitoring`, 'regional71')).statusCode).toBe(404);
  });

  it('shows each KPI with quarterly actuals from the journal and its status', async () => {
    const res = await get(`/api/v1/plans/${planA}/monitoring`, 'managerA');
    expect(res.statusCode).toBe(200);
    const body = res.json<PlanMonitoring>();
    expect(body).toMatchObject({ planId: planA, year: 2025, versionKind: 'approved', canEnter: true });
    const [services, served, manual] = body.kpis;
    expect(services).toMatchObject({
      actuals: [3, 3, 3, 3],
      actualNow: 3,
      expectedNow: 3,
      status: 'on_track',
    });
    expect(served).toMatchObject({ actuals: [2, 2, 2, 2], expectedNow: 100, ratio: 0.02, status: 'behind' });
    expect(manual).toMatchObject({
      source: 'manual',
      actuals: [null, null, null, null],
      status: 'behind',
      evidence: [],
    });
    const regional = (await get(`/api/v1/plans/${planA}/monitoring`, 'regional75')).json<PlanMonitoring>();
    expect(regional.canEnter).toBe(false);
    expect(regional.kpis[0].actuals).toEqual([3, 3, 3, 3]);
  });
});

describe('POST /api/v1/plans/:id/monitoring/kpis/:kpiId/actuals', () => {
  const url = (plan: number, kpi = 'k3') => `/api/v1/plans/${plan}/monitoring/kpis/${kpi}/actuals`;

  it('climbs 401 → 400 → 403 → 404 and changes nothing on refusal', async () => {
    const ok = { quarter: '2', value: '5', file: PDF };
    expect((await postActual(url(planA), undefined, ok)).statusCode).toBe(401);
    expect((await postActual(url(planA, 'x1'), 'managerA', ok)).statusCode).toBe(400);
    const missing = await postActual(url(planA), 'managerA', { quarter: '5' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'quarter', code: 'too_big' }),
        expect.objectContaining({ field: 'value', code: 'required' }),
        expect.objectContaining({ field: 'file', code: 'required' }),
      ]),
    );
    expect((await postActual(url(planA), 'managerA', { ...ok, value: 'много' })).json().errors).toEqual([
      expect.objectContaining({ field: 'value', code: 'invalid_number' }),
    ]);
    expect((await postActual(url(planA), 'regional75', ok)).statusCode).toBe(403);
    expect((await postActual(url(planA), 'national', ok)).statusCode).toBe(403);
    expect((await postActual(url(planA), 'managerB', ok)).statusCode).toBe(404);
    expect((await postActual(url(planA, 'k99'), 'managerA', ok)).statusCode).toBe(404);
    // A journal KPI's actuals come from the journal, not from a form.
    expect((await postActual(url(planA, 'k1'), 'managerA', ok)).json()).toMatchObject({
      status: 409,
      code: 'invalid_state',
    });
    const text = await postActual(url(planA), 'managerA', {
      ...ok,
      file: Buffer.from('just text'),
      name: 'a.pdf',
    });
    expect(text.json()).toMatchObject({ status: 415, code: 'unsupported_file' });
    const future = await postActual(url(planFuture, 'k1'), 'managerA', { ...ok, quarter: '1' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([
      expect.objectContaining({ field: 'quarter', code: 'future_date' }),
    ]);
    const body = (await get(`/api/v1/plans/${planA}/monitoring`, 'managerA')).json<PlanMonitoring>();
    expect(body.kpis[2].evidence).toEqual([]);
  });

  it('enters a value with evidence, keeps corrections as history and audits both', async () => {
    const first = await postActual(url(planA), 'specialistA', { quarter: '2', value: '5', file: PDF });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      quarter: 2,
      value: 5,
      fileName: 'акт.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      current: true,
    });
    let kpi = (await get(`/api/v1/plans/${planA}/monitoring`, 'managerA')).json<PlanMonitoring>().kpis[2];
    expect(kpi).toMatchObject({ actuals: [null, 5, null, null], actualNow: 5, status: 'behind' });

    const second = await postActual(url(planA), 'managerA', {
      quarter: '2',
      value: '9',
      file: PNG,
      name: 'фото.png',
    });
    expect(second.statusCode).toBe(201);
    kpi = (await get(`/api/v1/plans/${planA}/monitoring`, 'regional75')).json<PlanMonitoring>().kpis[2];
    expect(kpi).toMatchObject({
      actuals: [null, 9, null, null],
      actualNow: 9,
      ratio: 0.9,
      status: 'at_risk',
    });
    expect(kpi.evidence.map((e) => [e.value, e.contentType, e.current])).toEqual([
      [9, 'image/png', true],
      [5, 'application/pdf', false],
    ]);

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'plan_kpi_actual'));
    expect(audit.map((a) => a.action)).toEqual(['enter_kpi_actual', 'correct_kpi_actual']);
    expect(audit[1]).toMatchObject({ centreId: centreA.id, before: expect.objectContaining({ value: 5 }) });
    expect(audit[1].after).toMatchObject({ value: 9, quarter: 2, kpiId: 'k3' });
  });

  it('serves the evidence file to whoever sees the plan, and to no one else', async () => {
    const kpi = (await get(`/api/v1/plans/${planA}/monitoring`, 'managerA')).json<PlanMonitoring>().kpis[2];
    const pdf = kpi.evidence.find((e) => e.contentType === 'application/pdf');
    const fileUrl = `/api/v1/plans/${planA}/monitoring/evidence/${pdf?.id}`;
    expect((await get(fileUrl)).statusCode).toBe(401);
    expect((await get(`/api/v1/plans/${planA}/monitoring/evidence/abc`, 'national')).statusCode).toBe(400);
    expect((await get(fileUrl, 'partner')).statusCode).toBe(403);
    expect((await get(fileUrl, 'managerB')).statusCode).toBe(404);
    expect((await get(`/api/v1/plans/${planC}/monitoring/evidence/${pdf?.id}`, 'national')).statusCode).toBe(
      404,
    );
    const res = await get(fileUrl, 'regional75');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('акт.pdf'));
    expect(res.rawPayload.equals(PDF)).toBe(true);
  });
});

describe('GET /api/v1/plans/monitoring/network', () => {
  const network = (query: string, who?: string) => get(`/api/v1/plans/monitoring/network${query}`, who);

  it('climbs 401 → 400 → 403', async () => {
    expect((await network('?year=2025')).statusCode).toBe(401);
    expect((await network('', 'national')).statusCode).toBe(400);
    expect((await network('?year=2025&sort=worst', 'national')).statusCode).toBe(400);
    expect((await network('?year=2025', 'managerA')).statusCode).toBe(403);
    expect((await network('?year=2025&regionCode=71', 'regional75')).statusCode).toBe(403);
  });

  it('shows a regional user the centres of their own region, behind ones first', async () => {
    const res = await network('?year=2025', 'regional75');
    expect(res.statusCode).toBe(200);
    const { rows } = res.json<NetworkMonitoring>();
    expect(new Set(rows.map((r) => r.regionCode))).toEqual(new Set(['75']));
    expect(rows[0]).toMatchObject({
      centreId: centreA.id,
      planId: planA,
      kpis: 3,
      onTrack: 1,
      behind: 1,
      behindKpis: [{ id: 'k2', name: expect.objectContaining({ ru: 'Показатель k2' }) }],
    });
    expect(rows.find((r) => r.centreId === centreB.id)).toMatchObject({ planId: null, kpis: 0, behind: 0 });
  });

  it('lets national users see any region, sorted as asked', async () => {
    const only71 = (await network('?year=2025&regionCode=71', 'national')).json<NetworkMonitoring>();
    expect(only71.rows.map((r) => r.centreId)).toEqual([centreC.id]);
    expect(only71.rows[0]).toMatchObject({ planId: planC, versionKind: 'current', onTrack: 1 });
    const all = (await network('?year=2025&sort=centre', 'national')).json<NetworkMonitoring>();
    expect(all.rows.map((r) => r.centreId)).toEqual(
      expect.arrayContaining([centreA.id, centreB.id, centreC.id]),
    );
    const names = all.rows.map((r) => r.centreName.ru);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ru')));
  });
});
