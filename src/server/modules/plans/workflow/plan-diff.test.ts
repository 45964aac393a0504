import { describe, expect, it } from 'vitest';
import { samplePlanContent } from './plan-content.sample';
import { planDiff } from './plan-diff';

describe('planDiff', () => {
  it('finds nothing between a version and its copy', () => {
    expect(planDiff(1, samplePlanContent(), 2, samplePlanContent())).toEqual({
      from: 1,
      to: 2,
      added: [],
      removed: [],
      changed: [],
    });
  });

  it('tells added, removed and changed items apart by id, texts per language, values before → after', () => {
    const before = samplePlanContent();
    const after = samplePlanContent();
    after.kpis[0].target = 180;
    after.kpis[0].quarterTargets = [45, 90, 135, 180];
    after.kpis[0].name.ru = 'Охвачено молодёжи NEET (всего)';
    after.kpis.splice(1, 1);
    after.budget.push({
      id: 'b2',
      activityId: null,
      item: { kk: 'Баспа', ru: 'Печать', en: '' },
      amount: 50000,
      source: 'sponsor',
    });

    const d = planDiff(1, before, 2, after);
    expect(d.changed).toEqual([
      {
        kind: 'kpis',
        id: 'k1',
        label: {
          kk: 'Қамтылған NEET жастар',
          ru: 'Охвачено молодёжи NEET (всего)',
          en: 'NEET youth reached',
        },
        fields: [
          { field: 'name.ru', before: 'Охвачено молодёжи NEET', after: 'Охвачено молодёжи NEET (всего)' },
          { field: 'target', before: 150, after: 180 },
          { field: 'quarterTargets', before: [40, 75, 110, 150], after: [45, 90, 135, 180] },
        ],
      },
    ]);
    expect(d.removed).toEqual([
      expect.objectContaining({
        kind: 'kpis',
        id: 'k2',
        label: expect.objectContaining({ en: 'Trainings held' }),
      }),
    ]);
    expect(d.removed[0].fields).toContainEqual({ field: 'target', before: 12, after: null });
    expect(d.added).toEqual([
      expect.objectContaining({ kind: 'budget', id: 'b2', label: { kk: 'Баспа', ru: 'Печать', en: '' } }),
    ]);
    expect(d.added[0].fields).toEqual([
      { field: 'activityId', before: null, after: null },
      { field: 'item.kk', before: null, after: 'Баспа' },
      { field: 'item.ru', before: null, after: 'Печать' },
      { field: 'item.en', before: null, after: '' },
      { field: 'amount', before: null, after: 50000 },
      { field: 'source', before: null, after: 'sponsor' },
    ]);
  });

  it('sees a moved item as a change of its rank, not as removed and added', () => {
    const before = samplePlanContent();
    const after = samplePlanContent();
    after.priorities[0].rank = 2;
    const d = planDiff(3, before, 4, after);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([
      expect.objectContaining({
        kind: 'priorities',
        id: 'p1',
        fields: [{ field: 'rank', before: 1, after: 2 }],
      }),
    ]);
  });
});
