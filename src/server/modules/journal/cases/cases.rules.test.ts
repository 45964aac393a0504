import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from '../../../../shared/contracts/cases';
import {
  addMonths,
  availableActions,
  type CaseCommand,
  type CaseFacts,
  type CaseUser,
  canRead,
  decide,
  decideOpen,
  FROM_STATUSES,
} from './cases.rules';

const TODAY = '2026-11-25';
const worker: CaseUser = {
  id: 10,
  role: 'specialist',
  scope: { kind: 'centre', centreId: 1, regionCode: '35' },
};
const colleague: CaseUser = { ...worker, id: 11 };
const manager: CaseUser = { id: 12, role: 'center_manager', scope: worker.scope };
const otherManager: CaseUser = {
  id: 13,
  role: 'center_manager',
  scope: { kind: 'centre', centreId: 2, regionCode: '35' },
};
const otherWorker: CaseUser = {
  id: 10,
  role: 'specialist',
  scope: { kind: 'centre', centreId: 2, regionCode: '35' },
};
const regional: CaseUser = { id: 14, role: 'regional', scope: { kind: 'region', regionCode: '35' } };
const national: CaseUser = { id: 15, role: 'national', scope: { kind: 'country' } };
const admin: CaseUser = { id: 16, role: 'admin', scope: { kind: 'country' } };
const partner: CaseUser = { id: 17, role: 'partner', scope: { kind: 'organisation', organisation: 'x' } };

function facts(status: CaseStatus, extra: Partial<CaseFacts> = {}): CaseFacts {
  return {
    status,
    centreId: 1,
    regionCode: '35',
    caseWorkerId: 10,
    openedOn: '2026-01-10',
    followUp3mDue: '2026-07-01',
    followUp6mDue: '2026-10-01',
    doneSteps: 1,
    plannedSteps: 1,
    ...extra,
  };
}

// A valid command per action, so that only status and role decide.
const valid: Record<keyof typeof FROM_STATUSES, CaseCommand> = {
  add_step: { action: 'add_step', dueOn: '2026-12-01' },
  update_step: { action: 'update_step', stepStatus: 'planned', dueOn: '2026-12-01' },
  complete_step: { action: 'complete_step', stepStatus: 'planned', doneOn: '2026-03-01' },
  cancel_step: { action: 'cancel_step', stepStatus: 'planned' },
  record_outcome: { action: 'record_outcome', outcome: 'employed', outcomeOn: '2026-04-01' },
  follow_up_3m: { action: 'follow_up_3m', held: true, checkedOn: '2026-07-02' },
  follow_up_6m: { action: 'follow_up_6m', held: true, checkedOn: '2026-10-02' },
  close: { action: 'close', closedOn: '2026-05-01' },
  reopen: { action: 'reopen', youthHasOtherActiveCase: false, youthConsentInForce: true },
  reassign: { action: 'reassign' },
};

const EXPECTED_TO: Record<keyof typeof FROM_STATUSES, (from: CaseStatus) => CaseStatus> = {
  add_step: () => 'in_progress',
  update_step: (s) => s,
  complete_step: (s) => s,
  cancel_step: (s) => s,
  record_outcome: () => 'outcome_recorded',
  follow_up_3m: () => 'follow_up_3m_confirmed',
  follow_up_6m: () => 'closed_confirmed',
  close: () => 'closed_no_outcome',
  reopen: () => 'in_progress',
  reassign: (s) => s,
};

describe('transition table', () => {
  const actions = Object.keys(FROM_STATUSES) as (keyof typeof FROM_STATUSES)[];
  for (const action of actions) {
    for (const status of CASE_STATUSES) {
      const allowed = FROM_STATUSES[action].includes(status);
      it(`${action} from ${status} is ${allowed ? 'allowed' : 'refused'}`, () => {
        const actor = action === 'reassign' ? manager : worker;
        const d = decide(facts(status), valid[action], actor, TODAY);
        if (allowed) expect(d).toEqual({ ok: true, to: EXPECTED_TO[action](status) });
        else expect(d).toEqual({ ok: false, refusal: { code: 'case_wrong_status' } });
      });
    }
  }

  it('spells out the workflow from opening to a confirmed outcome', () => {
    expect(FROM_STATUSES.record_outcome).toEqual(['in_progress']);
    expect(FROM_STATUSES.follow_up_3m).toEqual(['outcome_recorded']);
    expect(FROM_STATUSES.follow_up_6m).toEqual(['follow_up_3m_confirmed']);
    expect(FROM_STATUSES.reopen).not.toContain('closed_confirmed');
  });
});

describe('who may act', () => {
  const actions = Object.keys(FROM_STATUSES) as (keyof typeof FROM_STATUSES)[];
  const status = (a: keyof typeof FROM_STATUSES): CaseStatus => FROM_STATUSES[a][0];
  const cases: [string, CaseUser, (a: keyof typeof FROM_STATUSES) => boolean][] = [
    ['the case worker', worker, (a) => a !== 'reassign'],
    ["the centre's manager", manager, () => true],
    ['an admin', admin, () => true],
    ['another specialist of the centre', colleague, () => false],
    ["another centre's manager", otherManager, () => false],
    ['the same user id in another centre', otherWorker, () => false],
    ['a regional user', regional, () => false],
    ['a national user', national, () => false],
    ['a partner', partner, () => false],
  ];
  for (const [who, user, may] of cases) {
    for (const action of actions) {
      it(`${who} ${may(action) ? 'may' : 'may not'} ${action}`, () => {
        const d = decide(facts(status(action)), valid[action], user, TODAY);
        expect(d.ok).toBe(may(action));
        if (!d.ok) expect(d.refusal.code).toBe('case_not_allowed');
      });
    }
  }

  it('reads by scope like the youth registry', () => {
    const c = { centreId: 1, regionCode: '35' };
    expect(canRead(colleague, c)).toBe(true);
    expect(canRead(otherManager, c)).toBe(false);
    expect(canRead(regional, c)).toBe(true);
    expect(canRead({ ...regional, scope: { kind: 'region', regionCode: '71' } }, c)).toBe(false);
    expect(canRead(national, c)).toBe(true);
    expect(canRead(partner, c)).toBe(false);
  });
});

describe('preconditions', () => {
  const youth = { centreId: 1, status: 'neet', consentInForce: true, hasActiveCase: false };
  it('opens only for a NEET young person of the centre with consent and no active case', () => {
    expect(decideOpen(worker, youth, TODAY, TODAY)).toEqual({ ok: true, to: 'open' });
    expect(decideOpen(manager, youth, TODAY, TODAY).ok).toBe(true);
    const code = (d: ReturnType<typeof decideOpen>) => (d.ok ? 'ok' : d.refusal.code);
    expect(code(decideOpen(worker, { ...youth, status: 'employed' }, TODAY, TODAY))).toBe('youth_not_neet');
    expect(code(decideOpen(worker, { ...youth, consentInForce: false }, TODAY, TODAY))).toBe(
      'youth_no_consent',
    );
    expect(code(decideOpen(worker, { ...youth, hasActiveCase: true }, TODAY, TODAY))).toBe(
      'case_already_open',
    );
    expect(code(decideOpen(worker, youth, '2026-11-26', TODAY))).toBe('date_in_future');
    expect(code(decideOpen(otherWorker, youth, TODAY, TODAY))).toBe('case_not_allowed');
    for (const u of [regional, national, admin, partner])
      expect(code(decideOpen(u, youth, TODAY, TODAY))).toBe('case_not_allowed');
  });

  const refusal = (c: CaseFacts, cmd: CaseCommand, today = TODAY) => {
    const d = decide(c, cmd, worker, today);
    return d.ok ? 'ok' : d.refusal;
  };

  it('needs a done step before an outcome, dated between opening and today', () => {
    const base = facts('in_progress');
    expect(refusal({ ...base, doneSteps: 0 }, valid.record_outcome)).toEqual({ code: 'case_no_done_step' });
    expect(refusal(base, { action: 'record_outcome', outcome: 'studying', outcomeOn: '2026-11-26' })).toEqual(
      {
        code: 'date_in_future',
        field: 'outcomeOn',
      },
    );
    expect(refusal(base, { action: 'record_outcome', outcome: 'studying', outcomeOn: '2026-01-09' })).toEqual(
      {
        code: 'date_before_opened',
        field: 'outcomeOn',
      },
    );
    expect(refusal(base, { action: 'record_outcome', outcome: 'studying', outcomeOn: TODAY })).toBe('ok');
  });

  it('confirms a follow-up only on or after its due date, never in the future', () => {
    const c = facts('outcome_recorded', { followUp3mDue: '2026-11-25' });
    const fu = (checkedOn: string): CaseCommand => ({
      action: 'follow_up_3m',
      held: true,
      checkedOn,
    });
    expect(refusal(c, fu('2026-11-25'))).toBe('ok');
    expect(refusal(c, fu('2026-11-24'), '2026-11-24')).toEqual({ code: 'follow_up_not_due' });
    expect(refusal(c, fu('2026-11-24'))).toEqual({ code: 'follow_up_not_due', field: 'checkedOn' });
    expect(refusal(c, fu('2026-11-26'))).toEqual({ code: 'date_in_future', field: 'checkedOn' });
    const six = facts('follow_up_3m_confirmed', { followUp6mDue: '2026-12-01' });
    expect(refusal(six, { action: 'follow_up_6m', held: true, checkedOn: TODAY })).toEqual({
      code: 'follow_up_not_due',
    });
  });

  it('sends a follow-up that did not hold back to work or closes the case as not held', () => {
    const c = facts('outcome_recorded');
    expect(
      decide(
        c,
        { action: 'follow_up_3m', held: false, checkedOn: TODAY, ifNotHeld: 'continue' },
        worker,
        TODAY,
      ),
    ).toEqual({
      ok: true,
      to: 'in_progress',
    });
    expect(
      decide(c, { action: 'follow_up_3m', held: false, checkedOn: TODAY, ifNotHeld: 'close' }, worker, TODAY),
    ).toEqual({
      ok: true,
      to: 'closed_not_held',
    });
    const six = facts('follow_up_3m_confirmed');
    expect(
      decide(
        six,
        { action: 'follow_up_6m', held: false, checkedOn: TODAY, ifNotHeld: 'close' },
        worker,
        TODAY,
      ),
    ).toEqual({
      ok: true,
      to: 'closed_not_held',
    });
  });

  it('works only on planned steps, with dates in range', () => {
    const c = facts('in_progress');
    expect(refusal(c, { action: 'complete_step', stepStatus: 'done', doneOn: TODAY })).toEqual({
      code: 'step_not_planned',
    });
    expect(refusal(c, { action: 'cancel_step', stepStatus: 'cancelled' })).toEqual({
      code: 'step_not_planned',
    });
    expect(refusal(c, { action: 'update_step', stepStatus: 'done', dueOn: TODAY })).toEqual({
      code: 'step_not_planned',
    });
    expect(refusal(c, { action: 'complete_step', stepStatus: 'planned', doneOn: '2026-12-01' })).toEqual({
      code: 'date_in_future',
      field: 'doneOn',
    });
    expect(refusal(c, { action: 'add_step', dueOn: '2025-12-31' })).toEqual({
      code: 'date_before_opened',
      field: 'dueOn',
    });
    expect(refusal(c, { action: 'close', closedOn: '2026-12-01' })).toEqual({
      code: 'date_in_future',
      field: 'closedOn',
    });
  });

  it('reopens only while consent is in force and no other case is active', () => {
    const c = facts('closed_no_outcome');
    const re = (youthHasOtherActiveCase: boolean, youthConsentInForce: boolean): CaseCommand => ({
      action: 'reopen',
      youthHasOtherActiveCase,
      youthConsentInForce,
    });
    expect(refusal(c, re(false, true))).toBe('ok');
    expect(refusal(c, re(true, true))).toEqual({ code: 'case_already_open' });
    expect(refusal(c, re(false, false))).toEqual({ code: 'youth_no_consent' });
  });
});

describe('available actions', () => {
  it('offers what the rules allow and nothing else', () => {
    expect(availableActions(facts('open', { doneSteps: 0, plannedSteps: 0 }), worker, TODAY)).toEqual([
      'add_step',
      'close',
    ]);
    expect(availableActions(facts('in_progress', { doneSteps: 0 }), worker, TODAY)).toEqual([
      'add_step',
      'close',
    ]);
    expect(availableActions(facts('in_progress'), worker, TODAY)).toEqual([
      'add_step',
      'record_outcome',
      'close',
    ]);
    expect(availableActions(facts('in_progress'), manager, TODAY)).toEqual([
      'add_step',
      'record_outcome',
      'close',
      'reassign',
    ]);
    expect(availableActions(facts('outcome_recorded'), worker, TODAY)).toEqual(['follow_up_3m']);
    expect(
      availableActions(facts('outcome_recorded', { followUp3mDue: '2026-12-01' }), worker, TODAY),
    ).toEqual([]);
    expect(availableActions(facts('follow_up_3m_confirmed'), worker, TODAY)).toEqual(['follow_up_6m']);
    expect(availableActions(facts('closed_confirmed'), manager, TODAY)).toEqual([]);
    expect(availableActions(facts('closed_not_held'), worker, TODAY)).toEqual(['reopen']);
    expect(
      availableActions(facts('closed_no_outcome'), worker, TODAY, {
        hasOtherActiveCase: true,
        consentInForce: true,
      }),
    ).toEqual([]);
    for (const u of [colleague, regional, national, partner])
      expect(availableActions(facts('in_progress'), u, TODAY)).toEqual([]);
  });
});

describe('follow-up dates', () => {
  it('adds calendar months, clamped to the end of a shorter month', () => {
    expect(addMonths('2026-04-15', 3)).toBe('2026-07-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-10-01', 6)).toBe('2027-04-01');
  });
});

describe('a young person who withdrew consent', () => {
  it('stops every further action on their case except closing one without an outcome', () => {
    const withdrawn = facts('in_progress', { youthConsentWithdrawn: true });
    for (const action of [
      'add_step',
      'update_step',
      'complete_step',
      'cancel_step',
      'record_outcome',
    ] as const) {
      const d = decide(withdrawn, valid[action], worker, TODAY);
      expect(d.ok ? 'allowed' : d.refusal.code, action).toBe('youth_no_consent');
    }
    expect(decide(withdrawn, valid.close, worker, TODAY).ok).toBe(true);
    expect(availableActions(withdrawn, worker, TODAY)).toEqual(['close']);
    const followUp = decide(
      facts('outcome_recorded', { youthConsentWithdrawn: true }),
      valid.follow_up_3m,
      worker,
      TODAY,
    );
    expect(followUp.ok ? 'allowed' : followUp.refusal.code).toBe('youth_no_consent');
  });
});
