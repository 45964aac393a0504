import type { FundingSource, PlanContent, PlanText } from '../../../../shared/contracts/plan-content';

/** The sections of a plan, and the letter of their item ids. */
export type PlanSection = 'priorities' | 'goals' | 'kpis' | 'activities' | 'budget';
const LETTER: Record<PlanSection, string> = {
  priorities: 'p',
  goals: 'g',
  kpis: 'k',
  activities: 'a',
  budget: 'b',
};

/** The next free id of a section's kind (`k7` after `k6`), unique in the whole plan. */
export function nextItemId(content: PlanContent, section: PlanSection): string {
  const letter = LETTER[section];
  const used = content[section].map((x) => Number(x.id.slice(1))).filter(Number.isFinite);
  return `${letter}${Math.max(0, ...used) + 1}`;
}

const blank = (): PlanText => ({ kk: '', ru: '', en: '' });

/** A new empty item of a section, as a person adds it (text to be written, references empty). */
export function addItem(content: PlanContent, section: PlanSection): PlanContent {
  const id = nextItemId(content, section);
  const next = structuredClone(content);
  switch (section) {
    case 'priorities':
      next.priorities.push({
        id,
        direction: '',
        rank: next.priorities.length + 1,
        score: null,
        reason: blank(),
      });
      break;
    case 'goals':
      next.goals.push({ id, priorityId: null, text: blank() });
      break;
    case 'kpis':
      next.kpis.push({
        id,
        goalId: null,
        name: blank(),
        source: 'manual',
        measure: null,
        unit: 'count',
        baseline: null,
        baselineYear: null,
        target: 0,
        quarterTargets: [0, 0, 0, 0],
      });
      break;
    case 'activities':
      next.activities.push({
        id,
        priorityId: null,
        templateCode: null,
        title: blank(),
        quarters: [1, 2, 3, 4],
        expectedParticipants: null,
        kpiIds: [],
      });
      break;
    case 'budget':
      next.budget.push({
        id,
        activityId: null,
        item: blank(),
        amount: 0,
        source: 'local_budget' as FundingSource,
      });
      break;
  }
  return next;
}

/**
 * The plan without one item, with every reference to it cleared, so the rest stays consistent:
 * goals and activities lose a removed priority, KPIs a goal, activities a KPI, budget lines an activity.
 */
export function removeItem(content: PlanContent, section: PlanSection, id: string): PlanContent {
  const next = structuredClone(content);
  switch (section) {
    case 'priorities':
      next.priorities = next.priorities.filter((p) => p.id !== id).map((p, i) => ({ ...p, rank: i + 1 }));
      for (const g of next.goals) if (g.priorityId === id) g.priorityId = null;
      for (const a of next.activities) if (a.priorityId === id) a.priorityId = null;
      break;
    case 'goals':
      next.goals = next.goals.filter((g) => g.id !== id);
      for (const k of next.kpis) if (k.goalId === id) k.goalId = null;
      break;
    case 'kpis':
      next.kpis = next.kpis.filter((k) => k.id !== id);
      for (const a of next.activities) a.kpiIds = a.kpiIds.filter((k) => k !== id);
      break;
    case 'activities':
      next.activities = next.activities.filter((a) => a.id !== id);
      for (const b of next.budget) if (b.activityId === id) b.activityId = null;
      break;
    case 'budget':
      next.budget = next.budget.filter((b) => b.id !== id);
      break;
  }
  return next;
}

/** Budget totals per funding source, in the order of the sources given, with the grand total. */
export function budgetTotals(content: PlanContent, sources: readonly FundingSource[]) {
  const bySource = sources
    .map((source) => ({
      source,
      amount: content.budget.filter((b) => b.source === source).reduce((s, b) => s + b.amount, 0),
    }))
    .filter((x) => x.amount > 0);
  return { bySource, total: content.budget.reduce((s, b) => s + b.amount, 0) };
}

/**
 * Field errors of a save keyed by their path inside the content (`kpis.2.target`): schema errors
 * come as `content.kpis.2.target`, integrity errors without the prefix.
 */
export function errorsByPath(
  errors: { field: string; message?: string; code: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const path = e.field.startsWith('content.') ? e.field.slice('content.'.length) : e.field;
    out[path] ??= e.message ?? e.code;
  }
  return out;
}
