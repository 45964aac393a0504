import type { CurrentUser } from '../../../../shared/contracts/auth';
import type { PlanContent, PlanStatus } from '../../../../shared/contracts/plan-content';
import type { FieldError } from '../../../../shared/errors';

/**
 * What the plan contract's schema cannot say alone: item ids unique within the plan, references
 * pointing at items that exist (of the right kind), and cumulative quarter targets that never go
 * down and end at the yearly target. Answers every problem as a field error on its JSON path.
 */
export function planIntegrityErrors(content: PlanContent): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const sections = ['priorities', 'goals', 'kpis', 'activities', 'budget'] as const;
  for (const section of sections) {
    content[section].forEach((item, i) => {
      if (seen.has(item.id)) errors.push({ field: `${section}.${i}.id`, code: 'duplicate' });
      seen.add(item.id);
    });
  }
  const ids = (section: (typeof sections)[number]) => new Set(content[section].map((x) => x.id));
  const priorityIds = ids('priorities');
  const goalIds = ids('goals');
  const kpiIds = ids('kpis');
  const activityIds = ids('activities');
  const refers = (field: string, id: string | null, among: Set<string>) => {
    if (id !== null && !among.has(id)) errors.push({ field, code: 'not_found' });
  };
  content.goals.forEach((g, i) => {
    refers(`goals.${i}.priorityId`, g.priorityId, priorityIds);
  });
  content.kpis.forEach((k, i) => {
    refers(`kpis.${i}.goalId`, k.goalId, goalIds);
    const q = k.quarterTargets;
    for (let n = 1; n < 4; n++)
      if (q[n] < q[n - 1])
        errors.push({ field: `kpis.${i}.quarterTargets.${n}`, code: 'quarter_decreasing' });
    if (q[3] !== k.target)
      errors.push({ field: `kpis.${i}.quarterTargets.3`, code: 'quarter_total_mismatch' });
  });
  content.activities.forEach((a, i) => {
    refers(`activities.${i}.priorityId`, a.priorityId, priorityIds);
    a.kpiIds.forEach((id, n) => {
      refers(`activities.${i}.kpiIds.${n}`, id, kpiIds);
    });
  });
  content.budget.forEach((b, i) => {
    refers(`budget.${i}.activityId`, b.activityId, activityIds);
  });
  return errors;
}

/** The plan facts the editing rule reads. */
export interface PlanEditFacts {
  centreId: number;
  status: PlanStatus;
}

/** Statuses in which the current version's content may change. */
export const EDITABLE_STATUSES: readonly PlanStatus[] = ['draft', 'returned'];

/**
 * Whether a user may change a plan's current content now: the manager of the plan's centre or an
 * admin, while the plan is a draft or returned to the centre. The one rule the editor, the API and
 * the review workflow share.
 */
export function canEditPlanContent(user: Pick<CurrentUser, 'role' | 'scope'>, plan: PlanEditFacts): boolean {
  if (!EDITABLE_STATUSES.includes(plan.status)) return false;
  return canManagePlan(user, plan.centreId);
}

/** Whether a user speaks for a centre's plan at all: its centre manager, or an admin. */
export function canManagePlan(user: Pick<CurrentUser, 'role' | 'scope'>, centreId: number): boolean {
  if (user.role === 'admin') return true;
  return user.role === 'center_manager' && user.scope.kind === 'centre' && user.scope.centreId === centreId;
}

/** Whether a user may read a centre's plan: its staff, its region's users, national users, admins. */
export function canReadPlan(
  user: Pick<CurrentUser, 'role' | 'scope'>,
  plan: { centreId: number; regionCode: string },
): boolean {
  switch (user.scope.kind) {
    case 'country':
      return user.role === 'national' || user.role === 'admin';
    case 'region':
      return user.scope.regionCode === plan.regionCode;
    case 'centre':
      return user.scope.centreId === plan.centreId;
    case 'organisation':
      return false;
  }
}
