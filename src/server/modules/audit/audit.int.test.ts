import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../platform/audit/audit';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../test/factories';

let t: TestApp;
const cookies: Record<string, string> = {};
let centreId: number;

const get = (url: string, who?: string) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who] } : {} });

beforeAll(async () => {
  t = await createTestApp();
  const centre = await makeCentre(t.db, { regionCode: '35', kind: 'regional' });
  centreId = centre.id;
  for (const [k, u] of Object.entries({
    national: await makeUser(t.db, 'national'),
    admin: await makeUser(t.db, 'admin'),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
  })) {
    cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
  }
  // A real change through the API, and an older system entry in another region.
  await recordAudit(
    t.db,
    { userId: null, label: 'seed' },
    {
      action: 'create',
      entityType: 'staff',
      entityId: 7,
      regionCode: '75',
      after: { lastName: 'Ospanov' },
    },
  );
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/centres/${centreId}/deactivate`,
    payload: { reason: 'Ремонт' },
    headers: { cookie: cookies.national },
  });
  expect(res.statusCode).toBe(200);
});
afterAll(() => t.close());

describe('GET /api/v1/audit', () => {
  it('climbs 401 → 400 → 403 → 200', async () => {
    expect((await get('/api/v1/audit')).statusCode).toBe(401);
    expect((await get('/api/v1/audit?from=31.12.2025', 'admin')).statusCode).toBe(400);
    expect((await get('/api/v1/audit', 'regional')).statusCode).toBe(403);
    expect((await get('/api/v1/audit', 'admin')).statusCode).toBe(200);
  });

  it('lists newest first with who, before → after and the changed fields', async () => {
    const page = (await get('/api/v1/audit', 'national')).json();
    expect(page.total).toBe(2);
    expect(page.items[0]).toMatchObject({
      action: 'deactivate',
      entityType: 'centre',
      entityId: String(centreId),
      actor: expect.stringContaining('national'),
      regionCode: '35',
      before: { status: 'active' },
      after: { status: 'inactive', statusReason: 'Ремонт' },
      changedFields: ['status', 'statusReason'],
    });
    expect(page.items[1]).toMatchObject({ actor: 'seed', changedFields: ['lastName'] });
  });

  it('filters by entity, action, actor, region and dates', async () => {
    const ids = async (qs: string) =>
      (await get(`/api/v1/audit?${qs}`, 'national')).json().items.map((e: { action: string }) => e.action);
    expect(await ids('entityType=staff')).toEqual(['create']);
    expect(await ids(`entityType=centre&entityId=${centreId}`)).toEqual(['deactivate']);
    expect(await ids('action=deactivate')).toEqual(['deactivate']);
    expect(await ids('actor=NATIONAL')).toEqual(['deactivate']);
    expect(await ids('regionCode=75')).toEqual(['create']);
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids(`from=${today}&to=${today}`)).toHaveLength(2);
    expect(await ids('to=2020-01-01')).toEqual([]);
    const paged = (await get('/api/v1/audit?page=2&pageSize=1', 'national')).json();
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ actor: 'seed' }] });
  });
});
