import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDetail, PlanPage } from '../../../../shared/contracts/plans';
import { todayInKazakhstan } from '../../../../shared/today';
import { auditLog, plans } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeStaff, makeUser, seededRandom, TEST_PASSWORD } from '../../../test/factories';
import { serviceDirections, serviceTypes } from '../../journal/journal.tables';
import { journalRecords } from '../../journal/records/records.tables';
import { insertRecords, type RecordDraft } from '../../journal/records/records.writer';
import { youth } from '../../journal/youth/youth.tables';
import { buildPlanDraft } from './plan-builder';
import { gatherPlanInputs } from './plan-inputs';

const YEAR = 2026;
let t: TestApp;
const cookies: Record<string, string> = {};
const centre: Record<'a' | 'b' | 'c', { id: number; regionCode: string }> = {} as never;
let planA: PlanDetail;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { 'accept-language': 'en', ...(who ? { cookie: cookies[who] } : {}) },
  });

beforeAll(async () => {
  t = await createTestApp();
  centre.a = await makeCentre(t.db, { regionCode: '75' });
  centre.b = await makeCentre(t.db, { regionCode: '75' });
  centre.c = await makeCentre(t.db, { regionCode: '71' });
  for (let i = 0; i < 3; i++) await makeStaff(t.db, { centreId: centre.a.id });
  await makeStaff(t.db, { centreId: centre.a.id, leaveDate: '2024-01-31' });
  const users = {
    manager: await makeUser(t.db, 'center_manager', { centreId: centre.a.id }),
    specialist: await makeUser(t.db, 'specialist', { centreId: centre.a.id }),
    otherManager: await makeUser(t.db, 'center_manager', { centreId: centre.b.id }),
    regional: await makeUser(t.db, 'regional', { regionCode: '75' }),
    otherRegional: await makeUser(t.db, 'regional', { regionCode: '71' }),
    national: await makeUser(t.db, 'national'),
    admin: await makeUser(t.db, 'admin'),
    partner: await makeUser(t.db, 'partner', { organisation: 'Kaspi' }),
  };
  for (const [who, u] of Object.entries(users)) cookies[who] = await signIn(t.app, u.email, TEST_PASSWORD);

  // Last year's journal at centre A, written through the journal writer: every direction, some NEET people.
  const random = seededRandom(4);
  const people = await t.db
    .insert(youth)
    .values(
      Array.from({ length: 14 }, (_, i) => ({
        centreId: centre.a.id,
        regionCode: '75',
        lastName: `Сейітқали${i}`,
        firstName: 'Әлия',
        birthDate: '2003-04-01',
        gender: 'female' as const,
        status: i % 3 === 0 ? ('neet' as const) : ('studying' as const),
      })),
    )
    .returning();
  const types = await t.db.select().from(serviceTypes).where(eq(serviceTypes.isGroup, false));
  const drafts: RecordDraft[] = Array.from({ length: 120 }, (_, i) => {
    const type = types[i % types.length];
    return {
      centreId: centre.a.id,
      regionCode: '75',
      serviceTypeId: type.id,
      directionId: type.directionId,
      isConfidential: false,
      youthId: random() < 0.15 ? null : people[Math.floor(random() * people.length)].id,
      serviceDate: `${YEAR - 1}-${String(1 + (i % 12)).padStart(2, '0')}-10`,
      serviceTime: null,
      format: 'in_person',
      durationMinutes: 30,
      specialistId: users.manager.id,
      programmeId: null,
      referral: null,
      outcome: null,
      notes: null,
    };
  });
  await t.db.transaction((tx) =>
    insertRecords(tx, { userId: users.manager.id, label: 'test' }, users.manager.id, drafts),
  );
});
afterAll(() => t.close());

describe('POST /api/v1/plans (generate a draft)', () => {
  it('refuses the signed-out, bad input, other roles and centres out of scope', async () => {
    expect(
      (await call('POST', '/api/v1/plans', undefined, { centreId: centre.a.id, year: YEAR })).statusCode,
    ).toBe(401);
    const bad = await call('POST', '/api/v1/plans', 'manager', { centreId: centre.a.id, year: 1999 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'year', code: 'too_small' })]);
    expect(
      (await call('POST', '/api/v1/plans', 'specialist', { centreId: centre.a.id, year: YEAR })).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', '/api/v1/plans', 'regional', { centreId: centre.a.id, year: YEAR })).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', '/api/v1/plans', 'otherManager', { centreId: centre.a.id, year: YEAR })).statusCode,
    ).toBe(404);
    expect((await call('POST', '/api/v1/plans', 'admin', { centreId: 999_999, year: YEAR })).statusCode).toBe(
      404,
    );
    expect(await t.db.select().from(plans)).toEqual([]);
  });

  it('stores a generated draft as version 1 for the centre manager, audited, once per centre and year', async () => {
    const res = await call('POST', '/api/v1/plans', 'manager', { centreId: centre.a.id, year: YEAR });
    expect(res.statusCode, res.body).toBe(201);
    planA = res.json();
    expect(planA).toMatchObject({
      centreId: centre.a.id,
      regionCode: '75',
      year: YEAR,
      status: 'draft',
      currentVersion: 1,
      approvedVersion: null,
      revision: 1,
      basis: 'generated',
      editable: true,
    });
    expect(planA.content.priorities.length).toBeGreaterThanOrEqual(3);
    expect(planA.content.priorities[0].reason.en).toMatch(/^Need score \d/);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'plan'), eq(auditLog.action, 'generate')));
    expect(entry).toMatchObject({ entityId: String(planA.id), centreId: centre.a.id, regionCode: '75' });
    const again = await call('POST', '/api/v1/plans', 'manager', { centreId: centre.a.id, year: YEAR });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('duplicate');
  });

  it('gives the same draft again from the same data', async () => {
    const inputs = await gatherPlanInputs(t.db, centre.a.id, YEAR, todayInKazakhstan());
    expect(inputs.staffCount).toBe(3);
    expect(JSON.stringify(buildPlanDraft(inputs))).toBe(JSON.stringify(planA.content));
  });

  it("takes last year's journal actuals as KPI baselines", async () => {
    const directionIds = new Map(
      (await t.db.select().from(serviceDirections)).map((d) => [d.code, d.id] as const),
    );
    const raw = async (direction: string | null) => {
      const [r] = await t.db
        .select({
          served: sql<number>`count(distinct ${journalRecords.youthId})`.mapWith(Number),
          neet: sql<number>`count(distinct ${journalRecords.youthId}) filter (where ${journalRecords.youthNeet})`.mapWith(
            Number,
          ),
          services: sql<number>`count(*)`.mapWith(Number),
        })
        .from(journalRecords)
        .where(
          and(
            eq(journalRecords.centreId, centre.a.id),
            isNull(journalRecords.deletedAt),
            direction === null ? undefined : eq(journalRecords.directionId, directionIds.get(direction)!),
          ),
        );
      return {
        served_youth: r.served,
        neet_reached: r.neet,
        services_total: r.services,
        neet_cases_confirmed: 0,
      };
    };
    const journalKpis = planA.content.kpis.filter((k) => k.source === 'journal');
    expect(journalKpis.length).toBeGreaterThanOrEqual(6);
    for (const k of journalKpis) {
      const expected = (await raw(k.measure!.direction))[k.measure!.indicatorCode as 'served_youth'];
      expect({ kpi: k.id, baseline: k.baseline, year: k.baselineYear }).toEqual({
        kpi: k.id,
        baseline: expected,
        year: YEAR - 1,
      });
    }
    expect(journalKpis.some((k) => (k.baseline ?? 0) > 0)).toBe(true);
  });
});

describe('reading and listing plans', () => {
  it('shows a plan to its centre, its region and the country, and hides it from others', async () => {
    const url = `/api/v1/plans/${planA.id}`;
    expect((await call('GET', url)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/plans/abc', 'manager')).statusCode).toBe(400);
    expect((await call('GET', url, 'partner')).statusCode).toBe(403);
    expect((await call('GET', url, 'otherManager')).statusCode).toBe(404);
    expect((await call('GET', url, 'otherRegional')).statusCode).toBe(404);
    for (const who of ['manager', 'specialist', 'regional', 'national', 'admin']) {
      const res = await call('GET', url, who);
      expect(res.statusCode, who).toBe(200);
      expect(res.json().editable, who).toBe(who === 'manager' || who === 'admin');
    }
    const version = await call('GET', `${url}/versions/1`, 'regional');
    expect(version.json()).toMatchObject({ version: 1, basis: 'generated', content: planA.content });
    expect((await call('GET', `${url}/versions/2`, 'regional')).statusCode).toBe(404);
    expect((await call('GET', `${url}/versions/1`, 'otherRegional')).statusCode).toBe(404);
  });

  it('lists plans in scope by status for reviewers', async () => {
    const res = await call('POST', '/api/v1/plans', 'admin', { centreId: centre.c.id, year: YEAR });
    expect(res.statusCode, res.body).toBe(201);
    const planC = res.json() as PlanDetail;
    await t.db.update(plans).set({ status: 'submitted' }).where(eq(plans.id, planC.id));
    const list = async (who: string, query: string) => {
      const r = await call('GET', `/api/v1/plans${query}`, who);
      expect(r.statusCode, r.body).toBe(200);
      return (r.json() as PlanPage).items.map((p) => p.id);
    };
    expect(await list('national', '?status=submitted')).toEqual([planC.id]);
    expect(await list('national', '?status=draft')).toEqual([planA.id]);
    expect((await list('national', `?year=${YEAR}`)).sort()).toEqual([planA.id, planC.id].sort());
    expect(await list('national', '?regionCode=71')).toEqual([planC.id]);
    expect(await list('regional', '')).toEqual([planA.id]);
    expect(await list('regional', '?status=submitted')).toEqual([]);
    expect(await list('otherRegional', '?status=submitted')).toEqual([planC.id]);
    expect(await list('otherManager', '')).toEqual([]);
    expect((await call('GET', '/api/v1/plans?status=lost', 'national')).statusCode).toBe(400);
  });
});

describe('PUT /api/v1/plans/:id/content', () => {
  const url = () => `/api/v1/plans/${planA.id}/content`;
  const current = async () =>
    (await call('GET', `/api/v1/plans/${planA.id}`, 'manager')).json() as PlanDetail;

  it('refuses the signed-out, inconsistent content, other roles and other centres, and changes nothing', async () => {
    const content = structuredClone(planA.content);
    expect((await call('PUT', url(), undefined, { revision: 1, content })).statusCode).toBe(401);
    content.kpis[2].target = 40;
    content.kpis[2].quarterTargets = [10, 5, 40, 40];
    content.goals[0].priorityId = 'p99';
    const bad = await call('PUT', url(), 'manager', { revision: 1, content });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ field: 'goals.0.priorityId', code: 'not_found' }),
      expect.objectContaining({ field: 'kpis.2.quarterTargets.1', code: 'quarter_decreasing' }),
    ]);
    const empty = structuredClone(planA.content);
    empty.activities[0].title = { kk: '', ru: ' ', en: '' };
    const emptyRes = await call('PUT', url(), 'manager', { revision: 1, content: empty });
    expect(emptyRes.statusCode).toBe(400);
    expect(emptyRes.json().errors[0]).toMatchObject({
      field: 'content.activities.0.title',
      code: 'plan_text_empty',
    });
    expect((await call('PUT', url(), 'regional', { revision: 1, content: planA.content })).statusCode).toBe(
      403,
    );
    expect((await call('PUT', url(), 'specialist', { revision: 1, content: planA.content })).statusCode).toBe(
      403,
    );
    expect(
      (await call('PUT', url(), 'otherManager', { revision: 1, content: planA.content })).statusCode,
    ).toBe(404);
    const now = await current();
    expect(now.revision).toBe(1);
    expect(now.content).toEqual(planA.content);
  });

  it('saves new content at the revision read, audited, and refuses a stale revision', async () => {
    const content = structuredClone(planA.content);
    content.kpis[0].target = content.kpis[0].target + 10;
    content.kpis[0].quarterTargets[3] = content.kpis[0].target;
    content.budget.push({
      id: 'b99',
      activityId: content.activities[0].id,
      item: { kk: 'Баспа өнімдері', ru: '', en: '' },
      amount: 75_000,
      source: 'grant',
    });
    const res = await call('PUT', url(), 'manager', { revision: 1, content });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ revision: 2, currentVersion: 1, content });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'plan'), eq(auditLog.action, 'update_content')));
    expect(entry.after).toMatchObject({
      revision: 2,
      content: { budget: expect.arrayContaining([expect.objectContaining({ id: 'b99' })]) },
    });
    const stale = await call('PUT', url(), 'manager', { revision: 1, content: planA.content });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');
    expect((await current()).content).toEqual(content);
  });

  it('is refused once the plan is submitted', async () => {
    await t.db.update(plans).set({ status: 'submitted' }).where(eq(plans.id, planA.id));
    const plan = await current();
    expect(plan.editable).toBe(false);
    const res = await call('PUT', url(), 'manager', { revision: plan.revision, content: plan.content });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('invalid_state');
    await t.db.update(plans).set({ status: 'returned' }).where(eq(plans.id, planA.id));
    const again = await call('PUT', url(), 'admin', { revision: plan.revision, content: plan.content });
    expect(again.statusCode, again.body).toBe(200);
  });
});
