import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationList } from '../../../../shared/contracts/notifications';
import type { PlanReview } from '../../../../shared/contracts/plan-review';
import { auditLog, plans } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { notificationsOf } from '../../notifications';
import { planTrail } from './index';
import { editCurrentContent, makePlan } from './plan.test-factory';
import { planActions } from './plan-workflow.tables';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
let centreId = 0;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: object, lang = 'en') =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { 'accept-language': lang, ...(who ? { cookie: cookies[who] } : {}) },
  });

const review = async (planId: number, who = 'manager') => {
  const res = await call('GET', `/api/v1/plans/${planId}/review`, who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PlanReview;
};

async function step(planId: number, action: string, who: string, extra: object = {}) {
  const { revision } = await review(planId, who);
  const res = await call('POST', `/api/v1/plans/${planId}/actions/${action}`, who, { revision, ...extra });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PlanReview;
}

const inbox = async (who: string) => {
  const res = await call('GET', '/api/v1/notifications', who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as NotificationList;
};

let year = 2030;
const newPlan = async () =>
  makePlan(t.db, { centreId, regionCode: '75', year: year++, createdBy: ids.manager });

beforeAll(async () => {
  t = await createTestApp();
  const centre = await makeCentre(t.db, { regionCode: '75' });
  const neighbour = await makeCentre(t.db, { regionCode: '75' });
  centreId = centre.id;
  const users = {
    manager: await makeUser(t.db, 'center_manager', { centreId: centre.id }),
    specialist: await makeUser(t.db, 'specialist', { centreId: centre.id }),
    otherManager: await makeUser(t.db, 'center_manager', { centreId: neighbour.id }),
    regional: await makeUser(t.db, 'regional', { regionCode: '75' }),
    regional2: await makeUser(t.db, 'regional', { regionCode: '75' }),
    otherRegional: await makeUser(t.db, 'regional', { regionCode: '71' }),
    national: await makeUser(t.db, 'national'),
    national2: await makeUser(t.db, 'national'),
    admin: await makeUser(t.db, 'admin'),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(users)) {
    cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
    ids[k] = u.id;
  }
});
afterAll(() => t.close());

describe('GET /api/v1/plans/:id/review', () => {
  it('climbs 401 → 400 → 403 → 404 → 200 with what each reader may do', async () => {
    const plan = await newPlan();
    const url = `/api/v1/plans/${plan.id}/review`;
    expect((await call('GET', url)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/plans/abc/review', 'manager')).statusCode).toBe(400);
    expect((await call('GET', url, 'partner')).statusCode).toBe(403);
    expect((await call('GET', url, 'otherRegional')).statusCode).toBe(404);
    expect((await call('GET', url, 'otherManager')).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/plans/999999/review', 'national')).statusCode).toBe(404);
    expect(await review(plan.id)).toMatchObject({
      status: 'draft',
      revision: 1,
      currentVersion: 1,
      approvedVersion: null,
      availableActions: ['submit'],
      canComment: true,
      trail: [],
      comments: [],
    });
    expect((await review(plan.id)).items).toContainEqual({
      id: 'k1',
      kind: 'kpis',
      label: { kk: 'Қамтылған NEET жастар', ru: 'Охвачено молодёжи NEET', en: 'NEET youth reached' },
    });
    expect(await review(plan.id, 'specialist')).toMatchObject({ availableActions: [], canComment: false });
    expect(await review(plan.id, 'admin')).toMatchObject({ availableActions: [], canComment: false });
    expect(await review(plan.id, 'regional')).toMatchObject({ availableActions: [], canComment: true });
  });
});

describe('POST /api/v1/plans/:id/actions/:action', () => {
  it('climbs 401 → 400 → 403 → 404 → 409 stale or refused (nothing changes) → 200', async () => {
    const plan = await newPlan();
    const url = `/api/v1/plans/${plan.id}/actions/submit`;
    expect((await call('POST', url, undefined, { revision: 1 })).statusCode).toBe(401);
    const bad = await call('POST', url, 'manager', {});
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'revision', code: 'required' })]);
    expect(
      (await call('POST', `/api/v1/plans/${plan.id}/actions/publish`, 'manager', { revision: 1 })).statusCode,
    ).toBe(400);
    for (const who of ['partner', 'specialist', 'admin'])
      expect((await call('POST', url, who, { revision: 1 })).statusCode, who).toBe(403);
    expect((await call('POST', url, 'otherManager', { revision: 1 })).statusCode).toBe(404);
    expect(
      (await call('POST', '/api/v1/plans/999999/actions/submit', 'manager', { revision: 1 })).statusCode,
    ).toBe(404);

    const stale = await call('POST', url, 'manager', { revision: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');
    const early = await call(
      'POST',
      `/api/v1/plans/${plan.id}/actions/take_regional`,
      'regional',
      { revision: 1 },
      'ru',
    );
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: 'plan_wrong_status',
      title: 'Этот шаг невозможен на текущем этапе рассмотрения плана',
    });
    const notTheirs = await call('POST', url, 'national', { revision: 1 }, 'kk');
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.json()).toMatchObject({
      code: 'plan_not_allowed',
      title: 'Жоспарды қараудың бұл қадамын басқа қатысушы орындайды',
    });
    expect(await review(plan.id)).toMatchObject({ status: 'draft', revision: 1, trail: [] });
    expect(await notificationsOf(t.db, [ids.regional])).toEqual([]);

    const done = await call('POST', url, 'manager', { revision: 1, comment: 'Дайын' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'submitted', revision: 2, availableActions: [] });
    const again = await call('POST', url, 'manager', { revision: 1 });
    expect(again.json().code).toBe('conflict');
  });

  it('takes a plan from submission through a return with comments to approval, an amendment and its diff', async () => {
    const plan = await newPlan();
    const before = await inbox('regional');

    let r = await step(plan.id, 'submit', 'manager');
    expect(r.status).toBe('submitted');
    const regionalInbox = await inbox('regional');
    expect(regionalInbox.unread).toBe(before.unread + 1);
    expect(regionalInbox.items[0]).toMatchObject({
      kind: 'plan_submitted',
      link: `/plans/${plan.id}`,
      params: { year: plan.year, centre_kk: expect.stringContaining('Жастар') },
      readAt: null,
    });
    expect((await inbox('regional2')).items[0]).toMatchObject({
      kind: 'plan_submitted',
      link: `/plans/${plan.id}`,
    });
    expect((await inbox('otherRegional')).items).toEqual([]);
    expect((await inbox('national')).items).toEqual([]);

    r = await step(plan.id, 'take_regional', 'regional');
    expect(r).toMatchObject({ status: 'regional_review', availableActions: ['forward_national', 'return'] });

    const returnUrl = `/api/v1/plans/${plan.id}/actions/return`;
    const noWhy = await call('POST', returnUrl, 'regional', { revision: r.revision, comment: '  ' });
    expect(noWhy.statusCode).toBe(400);
    expect(noWhy.json().errors).toEqual([expect.objectContaining({ field: 'comment' })]);
    const noItem = await call('POST', returnUrl, 'regional', {
      revision: r.revision,
      comment: 'Көрсеткіштерді нақтылаңыз',
      itemComments: [{ itemId: 'k9', text: 'Мұндай көрсеткіш жоқ' }],
    });
    expect(noItem.statusCode).toBe(400);
    expect(noItem.json().errors).toEqual([
      expect.objectContaining({ field: 'itemComments.0.itemId', code: 'not_found' }),
    ]);
    expect((await review(plan.id)).status).toBe('regional_review');

    r = await step(plan.id, 'return', 'regional', {
      comment: 'Көрсеткіштерді нақтылаңыз',
      itemComments: [{ itemId: 'k1', text: 'Мақсат тым төмен: 200-ге дейін көтеріңіз' }],
    });
    expect(r.status).toBe('returned');
    expect((await inbox('manager')).items[0]).toMatchObject({
      kind: 'plan_returned',
      link: `/plans/${plan.id}`,
    });
    const seen = await review(plan.id);
    expect(seen.availableActions).toEqual(['submit']);
    expect(seen.comments).toEqual([
      expect.objectContaining({
        itemId: 'k1',
        text: 'Мақсат тым төмен: 200-ге дейін көтеріңіз',
        author: { id: ids.regional, fullName: expect.any(String) },
        authorRole: 'regional',
        version: 1,
        actionId: seen.trail[2].id,
      }),
    ]);
    expect(seen.trail.map((e) => [e.action, e.fromStatus, e.toStatus, e.comment])).toEqual([
      ['submit', 'draft', 'submitted', null],
      ['take_regional', 'submitted', 'regional_review', null],
      ['return', 'regional_review', 'returned', 'Көрсеткіштерді нақтылаңыз'],
    ]);

    // The manager answers on the item, edits, and resubmits.
    const reply = await call('POST', `/api/v1/plans/${plan.id}/comments`, 'manager', {
      itemId: 'k1',
      text: 'Мақсат 200-ге көтерілді',
    });
    expect(reply.statusCode, reply.body).toBe(201);
    await editCurrentContent(t.db, plan.id, (c) => {
      c.kpis[0].target = 200;
      c.kpis[0].quarterTargets = [50, 100, 150, 200];
    });
    await step(plan.id, 'submit', 'manager');
    await step(plan.id, 'take_regional', 'regional2');
    r = await step(plan.id, 'forward_national', 'regional2');
    expect(r.status).toBe('national_review');
    expect((await inbox('national')).items[0]).toMatchObject({ kind: 'plan_forwarded' });
    expect((await inbox('national2')).items[0]).toMatchObject({ kind: 'plan_forwarded' });
    expect((await review(plan.id, 'national')).availableActions).toEqual(['approve', 'return']);

    r = await step(plan.id, 'approve', 'national');
    expect(r).toMatchObject({ status: 'approved', approvedVersion: 1, currentVersion: 1 });
    expect((await inbox('manager')).items[0]).toMatchObject({ kind: 'plan_approved' });

    r = await step(plan.id, 'amend', 'manager');
    expect(r).toMatchObject({ status: 'draft', approvedVersion: 1, currentVersion: 2 });
    const unchanged = await call('GET', `/api/v1/plans/${plan.id}/diff?from=1&to=2`, 'manager');
    expect(unchanged.json()).toMatchObject({ added: [], removed: [], changed: [] });
    await editCurrentContent(t.db, plan.id, (c) => {
      c.budget[0].amount = 400000;
    });
    const diff = await call('GET', `/api/v1/plans/${plan.id}/diff?from=1&to=2`, 'regional');
    expect(diff.statusCode, diff.body).toBe(200);
    expect(diff.json().changed).toEqual([
      expect.objectContaining({
        kind: 'budget',
        id: 'b1',
        fields: [{ field: 'amount', before: 350000, after: 400000 }],
      }),
    ]);

    const trail = await planTrail(t.db, plan.id);
    expect(trail.map((e) => `${e.action}:${e.actorRole}`)).toEqual([
      'submit:center_manager',
      'take_regional:regional',
      'return:regional',
      'submit:center_manager',
      'take_regional:regional',
      'forward_national:regional',
      'approve:national',
      'amend:center_manager',
    ]);
    expect(trail[2]).toMatchObject({ comment: 'Көрсеткіштерді нақтылаңыз', actorName: expect.any(String) });
    const audits = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'plan'), eq(auditLog.entityId, String(plan.id))));
    expect(audits.map((a) => a.action)).toContain('plan_approve');
    expect(audits).toHaveLength(9);
  });
});

describe('POST /api/v1/plans/:id/comments', () => {
  it('climbs 401 → 400 → 403 → 404 → 201, attaching to the whole plan or one item', async () => {
    const plan = await newPlan();
    const url = `/api/v1/plans/${plan.id}/comments`;
    expect((await call('POST', url, undefined, { text: 'x' })).statusCode).toBe(401);
    const empty = await call('POST', url, 'regional', { text: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([expect.objectContaining({ field: 'text', code: 'required' })]);
    expect((await call('POST', url, 'regional', { text: 'x', itemId: 'zz' })).statusCode).toBe(400);
    expect((await call('POST', url, 'specialist', { text: 'x' })).statusCode).toBe(403);
    expect((await call('POST', url, 'admin', { text: 'x' })).statusCode).toBe(403);
    expect((await call('POST', url, 'otherRegional', { text: 'x' })).statusCode).toBe(404);
    const missing = await call('POST', url, 'regional', { text: 'x', itemId: 'g7' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([expect.objectContaining({ field: 'itemId', code: 'not_found' })]);
    const general = await call('POST', url, 'national', { text: 'Жалпы ескерту' });
    expect(general.statusCode, general.body).toBe(201);
    const onItem = await call('POST', url, 'regional', { text: 'Іс-шара ауқымы', itemId: 'a1' });
    expect(
      onItem.json().comments.map((c: { itemId: string | null; text: string }) => [c.itemId, c.text]),
    ).toEqual([
      [null, 'Жалпы ескерту'],
      ['a1', 'Іс-шара ауқымы'],
    ]);
    expect((await review(plan.id)).revision).toBe(1);
  });
});

describe('PUT /api/v1/plans/:id/comments/:commentId/resolution', () => {
  it('lets only the plan’s manager mark a reviewer’s remark resolved while amending, audited', async () => {
    const plan = await newPlan();
    await call('POST', `/api/v1/plans/${plan.id}/comments`, 'regional', {
      text: 'Уточните бюджет',
      itemId: 'a1',
    });
    await call('POST', `/api/v1/plans/${plan.id}/comments`, 'manager', { text: 'Уточним' });
    const [remark, answer] = (await review(plan.id)).comments;
    expect(remark).toMatchObject({ resolved: false, resolvable: true });
    // The manager does not resolve their own answers; reviewers see nothing to resolve.
    expect(answer).toMatchObject({ resolved: false, resolvable: false });
    expect((await review(plan.id, 'regional')).comments.map((c) => c.resolvable)).toEqual([false, false]);

    const url = (commentId: number) => `/api/v1/plans/${plan.id}/comments/${commentId}/resolution`;
    expect((await call('PUT', url(remark.id), undefined, { resolved: true })).statusCode).toBe(401);
    expect((await call('PUT', url(remark.id), 'manager', { resolved: 'yes' })).statusCode).toBe(400);
    for (const who of ['regional', 'national', 'specialist', 'admin'])
      expect((await call('PUT', url(remark.id), who, { resolved: true })).statusCode, who).toBe(403);
    expect((await call('PUT', url(remark.id), 'otherManager', { resolved: true })).statusCode).toBe(404);
    expect((await call('PUT', url(999_999), 'manager', { resolved: true })).statusCode).toBe(404);
    expect((await call('PUT', url(answer.id), 'manager', { resolved: true })).statusCode).toBe(403);
    expect((await review(plan.id)).comments.map((c) => c.resolved)).toEqual([false, false]);

    const done = await call('PUT', url(remark.id), 'manager', { resolved: true });
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as PlanReview).comments.map((c) => c.resolved)).toEqual([true, false]);
    const again = await call('PUT', url(remark.id), 'manager', { resolved: false });
    expect((again.json() as PlanReview).comments.map((c) => c.resolved)).toEqual([false, false]);
    await call('PUT', url(remark.id), 'manager', { resolved: true });

    // Once submitted the plan is the reviewers' again: the centre's marks stay as they are.
    await step(plan.id, 'submit', 'manager');
    const locked = await call('PUT', url(remark.id), 'manager', { resolved: false });
    expect(locked.statusCode).toBe(409);
    expect((await review(plan.id)).comments.map((c) => [c.resolved, c.resolvable])).toEqual([
      [true, false],
      [false, false],
    ]);
    const trail = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'plan'), eq(auditLog.entityId, String(plan.id))))
      .orderBy(asc(auditLog.id));
    expect(trail.map((e) => e.action).filter((a) => a.startsWith('plan_comment_'))).toEqual([
      'plan_comment_resolve',
      'plan_comment_reopen',
      'plan_comment_resolve',
    ]);
  });
});

describe('GET /api/v1/plans/review-queue and /diff', () => {
  it('lists for each reviewer the plans waiting for them, and a status tab', async () => {
    const url = '/api/v1/plans/review-queue';
    expect((await call('GET', url)).statusCode).toBe(401);
    expect((await call('GET', `${url}?status=lost`, 'regional')).statusCode).toBe(400);
    expect((await call('GET', url, 'partner')).statusCode).toBe(403);
    const plan = await newPlan();
    await step(plan.id, 'submit', 'manager');
    const regional = (await call('GET', url, 'regional')).json();
    expect(regional.items).toContainEqual(
      expect.objectContaining({ id: plan.id, status: 'submitted', waitsForMe: true, year: plan.year }),
    );
    expect((await call('GET', url, 'national')).json().items.map((i: { id: number }) => i.id)).not.toContain(
      plan.id,
    );
    expect((await call('GET', url, 'otherRegional')).json().items).toEqual([]);
    const tab = (await call('GET', `${url}?status=submitted`, 'national')).json();
    expect(tab.items).toContainEqual(expect.objectContaining({ id: plan.id, waitsForMe: false }));
    expect((await call('GET', `${url}?status=submitted`, 'otherRegional')).json().items).toEqual([]);
  });

  it('diff climbs 401 → 400 → 403 → 404 → 200', async () => {
    const plan = await newPlan();
    const url = `/api/v1/plans/${plan.id}/diff?from=1&to=1`;
    expect((await call('GET', url)).statusCode).toBe(401);
    expect((await call('GET', `/api/v1/plans/${plan.id}/diff?from=x&to=1`, 'manager')).statusCode).toBe(400);
    expect((await call('GET', url, 'partner')).statusCode).toBe(403);
    expect((await call('GET', url, 'otherManager')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/plans/${plan.id}/diff?from=1&to=5`, 'manager')).statusCode).toBe(404);
    expect((await call('GET', url, 'specialist')).json()).toMatchObject({ from: 1, to: 1, changed: [] });
  });
});

describe('notifications API', () => {
  it('climbs 401 → 400 → 404 → 204 and counts unread', async () => {
    expect((await call('GET', '/api/v1/notifications')).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/notifications?limit=abc', 'regional')).statusCode).toBe(400);
    const plan = await newPlan();
    await step(plan.id, 'submit', 'manager');
    const mine = await inbox('regional');
    expect(mine.unread).toBeGreaterThan(0);
    const first = mine.items[0];
    expect((await call('POST', `/api/v1/notifications/${first.id}/read`)).statusCode).toBe(401);
    expect((await call('POST', '/api/v1/notifications/x/read', 'regional')).statusCode).toBe(400);
    // Someone else's notification is as good as missing.
    expect((await call('POST', `/api/v1/notifications/${first.id}/read`, 'regional2')).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/notifications/${first.id}/read`, 'regional')).statusCode).toBe(204);
    const after = await inbox('regional');
    expect(after.unread).toBe(mine.unread - 1);
    expect(after.items[0].readAt).not.toBeNull();
    expect((await inbox('regional2')).items[0].readAt).toBeNull();
    expect((await call('POST', '/api/v1/notifications/read-all', 'regional2')).statusCode).toBe(204);
    expect((await inbox('regional2')).unread).toBe(0);
    expect((await inbox('regional')).unread).toBe(after.unread);
  });
});

describe('plan rows', () => {
  it('the last action of the trail is where the plan stands', async () => {
    const rows = await t.db.select().from(plans);
    for (const p of rows) {
      const trail = await t.db
        .select()
        .from(planActions)
        .where(eq(planActions.planId, p.id))
        .orderBy(planActions.id);
      if (trail.length) expect(trail.at(-1)!.toStatus).toBe(p.status);
    }
  });
});
