import { describe, expect, it } from 'vitest';
import { PLAN_STATUSES, type PlanStatus } from '../../../../shared/contracts/plan-content';
import { PLAN_ACTIONS, type PlanAction } from '../../../../shared/contracts/plan-review';
import {
  availableActions,
  canCommentPlan,
  canReadPlan,
  commentRequired,
  decide,
  type PlanActor,
  waitsFor,
} from './plan-workflow.rules';

const plan = (status: PlanStatus) => ({ status, centreId: 7, regionCode: '75' });

const actors: Record<string, PlanActor> = {
  manager: { role: 'center_manager', scope: { kind: 'centre', centreId: 7, regionCode: '75' } },
  otherManager: { role: 'center_manager', scope: { kind: 'centre', centreId: 8, regionCode: '75' } },
  specialist: { role: 'specialist', scope: { kind: 'centre', centreId: 7, regionCode: '75' } },
  regional: { role: 'regional', scope: { kind: 'region', regionCode: '75' } },
  otherRegional: { role: 'regional', scope: { kind: 'region', regionCode: '71' } },
  national: { role: 'national', scope: { kind: 'country' } },
  admin: { role: 'admin', scope: { kind: 'country' } },
  partner: { role: 'partner', scope: { kind: 'organisation', organisation: 'Fund' } },
};

/** Written out by hand from the issue, independent of the rules' table: who, from where, to where. */
const ALLOWED: Record<PlanAction, Array<[actor: string, from: PlanStatus[], to: PlanStatus]>> = {
  submit: [['manager', ['draft', 'returned'], 'submitted']],
  take_regional: [['regional', ['submitted'], 'regional_review']],
  forward_national: [['regional', ['regional_review'], 'national_review']],
  approve: [['national', ['national_review'], 'approved']],
  return: [
    ['regional', ['submitted', 'regional_review'], 'returned'],
    ['national', ['national_review'], 'returned'],
  ],
  amend: [['manager', ['approved'], 'draft']],
};

const cases = PLAN_ACTIONS.flatMap((action) =>
  Object.keys(actors).flatMap((actor) => PLAN_STATUSES.map((status) => ({ action, actor, status }))),
);

describe('decide: every action × role and scope × status', () => {
  it.each(cases)('$action by $actor on a $status plan', ({ action, actor, status }) => {
    const rules = ALLOWED[action].filter(([who]) => who === actor);
    const allowed = rules.find(([, from]) => from.includes(status));
    const got = decide(action, actors[actor], plan(status));
    if (allowed) expect(got).toEqual({ ok: true, to: allowed[2] });
    else if (rules.length > 0) expect(got).toEqual({ ok: false, refusal: 'plan_wrong_status' });
    else expect(got).toEqual({ ok: false, refusal: 'plan_not_allowed' });
  });

  it('covers 6 actions × 8 actors × 6 statuses with 9 allowed moves', () => {
    expect(cases).toHaveLength(288);
    expect(cases.filter((c) => decide(c.action, actors[c.actor], plan(c.status)).ok)).toHaveLength(9);
  });
});

describe('availableActions', () => {
  it('offers each person only the step that is theirs now', () => {
    expect(availableActions(actors.manager, plan('draft'))).toEqual(['submit']);
    expect(availableActions(actors.manager, plan('returned'))).toEqual(['submit']);
    expect(availableActions(actors.manager, plan('submitted'))).toEqual([]);
    expect(availableActions(actors.manager, plan('approved'))).toEqual(['amend']);
    expect(availableActions(actors.regional, plan('submitted'))).toEqual(['take_regional', 'return']);
    expect(availableActions(actors.regional, plan('regional_review'))).toEqual([
      'forward_national',
      'return',
    ]);
    expect(availableActions(actors.regional, plan('national_review'))).toEqual([]);
    expect(availableActions(actors.otherRegional, plan('submitted'))).toEqual([]);
    expect(availableActions(actors.national, plan('national_review'))).toEqual(['approve', 'return']);
    expect(availableActions(actors.national, plan('regional_review'))).toEqual([]);
    expect(availableActions(actors.admin, plan('national_review'))).toEqual([]);
    expect(availableActions(actors.specialist, plan('draft'))).toEqual([]);
  });

  it('puts a plan in the queue of the one who must move it forward', () => {
    expect(waitsFor(actors.regional, plan('submitted'))).toBe(true);
    expect(waitsFor(actors.regional, plan('regional_review'))).toBe(true);
    expect(waitsFor(actors.national, plan('national_review'))).toBe(true);
    expect(waitsFor(actors.national, plan('submitted'))).toBe(false);
    expect(waitsFor(actors.manager, plan('returned'))).toBe(true);
    expect(waitsFor(actors.manager, plan('approved'))).toBe(false);
  });
});

describe('reading and commenting', () => {
  it('lets the centre, its region and the country read, nobody else', () => {
    const p = plan('submitted');
    const readers = Object.entries(actors)
      .filter(([, a]) => canReadPlan(a, p))
      .map(([k]) => k);
    expect(readers).toEqual(['manager', 'specialist', 'regional', 'national', 'admin']);
  });

  it('lets the manager and the reviewers comment, not specialists, admins or other scopes', () => {
    const p = plan('regional_review');
    const commenters = Object.entries(actors)
      .filter(([, a]) => canCommentPlan(a, p))
      .map(([k]) => k);
    expect(commenters).toEqual(['manager', 'regional', 'national']);
  });

  it('requires a comment to return, and only to return', () => {
    expect(PLAN_ACTIONS.filter(commentRequired)).toEqual(['return']);
  });
});
