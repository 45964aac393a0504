import type { Locale } from '../../../../shared/constants/roles';
import type { PlanContent } from '../../../../shared/contracts/plan-content';
import type { PlanDocumentInput } from './plan-document';

const text = (kk: string, ru: string, en: string) => ({ kk, ru, en });

/** A small plan with every part filled; one goal is written in Russian only, to show the fallback. */
export const SAMPLE_CONTENT: PlanContent = {
  priorities: [
    {
      id: 'p1',
      direction: 'employment',
      rank: 1,
      score: 78.4,
      reason: text(
        'NEET жастардың үлесі 9,8% — ұлттық мақсаттан (3,5%) едәуір жоғары; әлеуметтік қолдау қажет',
        'Доля NEET 9,8% — значительно выше национальной цели (3,5%); нужна социальная поддержка',
        'NEET share 9.8% is well above the national target (3.5%); social support is needed',
      ),
    },
    {
      id: 'p2',
      direction: 'psychology',
      rank: 2,
      score: 55,
      reason: text(
        'Сауалнамада жастардың 31%-ы психологиялық көмек сұрады',
        'В опросе 31% молодёжи просили психологическую помощь',
        '31% of surveyed young people asked for psychological help',
      ),
    },
  ],
  goals: [
    {
      id: 'g1',
      priorityId: 'p1',
      text: text(
        'Жұмыссыз жастардың үлесін төмендету',
        'Снизить долю безработной молодёжи',
        'Reduce youth unemployment',
      ),
    },
    { id: 'g2', priorityId: 'p2', text: text('', 'Расширить доступ к консультациям психолога', '') },
  ],
  kpis: [
    {
      id: 'k1',
      goalId: 'g1',
      name: text('Қамтылған NEET жастар', 'Охвачено молодёжи NEET', 'NEET youth reached'),
      source: 'journal',
      measure: { indicatorCode: 'neet_reached', direction: null },
      unit: 'people',
      baseline: 980,
      baselineYear: 2025,
      target: 1250,
      quarterTargets: [310, 640, 950, 1250],
    },
    {
      id: 'k2',
      goalId: 'g2',
      name: text('Психолог кеңестері', 'Консультации психолога', 'Psychologist consultations'),
      source: 'manual',
      measure: null,
      unit: 'count',
      baseline: null,
      baselineYear: null,
      target: 400,
      quarterTargets: [100, 200, 300, 400],
    },
  ],
  activities: [
    {
      id: 'a1',
      priorityId: 'p1',
      templateCode: 'job_fair',
      title: text(
        'Қаһарман жастарға арналған бос жұмыс орындары жәрмеңкесі',
        'Ярмарка вакансий для молодёжи',
        'Youth job fair',
      ),
      quarters: [2, 4],
      expectedParticipants: 600,
      kpiIds: ['k1'],
    },
  ],
  budget: [
    {
      id: 'b1',
      activityId: 'a1',
      item: text('Жәрмеңке алаңын жалға алу', 'Аренда площадки ярмарки', 'Fair venue rent'),
      amount: 1_250_000,
      source: 'local_budget',
    },
    {
      id: 'b2',
      activityId: null,
      item: text('Үлестірме материалдар', 'Раздаточные материалы', 'Handouts'),
      amount: 340_500,
      source: 'sponsor',
    },
    {
      id: 'b3',
      activityId: 'a1',
      item: text(
        'Ұйымдастыру және көлік шығыстары',
        'Организационные и транспортные расходы',
        'Organisation and transport',
      ),
      amount: 200_000,
      source: 'local_budget',
    },
  ],
};

/** A fixed document input in `language` for tests and the sample render. */
export function samplePlanDocumentInput(language: Locale): PlanDocumentInput {
  const kk = language === 'kk';
  return {
    language,
    centre: {
      code: 'YRC-35-001',
      name: kk
        ? 'Қарағанды облыстық жастар ресурстық орталығы'
        : 'Карагандинский областной молодёжный ресурсный центр',
      kind: 'regional',
      regionName: kk ? 'Қарағанды облысы' : 'Карагандинская область',
      districtName: null,
      address: kk ? 'Қарағанды қ., Бұқар жырау даңғылы, 47' : 'г. Караганда, проспект Бухар жырау, 47',
      phone: '+7 7212 41 00 00',
      email: 'yrc35@example.kz',
      director: 'Әсел Нұрланқызы Сейітова',
    },
    year: 2026,
    version: 2,
    status: 'approved',
    content: SAMPLE_CONTENT,
    directionNames: kk
      ? { employment: 'Жұмыспен қамту', psychology: 'Психологиялық көмек' }
      : { employment: 'Трудоустройство', psychology: 'Психологическая помощь' },
    trail: [
      {
        at: '2026-01-20T04:15:00.000Z',
        actorName: 'Әсел Сейітова',
        actorRole: 'center_manager',
        action: 'submit',
        comment: null,
      },
      {
        at: '2026-01-27T09:40:00.000Z',
        actorName: 'Ғалым Өмірзақов',
        actorRole: 'regional',
        action: 'return',
        comment: kk ? 'Бюджетті нақтылаңыз' : 'Уточните бюджет',
      },
      {
        at: '2026-02-10T06:00:00.000Z',
        actorName: 'Дана Үсенова',
        actorRole: 'national',
        action: 'approve',
        comment: null,
      },
    ],
    generatedAt: '2026-03-02T07:30:00.000Z',
  };
}
