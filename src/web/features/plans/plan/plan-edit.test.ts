import { describe, expect, it } from 'vitest';
import type { PlanContent } from '../../../../shared/contracts/plan-content';
import { addItem, budgetTotals, errorsByPath, nextItemId, removeItem } from './plan-edit';

const t = (en: string) => ({ kk: '', ru: '', en });
const plan = (): PlanContent => ({
  priorities: [
    { id: 'p1', direction: 'employment', rank: 1, score: 60, reason: t('r') },
    { id: 'p2', direction: 'outreach', rank: 2, score: 40, reason: t('r') },
  ],
  goals: [{ id: 'g1', priorityId: 'p1', text: t('g') }],
  kpis: [
    {
      id: 'k1',
      goalId: 'g1',
      name: t('k'),
      source: 'journal',
      measure: { indicatorCode: 'served_youth', direction: 'employment' },
      unit: 'people',
      baseline: 10,
      baselineYear: 2025,
      target: 20,
      quarterTargets: [5, 10, 15, 20],
    },
  ],
  activities: [
    {
      id: 'a1',
      priorityId: 'p1',
      templateCode: null,
      title: t('a'),
      quarters: [2],
      expectedParticipants: 5,
      kpiIds: ['k1'],
    },
  ],
  budget: [
    { id: 'b1', activityId: 'a1', item: t('b'), amount: 100, source: 'grant' },
    { id: 'b4', activityId: null, item: t('b'), amount: 50, source: 'local_budget' },
    { id: 'b5', activityId: null, item: t('b'), amount: 25, source: 'grant' },
  ],
});

describe('plan editing helpers', () => {
  it('numbers a new item after the highest of its kind', () => {
    expect(nextItemId(plan(), 'budget')).toBe('b6');
    expect(addItem(plan(), 'kpis').kpis[1]).toMatchObject({
      id: 'k2',
      source: 'manual',
      quarterTargets: [0, 0, 0, 0],
    });
  });

  it('clears references to a removed item and re-ranks priorities', () => {
    const noP1 = removeItem(plan(), 'priorities', 'p1');
    expect(noP1.priorities).toEqual([expect.objectContaining({ id: 'p2', rank: 1 })]);
    expect(noP1.goals[0].priorityId).toBeNull();
    expect(noP1.activities[0].priorityId).toBeNull();
    expect(removeItem(plan(), 'kpis', 'k1').activities[0].kpiIds).toEqual([]);
    expect(removeItem(plan(), 'activities', 'a1').budget[0].activityId).toBeNull();
  });

  it('totals the budget per funding source', () => {
    expect(budgetTotals(plan(), ['local_budget', 'grant', 'sponsor'])).toEqual({
      bySource: [
        { source: 'local_budget', amount: 50 },
        { source: 'grant', amount: 125 },
      ],
      total: 175,
    });
  });

  it('keys save errors by their path inside the content', () => {
    expect(
      errorsByPath([
        { field: 'content.kpis.0.target', code: 'too_small', message: 'Too small' },
        { field: 'kpis.0.quarterTargets.1', code: 'quarter_decreasing', message: 'Lower' },
      ]),
    ).toEqual({ 'kpis.0.target': 'Too small', 'kpis.0.quarterTargets.1': 'Lower' });
  });
});
