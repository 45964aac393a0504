import { describe, expect, it } from 'vitest';
import { buildPlanDraft } from './plan-builder';
import { builderInputs } from './plan-builder.fixture';
import { canEditPlanContent, canReadPlan, planIntegrityErrors } from './plan-content.rules';

describe('planIntegrityErrors', () => {
  it('names the path of a duplicate id, a dangling reference and bad quarters', () => {
    const draft = buildPlanDraft(builderInputs());
    draft.priorities.push({ ...draft.priorities[0], rank: 5 });
    draft.kpis[2].goalId = 'g99';
    draft.kpis[0].quarterTargets = [50, 40, 100, draft.kpis[0].target];
    draft.kpis[1].quarterTargets = [1, 2, 3, draft.kpis[1].target + 1];
    draft.budget[0].activityId = 'a77';
    expect(planIntegrityErrors(draft)).toEqual([
      { field: 'priorities.4.id', code: 'duplicate' },
      { field: 'kpis.0.quarterTargets.1', code: 'quarter_decreasing' },
      { field: 'kpis.1.quarterTargets.3', code: 'quarter_total_mismatch' },
      { field: 'kpis.2.goalId', code: 'not_found' },
      { field: 'budget.0.activityId', code: 'not_found' },
    ]);
  });
});

describe('who may edit and read a plan', () => {
  const manager = {
    role: 'center_manager' as const,
    scope: { kind: 'centre' as const, centreId: 7, regionCode: '35' },
  };
  const regional = { role: 'regional' as const, scope: { kind: 'region' as const, regionCode: '35' } };
  const admin = { role: 'admin' as const, scope: { kind: 'country' as const } };

  it('lets the centre manager and admins edit drafts and returned plans only', () => {
    expect(canEditPlanContent(manager, { centreId: 7, status: 'draft' })).toBe(true);
    expect(canEditPlanContent(manager, { centreId: 7, status: 'returned' })).toBe(true);
    expect(canEditPlanContent(manager, { centreId: 7, status: 'submitted' })).toBe(false);
    expect(canEditPlanContent(manager, { centreId: 7, status: 'approved' })).toBe(false);
    expect(canEditPlanContent(manager, { centreId: 8, status: 'draft' })).toBe(false);
    expect(canEditPlanContent(regional, { centreId: 7, status: 'draft' })).toBe(false);
    expect(canEditPlanContent(admin, { centreId: 8, status: 'returned' })).toBe(true);
  });

  it('lets the centre, its region and the country read', () => {
    expect(canReadPlan(manager, { centreId: 7, regionCode: '35' })).toBe(true);
    expect(canReadPlan(manager, { centreId: 8, regionCode: '35' })).toBe(false);
    expect(canReadPlan(regional, { centreId: 8, regionCode: '35' })).toBe(true);
    expect(canReadPlan(regional, { centreId: 9, regionCode: '11' })).toBe(false);
    expect(
      canReadPlan(
        { role: 'partner', scope: { kind: 'organisation', organisation: 'x' } },
        { centreId: 7, regionCode: '35' },
      ),
    ).toBe(false);
  });
});
