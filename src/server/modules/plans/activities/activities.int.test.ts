import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityTemplate, ActivityTemplateFields } from '../../../../shared/contracts/plans';
import { auditLog } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { ACTIVITY_LIBRARY } from './activities.library';

let t: TestApp;
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
});
