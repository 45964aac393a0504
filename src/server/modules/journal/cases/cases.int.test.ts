import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../../shared/contracts/cases';
import { todayInKazakhstan } from '../../../../shared/today';
import { auditLog } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { addMonths } from './cases.rules';
import { neetCaseActions } from './cases.tables';

let t: TestApp;
const cookies: Record<string, string> = {};
const userIds: Record<string, number> = {};
const today = todayInKazakhstan();
const monthsAgo = (n: number) => addMonths(today, -n);

const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: object, lang = 'en') =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { 'accept-language': lang, ...(who ? { cookie: cookies[who] } : {}) },
  });

let personSeq = 0;
async function registerYouth(status = 'neet', who = 'specialist'): Promise<number> {
  const res = await call('POST', '/api/v1/youth', who, {
    lastName: `Серікбаев${++personSeq}`,
    firstName: 'Ерлан',
    birthDate: '2003-05-20',
    gender: 'male',
    status,
    consentGiven: true,
  });
  expect(res.statusCode).toBe(201);
  return res.json().youth.id;
}

async function openCase(youthId: number, who = 'specialist', extra: object = {}): Promise<CaseDetail> {
  const res = await call('POST', '/api/v1/cases', who, { youthId, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function act(c: { id: number; version: number }, path: string, body: object, who = 'specialist') {
  const res = await call('POST', `/api/v1/cases/${c.id}${path}`, who, { version: c.version, ...body });
  return res;
}
async function ok(c: { id: number; version: number }, path: string, body: object, who = 'specialist') {
  const res = await act(c, path, body, who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CaseDetail;
}

beforeAll(async () => {
  t = await createTestApp();
  const almaty = await makeCentre(t.db, { regionCode: '75' });
  const astana = await makeCentre(t.db, { regionCode: '71' });
  const users = {
    specialist: await makeUser(t.db, 'specialist', { centreId: almaty.id }),
    colleague: await makeUser(t.db, 'specialist', { centreId: almaty.id }),
    manager: await makeUser(t.db, 'center_manager', { centreId: almaty.id }),
    astana: await makeUser(t.db, 'center_manager', { centreId: astana.id }),
    regional: await makeUser(t.db, 'regional', { regionCode: '75' }),
    otherRegional: await makeUser(t.db, 'regional', { regionCode: '71' }),
    national: await makeUser(t.db, 'national'),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(users)) {
    cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
    userIds[k] = u.id;
  }
});
afterAll(() => t.close());

describe('POST /api/v1/cases', () => {
  it('climbs 401 → 400 → 403 → 400 out of scope → 409 refusals → 201, one active case per young person', async () => {
    const youthId = await registerYouth();
    expect((await call('POST', '/api/v1/cases', undefined, { youthId })).statusCode).toBe(401);
    const bad = await call('POST', '/api/v1/cases', 'specialist', {});
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'youthId', code: 'required' })]);
    expect((await call('POST', '/api/v1/cases', 'partner', { youthId })).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/cases', 'regional', { youthId })).statusCode).toBe(403);
    const foreign = await call('POST', '/api/v1/cases', 'astana', { youthId });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([expect.objectContaining({ field: 'youthId', code: 'not_found' })]);

    const employed = await registerYouth('employed');
    const notNeet = await call('POST', '/api/v1/cases', 'specialist', { youthId: employed }, 'ru');
    expect(notNeet.statusCode).toBe(409);
    expect(notNeet.json()).toMatchObject({
      code: 'youth_not_neet',
      title: 'Кейс можно открыть только для молодого человека со статусом NEET',
    });
    const future = await call('POST', '/api/v1/cases', 'specialist', {
      youthId,
      openedOn: addMonths(today, 1),
    });
    expect(future.json().errors).toEqual([
      expect.objectContaining({ field: 'openedOn', code: 'date_in_future' }),
    ]);

    const c = await openCase(youthId, 'specialist', { goal: 'Найти работу по специальности' });
    expect(c).toMatchObject({
      status: 'open',
      caseWorker: { id: userIds.specialist },
      youth: { lastName: expect.stringMatching(/^Серікбаев/), firstName: 'Ерлан' },
      openedOn: today,
      version: 1,
      availableActions: ['add_step', 'close'],
      canWorkOnSteps: false,
    });
    expect(c.timeline).toEqual([
      expect.objectContaining({ action: 'open', fromStatus: null, toStatus: 'open' }),
    ]);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'neet_case'), eq(auditLog.entityId, String(c.id))));
    expect(audit).toEqual([expect.objectContaining({ action: 'open', actorUserId: userIds.specialist })]);

    const again = await call('POST', '/api/v1/cases', 'manager', { youthId }, 'kk');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'case_already_open', title: 'Бұл жаста ашық кейс бар' });
  });

  it('lets the manager open a case for a specialist of the centre, but not a specialist for someone else', async () => {
    const youthId = await registerYouth();
    const forOther = await call('POST', '/api/v1/cases', 'specialist', {
      youthId,
      caseWorkerId: userIds.colleague,
    });
    expect(forOther.json().errors).toEqual([
      expect.objectContaining({ field: 'caseWorkerId', code: 'out_of_scope' }),
    ]);
    const outsider = await call('POST', '/api/v1/cases', 'manager', {
      youthId,
      caseWorkerId: userIds.astana,
    });
    expect(outsider.json().errors).toEqual([
      expect.objectContaining({ field: 'caseWorkerId', code: 'not_found' }),
    ]);
    const c = await openCase(youthId, 'manager', { caseWorkerId: userIds.colleague });
    expect(c.caseWorker.id).toBe(userIds.colleague);
  });
});

describe('a case from opening to an outcome confirmed at 3 and 6 months', () => {
  it('follows the rules, refuses what they refuse and logs every step', async () => {
    const youthId = await registerYouth();
    let c = await openCase(youthId, 'specialist', { openedOn: monthsAgo(9) });

    // Refused before its time: an outcome with no done step, a follow-up with no outcome.
    expect((await act(c, '/outcome', { outcome: 'employed', outcomeOn: today })).json().code).toBe(
      'case_wrong_status',
    );
    expect((await act(c, '/follow-ups', { stage: '3m', held: true, checkedOn: today })).json().code).toBe(
      'case_wrong_status',
    );

    const programmes = (await call('GET', '/api/v1/cases/options', 'specialist')).json().programmes;
    const missingProgramme = await act(c, '/steps', {
      kind: 'programme_referral',
      description: 'Направление',
      dueOn: today,
    });
    expect(missingProgramme.json().errors).toEqual([
      expect.objectContaining({ field: 'programmeId', code: 'required' }),
    ]);

    c = await ok(c, '/steps', {
      kind: 'consultation',
      description: 'Консультация по профориентации',
      dueOn: monthsAgo(8),
    });
    expect(c.status).toBe('in_progress');
    const withProgramme = programmes.length
      ? { kind: 'programme_referral', programmeId: programmes[0].id }
      : { kind: 'employer' };
    c = await ok(c, '/steps', {
      ...withProgramme,
      description: 'Направление к работодателю',
      dueOn: monthsAgo(7),
    });
    expect(c.steps.map((s) => s.overdue)).toEqual([true, true]);

    // The colleague and the regional office see the case but may not act on it.
    const colleague = await call('GET', `/api/v1/cases/${c.id}`, 'colleague');
    expect(colleague.json()).toMatchObject({ availableActions: [], canWorkOnSteps: false });
    expect(
      (await act(c, '/outcome', { outcome: 'employed', outcomeOn: today }, 'colleague')).statusCode,
    ).toBe(403);
    expect((await call('GET', `/api/v1/cases/${c.id}`, 'regional')).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/cases/${c.id}`, 'national')).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/cases/${c.id}`, 'otherRegional')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/cases/${c.id}`, 'astana')).statusCode).toBe(404);
    expect((await act(c, '/outcome', { outcome: 'employed', outcomeOn: today }, 'astana')).statusCode).toBe(
      404,
    );

    const noStep = await act(c, '/outcome', { outcome: 'employed', outcomeOn: monthsAgo(7) });
    expect(noStep.json().code).toBe('case_no_done_step');
    const [first, second] = c.steps;
    const tooEarly = await act(c, `/steps/${first.id}/complete`, {
      doneOn: monthsAgo(10),
      result: 'Проведена',
    });
    expect(tooEarly.json().errors).toEqual([
      expect.objectContaining({ field: 'doneOn', code: 'date_before_opened' }),
    ]);
    c = await ok(c, `/steps/${first.id}/complete`, {
      doneOn: monthsAgo(8),
      result: 'Выбрано направление: IT',
    });
    c = await ok(c, `/steps/${second.id}/complete`, { doneOn: monthsAgo(7), result: 'Принят на работу' });
    const twice = await act(c, `/steps/${first.id}/complete`, { doneOn: today, result: 'again' });
    expect(twice.json().code).toBe('step_not_planned');

    const stale = await act({ ...c, version: c.version - 1 }, '/outcome', {
      outcome: 'employed',
      outcomeOn: today,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');

    const outcomeOn = monthsAgo(7);
    c = await ok(c, '/outcome', { outcome: 'employed', outcomeOn, note: 'ТОО «Қазақ Телеком»' });
    expect(c).toMatchObject({
      status: 'outcome_recorded',
      outcome: 'employed',
      followUp3mDue: addMonths(outcomeOn, 3),
      followUp6mDue: addMonths(outcomeOn, 6),
      availableActions: ['follow_up_3m'],
      attention: 'follow_up_due',
    });
    const early = await act(c, '/follow-ups', {
      stage: '3m',
      held: true,
      checkedOn: addMonths(outcomeOn, 2),
    });
    expect(early.json().errors).toEqual([
      expect.objectContaining({ field: 'checkedOn', code: 'follow_up_not_due' }),
    ]);
    expect((await act(c, '/follow-ups', { stage: '6m', held: true, checkedOn: today })).json().code).toBe(
      'case_wrong_status',
    );
    c = await ok(c, '/follow-ups', { stage: '3m', held: true, checkedOn: addMonths(outcomeOn, 3) });
    expect(c).toMatchObject({
      status: 'follow_up_3m_confirmed',
      followUp3mHeld: true,
      availableActions: ['follow_up_6m'],
    });
    c = await ok(c, '/follow-ups', {
      stage: '6m',
      held: true,
      checkedOn: today,
      comment: 'Работает, доволен',
    });
    expect(c).toMatchObject({
      status: 'closed_confirmed',
      outcome: 'employed',
      followUp6mHeld: true,
      closedOn: today,
      availableActions: [],
    });

    expect(c.timeline.map((a) => a.action)).toEqual([
      'open',
      'add_step',
      'add_step',
      'complete_step',
      'complete_step',
      'record_outcome',
      'follow_up_3m',
      'follow_up_6m',
    ]);
    // The log is a chain: each action starts where the previous one ended, the last is the case's status.
    c.timeline.forEach((a, i) => {
      if (i > 0) expect(a.fromStatus).toBe(c.timeline[i - 1].toStatus);
    });
    expect(c.timeline.at(-1)?.toStatus).toBe(c.status);
    expect(c.version).toBe(c.timeline.length);
    const actions = await t.db.select().from(neetCaseActions).where(eq(neetCaseActions.caseId, c.id));
    expect(actions).toHaveLength(8);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'neet_case'), eq(auditLog.entityId, String(c.id))));
    expect(audit).toHaveLength(8);

    // A confirmed case is final; a new case can be opened for the same person.
    expect((await act(c, '/reopen', {})).json().code).toBe('case_wrong_status');
    await openCase(youthId);
  });

  it('answers one of two simultaneous changes and refuses the other as a conflict', async () => {
    const c = await openCase(await registerYouth());
    const body = { kind: 'consultation', description: 'Встреча', dueOn: today };
    const [a, b] = await Promise.all([act(c, '/steps', body), act(c, '/steps', body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const read = (await call('GET', `/api/v1/cases/${c.id}`, 'specialist')).json();
    expect(read.steps).toHaveLength(1);
    expect(read.version).toBe(2);
  });
});

describe('when the outcome does not hold, closing and reopening, reassigning', () => {
  async function withOutcome(monthsBack: number) {
    let c = await openCase(await registerYouth(), 'specialist', { openedOn: monthsAgo(monthsBack + 1) });
    c = await ok(c, '/steps', { kind: 'training', description: 'Курсы', dueOn: monthsAgo(monthsBack) });
    c = await ok(c, `/steps/${c.steps[0].id}/complete`, {
      doneOn: monthsAgo(monthsBack),
      result: 'Сертификат',
    });
    return ok(c, '/outcome', { outcome: 'in_training', outcomeOn: monthsAgo(monthsBack) });
  }

  it('sends the case back to work or closes it as not held', async () => {
    let c = await withOutcome(4);
    const noChoice = await act(c, '/follow-ups', { stage: '3m', held: false, checkedOn: today });
    expect(noChoice.json().errors).toEqual([
      expect.objectContaining({ field: 'ifNotHeld', code: 'required' }),
    ]);
    c = await ok(c, '/follow-ups', { stage: '3m', held: false, checkedOn: today, ifNotHeld: 'continue' });
    expect(c).toMatchObject({ status: 'in_progress', outcome: null, followUp3mDue: null });
    expect(c.timeline.at(-1)?.payload).toMatchObject({
      held: false,
      outcome: 'in_training',
      ifNotHeld: 'continue',
    });

    let d = await withOutcome(4);
    d = await ok(d, '/follow-ups', { stage: '3m', held: false, checkedOn: today, ifNotHeld: 'close' });
    expect(d).toMatchObject({
      status: 'closed_not_held',
      followUp3mHeld: false,
      closedOn: today,
      availableActions: ['reopen'],
    });
    d = await ok(d, '/reopen', { comment: 'Снова ищет работу' });
    expect(d).toMatchObject({ status: 'in_progress', outcome: null, closedOn: null });
  });

  it('closes without an outcome with a reason, and reopens only while no other case is active', async () => {
    const youthId = await registerYouth();
    let c = await openCase(youthId);
    const noReason = await act(c, '/close', { reason: 'other', closedOn: today });
    expect(noReason.json().errors).toEqual([expect.objectContaining({ field: 'comment', code: 'required' })]);
    c = await ok(c, '/close', { reason: 'unreachable', closedOn: today });
    expect(c).toMatchObject({ status: 'closed_no_outcome', outcome: 'none', closeReason: 'unreachable' });
    await openCase(youthId);
    expect((await act(c, '/reopen', {})).json().code).toBe('case_already_open');
  });

  it('lets only the manager reassign, to a case worker of the same centre', async () => {
    let c = await openCase(await registerYouth());
    const bySpecialist = await act(c, '/reassign', { caseWorkerId: userIds.colleague });
    expect(bySpecialist.statusCode).toBe(403);
    expect(bySpecialist.json().code).toBe('case_not_allowed');
    const outside = await act(c, '/reassign', { caseWorkerId: userIds.astana }, 'manager');
    expect(outside.json().errors).toEqual([
      expect.objectContaining({ field: 'caseWorkerId', code: 'not_found' }),
    ]);
    c = await ok(c, '/reassign', { caseWorkerId: userIds.colleague }, 'manager');
    expect(c.caseWorker.id).toBe(userIds.colleague);
    expect(c.timeline.at(-1)?.payload).toEqual({
      fromUserId: userIds.specialist,
      toUserId: userIds.colleague,
    });
    // The former case worker now only reads.
    const read = (await call('GET', `/api/v1/cases/${c.id}`, 'specialist')).json();
    expect(read.availableActions).toEqual([]);
  });
});

describe('steps and consent', () => {
  it('changes and cancels planned steps only, and keeps steps to their own case', async () => {
    let c = await openCase(await registerYouth(), 'specialist', { openedOn: monthsAgo(2) });
    c = await ok(c, '/steps', {
      kind: 'consultation',
      description: 'Встреча с психологом',
      dueOn: monthsAgo(1),
    });
    const [step] = c.steps;
    expect(step.overdue).toBe(true);
    const early = await act(c, `/steps/${step.id}`, { description: 'x', dueOn: monthsAgo(3) });
    expect(early.json().errors).toEqual([
      expect.objectContaining({ field: 'dueOn', code: 'date_before_opened' }),
    ]);
    c = await ok(c, `/steps/${step.id}`, {
      description: 'Встреча с психологом центра',
      dueOn: addMonths(today, 1),
    });
    expect(c.steps[0]).toMatchObject({ description: 'Встреча с психологом центра', overdue: false });
    c = await ok(c, `/steps/${step.id}/cancel`, { comment: 'Не пришёл' });
    expect(c.steps[0].status).toBe('cancelled');
    expect(c.timeline.at(-1)).toMatchObject({ action: 'cancel_step', comment: 'Не пришёл' });
    expect((await act(c, `/steps/${step.id}/cancel`, {})).json().code).toBe('step_not_planned');
    // With the only step cancelled there is still nothing done to base an outcome on.
    expect((await act(c, '/outcome', { outcome: 'studying', outcomeOn: today })).json().code).toBe(
      'case_no_done_step',
    );

    const other = await openCase(await registerYouth());
    expect((await act(other, `/steps/${step.id}/complete`, { doneOn: today, result: 'x' })).statusCode).toBe(
      404,
    );
  });

  it('opens no case once the young person has withdrawn consent', async () => {
    const youthId = await registerYouth();
    expect((await call('POST', `/api/v1/youth/${youthId}/consent/withdraw`, 'specialist')).statusCode).toBe(
      200,
    );
    const res = await call('POST', '/api/v1/cases', 'specialist', { youthId });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('youth_no_consent');
  });
});

describe('GET /api/v1/cases', () => {
  it('puts overdue steps first, then due follow-ups, then the rest, and filters by worker and state', async () => {
    expect((await call('GET', '/api/v1/cases')).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/cases?status=nope', 'manager')).statusCode).toBe(400);
    expect((await call('GET', '/api/v1/cases', 'partner')).statusCode).toBe(403);

    const plain = await openCase(await registerYouth(), 'colleague');
    await ok(
      plain,
      '/steps',
      { kind: 'consultation', description: 'Позже', dueOn: addMonths(today, 1) },
      'colleague',
    );
    let due = await openCase(await registerYouth(), 'colleague', { openedOn: monthsAgo(5) });
    due = await ok(
      due,
      '/steps',
      { kind: 'employer', description: 'Собеседование', dueOn: monthsAgo(4) },
      'colleague',
    );
    due = await ok(
      due,
      `/steps/${due.steps[0].id}/complete`,
      { doneOn: monthsAgo(4), result: 'Принят' },
      'colleague',
    );
    await ok(due, '/outcome', { outcome: 'employed', outcomeOn: monthsAgo(4) }, 'colleague');
    const late = await openCase(await registerYouth(), 'colleague', { openedOn: monthsAgo(2) });
    await ok(
      late,
      '/steps',
      { kind: 'training', description: 'Просрочен', dueOn: monthsAgo(1) },
      'colleague',
    );

    const mine = (
      await call('GET', `/api/v1/cases?caseWorkerId=${userIds.colleague}&pageSize=200`, 'manager')
    ).json();
    const order = mine.items.map((i: { id: number }) => i.id);
    expect(order.indexOf(late.id)).toBeLessThan(order.indexOf(due.id));
    expect(order.indexOf(due.id)).toBeLessThan(order.indexOf(plain.id));
    expect(mine.items.find((i: { id: number }) => i.id === late.id)).toMatchObject({
      attention: 'overdue_steps',
      overdueSteps: 1,
    });
    expect(
      mine.items.every((i: { caseWorker: { id: number } }) => i.caseWorker.id === userIds.colleague),
    ).toBe(true);

    const overdue = (await call('GET', '/api/v1/cases?mine=true&overdue=true', 'colleague')).json();
    expect(overdue.items.map((i: { id: number }) => i.id)).toContain(late.id);
    expect(overdue.items.every((i: { overdueSteps: number }) => i.overdueSteps > 0)).toBe(true);

    const closed = (await call('GET', '/api/v1/cases?status=closed', 'regional')).json();
    expect(closed.items.length).toBeGreaterThan(0);
    expect(closed.items.every((i: { status: string }) => i.status.startsWith('closed_'))).toBe(true);
    expect((await call('GET', '/api/v1/cases', 'otherRegional')).json().total).toBe(0);
    expect((await call('GET', '/api/v1/cases', 'astana')).json().total).toBe(0);
  });
});
