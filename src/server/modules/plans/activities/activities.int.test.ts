import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ActivityTemplate,
  ActivityTemplateFields,
  PlanDetail,
} from '../../../../shared/contracts/plans';
import { auditLog } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeStaff, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { ACTIVITY_LIBRARY } from './activities.library';

let t: TestApp;
let centreId: number;
const cookies: Record<string, string> = {};
const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: who ? { cookie: cookies[who] } : {} });

const fields: ActivityTemplateFields = {
  code: 'rural_caravan',
  name: { kk: 'Ауылдық керуен', ru: 'Сельский караван', en: 'Rural caravan' },
  description: { kk: 'Ауылдарға шығу', ru: 'Выезды в сёла', en: 'Trips to villages' },
  directions: ['outreach', 'state_programmes'],
  quarters: [3, 2],
  participantsPerStaff: 40,
  defaultCost: 250_000,
  fundingSource: 'local_budget',
  kpiIndicator: 'neet_reached',
  isActive: true,
};

beforeAll(async () => {
  t = await createTestApp();
  const centre = await makeCentre(t.db, { regionCode: '75' });
  centreId = centre.id;
  for (let i = 0; i < 3; i++) await makeStaff(t.db, { centreId });
  for (const [who, u] of Object.entries({
    national: await makeUser(t.db, 'national'),
    manager: await makeUser(t.db, 'center_manager', { centreId: centre.id }),
  }))
    cookies[who] = await signIn(t.app, u.email, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('activity library', () => {
  it('ships the library to every database and shows it to staff', async () => {
    expect((await call('GET', '/api/v1/activity-templates')).statusCode).toBe(401);
    const res = await call('GET', '/api/v1/activity-templates', 'manager');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as ActivityTemplate[];
    expect(items.map((i) => i.code).sort()).toEqual(ACTIVITY_LIBRARY.map((i) => i.code).sort());
    expect(items.find((i) => i.code === 'job_fair')).toMatchObject({
      fundingSource: 'local_budget',
      isActive: true,
    });
  });

  it('lets national users add and change templates, with field errors and audit', async () => {
    expect((await call('POST', '/api/v1/activity-templates', undefined, fields)).statusCode).toBe(401);
    const bad = await call('POST', '/api/v1/activity-templates', 'national', {
      ...fields,
      directions: ['outreach', 'astrology'],
      quarters: [5],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['quarters.0']);
    const unknown = await call('POST', '/api/v1/activity-templates', 'national', {
      ...fields,
      directions: ['astrology'],
    });
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({ field: 'directions.0', code: 'not_found' }),
    ]);
    expect((await call('POST', '/api/v1/activity-templates', 'manager', fields)).statusCode).toBe(403);
    expect((await call('PUT', '/api/v1/activity-templates/999999', 'national', fields)).statusCode).toBe(404);
    const created = await call('POST', '/api/v1/activity-templates', 'national', fields);
    expect(created.statusCode, created.body).toBe(201);
    const tpl = created.json() as ActivityTemplate;
    expect(tpl).toMatchObject({ code: 'rural_caravan', quarters: [2, 3] });
    const dup = await call('POST', '/api/v1/activity-templates', 'national', fields);
    expect(dup.json().errors).toEqual([expect.objectContaining({ field: 'code', code: 'duplicate' })]);
    const off = await call('PUT', `/api/v1/activity-templates/${tpl.id}`, 'national', {
      ...fields,
      isActive: false,
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().isActive).toBe(false);
    const trail = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'activity_template'), eq(auditLog.entityId, String(tpl.id))));
    expect(trail.map((e) => e.action).sort()).toEqual(['create', 'update']);
  });

  it('keeps the code fixed and leaves the plans drawn from a template as they were', async () => {
    const made = await call('POST', '/api/v1/plans', 'manager', { centreId, year: 2026 });
    expect(made.statusCode, made.body).toBe(201);
    const plan = made.json() as PlanDetail;
    const copied = plan.content.activities.find((a) => a.templateCode !== null);
    expect(copied, 'the draft takes at least one activity from the library').toBeDefined();
    const templates = (await call('GET', '/api/v1/activity-templates', 'national')).json()
      .items as ActivityTemplate[];
    const { id, updatedAt: _, ...source } = templates.find((x) => x.code === copied!.templateCode)!;

    const renamed = await call('PUT', `/api/v1/activity-templates/${id}`, 'national', {
      ...source,
      code: `${source.code}_v2`,
    });
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().errors).toEqual([expect.objectContaining({ field: 'code', code: 'code_fixed' })]);
    const stored = (await call('GET', '/api/v1/activity-templates', 'national')).json()
      .items as ActivityTemplate[];
    expect(stored.find((x) => x.id === id)!.code).toBe(source.code);

    const changed = await call('PUT', `/api/v1/activity-templates/${id}`, 'national', {
      ...source,
      name: { kk: 'Жаңа атау', ru: 'Новое название', en: 'New name' },
      quarters: [4],
      isActive: false,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ code: source.code, quarters: [4], isActive: false });
    const after = (await call('GET', `/api/v1/plans/${plan.id}`, 'manager')).json() as PlanDetail;
    expect(after.content.activities).toEqual(plan.content.activities);
  });
});
