import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkMonitoring } from '../../../shared/contracts/plan-monitoring';
import type { PlanProgress } from '../../../shared/contracts/plan-progress';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../test/factories';
import {
  insertFirstQuarterServices,
  insertTestPlan,
  testKpi,
} from '../plans/monitoring/monitoring.test-support';
import { centres } from '../registry/registry.tables';

let t: TestApp;
const cookies: Record<string, string> = {};
let centreA: { id: number; regionCode: string };
let centreB: { id: number; regionCode: string };

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t;
  centreA = await makeCentre(db, { regionCode: '75' });
  centreB = await makeCentre(db, { regionCode: '75' });
  const centreC = await makeCentre(db, { regionCode: '71' });
  const users = {
    managerA: await makeUser(db, 'center_manager', { regionCode: '75', centreId: centreA.id }),
    regional75: await makeUser(db, 'regional', { regionCode: '75' }),
    national: await makeUser(db, 'national'),
    partner: await makeUser(db, 'partner', { organisation: 'Kaspi' }),
  };
  await Promise.all(
    Object.entries(users).map(async ([name, user]) => {
      cookies[name] = await signIn(t.app, user.email, TEST_PASSWORD);
    }),
  );

  // Three services to two young people at centre A in the first quarter of 2025.
  await insertFirstQuarterServices(db, centreA, users.managerA.id);

  const createdBy = users.national.id;
  // A: approved; services 3 of 3 (1), young people 2 of 100 (0.02), a manual KPI with nothing (0).
  await insertTestPlan(db, {
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
  // B: a draft, still in the works.
  await insertTestPlan(db, {
    centre: centreB,
    year: 2025,
    createdBy,
    kpis: [testKpi('k1', 50, [10, 20, 30, 50], { indicatorCode: 'served_youth', direction: null })],
  });
  // C: approved with a target of 0, reached by definition (1).
  await insertTestPlan(db, {
    centre: centreC,
    year: 2025,
    createdBy,
    approved: true,
    kpis: [testKpi('k1', 0, [0, 0, 0, 0], { indicatorCode: 'served_youth', direction: null })],
  });
});
afterAll(() => t.close());

const get = (url: string, who?: string) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who], 'accept-language': 'ru' } : {} });
const FULFILMENT_A = (1 + 2 / 100 + 0) / 3;

describe('GET /api/v1/analytics/plan-progress', () => {
  it('climbs 401 → 403 for partners → 400 on a bad year', async () => {
    expect((await get('/api/v1/analytics/plan-progress?year=2025')).statusCode).toBe(401);
    expect((await get('/api/v1/analytics/plan-progress?year=2025', 'partner')).statusCode).toBe(403);
    const bad = await get('/api/v1/analytics/plan-progress?year=twenty', 'national');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().title).toMatch(/[а-я]/);
  });

  it('gives the country its approved plans, their KPI statuses and fulfilment, per region', async () => {
    const res = await get('/api/v1/analytics/plan-progress?year=2025', 'national');
    expect(res.statusCode).toBe(200);
    const body = res.json<PlanProgress>();
    const [{ n: active }] = await t.db.select({ n: count() }).from(centres);
    expect(body).toMatchObject({
      year: 2025,
      asOf: '2025-12-31',
      centres: active,
      approved: 2,
      inProgress: 1,
    });
    expect(body.fulfilment).toBeCloseTo((FULFILMENT_A + 1) / 2, 10);
    const region = new Map(body.byRegion.map((r) => [r.regionCode, r]));
    expect(region.get('75')).toMatchObject({ approved: 1, inProgress: 1 });
    expect(region.get('75')!.fulfilment).toBeCloseTo(FULFILMENT_A, 10);
    expect(region.get('71')).toMatchObject({ approved: 1, inProgress: 0, fulfilment: 1 });
    // KPI statuses are the monitoring view's, counted over the approved plans only.
    const network = (
      await get('/api/v1/plans/monitoring/network?year=2025', 'national')
    ).json<NetworkMonitoring>();
    const approvedRows = network.rows.filter((r) => r.planStatus === 'approved');
    const sum = (key: 'onTrack' | 'atRisk' | 'behind') => approvedRows.reduce((s, r) => s + r[key], 0);
    expect(body.kpis).toMatchObject({
      onTrack: sum('onTrack'),
      atRisk: sum('atRisk'),
      behind: sum('behind'),
    });
    expect(body.kpis.onTrack + body.kpis.atRisk + body.kpis.behind + body.kpis.notStarted).toBe(4);
  });

  it('holds a regional user to their region and a centre to itself', async () => {
    const regional = (
      await get('/api/v1/analytics/plan-progress?year=2025', 'regional75')
    ).json<PlanProgress>();
    expect(regional).toMatchObject({ approved: 1, inProgress: 1 });
    expect(regional.byRegion.map((r) => r.regionCode)).toEqual(['75']);
    expect(
      (await get('/api/v1/analytics/plan-progress?year=2025&regionCode=71', 'regional75')).statusCode,
    ).toBe(404);

    const own = (await get('/api/v1/analytics/plan-progress?year=2025', 'managerA')).json<PlanProgress>();
    expect(own).toMatchObject({ centres: 1, approved: 1, inProgress: 0, byRegion: [] });
    expect(own.fulfilment).toBeCloseTo(FULFILMENT_A, 10);
    const other = await get(`/api/v1/analytics/plan-progress?year=2025&centreId=${centreB.id}`, 'managerA');
    expect(other.statusCode).toBe(404);
  });

  it('has nothing approved in a year without plans', async () => {
    const body = (await get('/api/v1/analytics/plan-progress?year=2024', 'national')).json<PlanProgress>();
    expect(body).toMatchObject({ approved: 0, inProgress: 0, fulfilment: null });
  });
});
