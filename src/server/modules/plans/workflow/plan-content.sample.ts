import type { PlanContent } from '../../../../shared/contracts/plan-content';

const text = (kk: string, ru: string, en: string) => ({ kk, ru, en });

/** A small valid plan document for workflow and diff tests (one item of each kind and a second KPI). */
export function samplePlanContent(): PlanContent {
  return {
    priorities: [
      {
        id: 'p1',
        direction: 'employment',
        rank: 1,
        score: 0.82,
        reason: text(
          'NEET үлесі 9,1% — ұлттық мақсаттан (3,5%) жоғары',
          'Доля NEET 9,1% — выше национальной цели (3,5%)',
          'NEET share 9.1% — above the national target (3.5%)',
        ),
      },
    ],
    goals: [
      {
        id: 'g1',
        priorityId: 'p1',
        text: text('NEET жастарды жұмысқа орналастыру', 'Трудоустройство молодёжи NEET', 'Employ NEET youth'),
      },
    ],
    kpis: [
      {
        id: 'k1',
        goalId: 'g1',
        name: text('Қамтылған NEET жастар', 'Охвачено молодёжи NEET', 'NEET youth reached'),
        source: 'journal',
        measure: { indicatorCode: 'neet_reached', direction: null },
        unit: 'people',
        baseline: 120,
        baselineYear: 2026,
        target: 150,
        quarterTargets: [40, 75, 110, 150],
      },
      {
        id: 'k2',
        goalId: 'g1',
        name: text('Тренингтер саны', 'Число тренингов', 'Trainings held'),
        source: 'manual',
        measure: null,
        unit: 'count',
        baseline: null,
        baselineYear: null,
        target: 12,
        quarterTargets: [3, 6, 9, 12],
      },
    ],
    activities: [
      {
        id: 'a1',
        priorityId: 'p1',
        templateCode: 'job_fair',
        title: text('Бос жұмыс орындары жәрмеңкесі', 'Ярмарка вакансий', 'Job fair'),
        quarters: [2, 4],
        expectedParticipants: 200,
        kpiIds: ['k1'],
      },
    ],
    budget: [
      {
        id: 'b1',
        activityId: 'a1',
        item: text('Зал жалдау', 'Аренда зала', 'Hall rent'),
        amount: 350000,
        source: 'local_budget',
      },
    ],
  };
}
