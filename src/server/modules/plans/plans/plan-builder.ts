import type { NeedsDirectionScore, NeedsProfile } from '../../../../shared/contracts/needs';
import type {
  FundingSource,
  PlanActivity,
  PlanBudgetLine,
  PlanContent,
  PlanGoal,
  PlanKpi,
  PlanPriority,
  PlanText,
} from '../../../../shared/contracts/plan-content';
import type { JournalMeasure } from '../../../../shared/contracts/plans';
import { priorityReason } from './plan-reasons';

/*
 * The plan builder: a pure function from a centre's needs profile, last year's journal actuals, its
 * staff and the activity library to a draft plan. No clock, no randomness, everything sorted, so
 * the same inputs give a byte-identical draft.
 */

/** How many priority directions a draft proposes at most, and at least when there are enough. */
export const MAX_PRIORITIES = 4;
export const MIN_PRIORITIES = 3;
/** Activities proposed per priority, at most (the manager adds more from the library). */
export const MAX_ACTIVITIES_PER_PRIORITY = 3;

/**
 * Growth over last year at the highest need: a direction scored 100 aims at baseline × 1.5, one
 * scored 40 at baseline × 1.2. Need raises ambition; capacity (below) bounds it.
 */
export const MAX_GROWTH = 0.5;
/** A direction with nothing recorded last year aims at this share of its capacity × score/100. */
export const FIRST_YEAR_CAPACITY_SHARE = 0.5;
/**
 * The least need a first-year target assumes: a priority whose inputs are missing (no statistics,
 * too few survey answers) still plans real work, a fifth of the first-year share of its capacity.
 */
export const FIRST_YEAR_MIN_NEED = 0.2;

/**
 * What one staff member can carry in a year, by journal measure: the capacity bound of targets.
 * About 240 working days: some 600 services (2–3 a day), 250 distinct young people, of whom 60 NEET
 * young people reached, and 12 NEET cases followed to a confirmed outcome. A priority's bound is its
 * share of the centre's staff (by score) times these.
 */
export const CAPACITY_PER_STAFF: Record<JournalMeasure, number> = {
  services_total: 600,
  served_youth: 250,
  neet_reached: 60,
  neet_cases_confirmed: 12,
};

/**
 * Cumulative share of a yearly target reached by the end of each quarter: a slow first quarter, a
 * strong spring (school leavers, graduates), a summer dip, a strong autumn.
 */
export const SEASONAL_CUMULATIVE = [0.2, 0.5, 0.7, 1] as const;

/** Directions whose work is with NEET young people: the NEET KPIs go to the first such priority. */
export const NEET_COMPONENT = 'neet_gap';

/** Last year's journal actuals of the centre, by measure, overall and per direction. */
export interface PlanBaselines {
  year: number;
  /** Centre-wide figures (NEET cases confirmed has no direction). */
  total: Record<JournalMeasure, number>;
  /** Per direction code; a direction absent here had nothing recorded. */
  byDirection: Record<string, Partial<Record<JournalMeasure, number>>>;
}

/** An activity template of the methodological library, as the builder reads it. */
export interface BuilderTemplate {
  code: string;
  name: PlanText;
  directions: string[];
  quarters: number[];
  participantsPerStaff: number;
  defaultCost: number;
  fundingSource: FundingSource;
  kpiIndicator: JournalMeasure | null;
  isActive: boolean;
}

/** Everything the builder reads. */
export interface PlanBuilderInputs {
  year: number;
  profile: NeedsProfile;
  baselines: PlanBaselines;
  /** Active staff of the centre. */
  staffCount: number;
  templates: BuilderTemplate[];
  /** Names of the service catalogue's directions, by code. */
  directionNames: Record<string, PlanText>;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Highest score first, ties by direction code: the profile's own order, re-established here. */
const ranked = (directions: NeedsDirectionScore[]) =>
  [...directions].sort((a, b) => b.score - a.score || byCode(a.direction, b.direction));

/**
 * The priority directions of a profile: the highest-scored with a positive score, up to
 * MAX_PRIORITIES, filled up to MIN_PRIORITIES with the next ones when fewer scored above zero.
 */
export function pickPriorities(profile: NeedsProfile): NeedsDirectionScore[] {
  const picked: NeedsDirectionScore[] = [];
  for (const d of ranked(profile.directions)) {
    if (picked.length >= MAX_PRIORITIES) break;
    if (d.score > 0 || picked.length < MIN_PRIORITIES) picked.push(d);
  }
  return picked;
}

/** A whole count rounded half up (deterministic, no banker's rounding surprises). */
const whole = (x: number) => Math.floor(x + 0.5);

/** Cumulative quarter targets for a yearly target: non-decreasing, the fourth equal to it. */
export function quarterTargets(target: number): [number, number, number, number] {
  const q = SEASONAL_CUMULATIVE.map((share) => Math.min(target, whole(target * share)));
  return [q[0], q[1], q[2], target];
}

/**
 * A yearly target: last year's actual grown by need, never above the capacity bound; with no
 * actual, a first-year share of capacity scaled by need (at least FIRST_YEAR_MIN_NEED).
 */
export function proposeTarget(baseline: number, score: number, capacity: number): number {
  const need = Math.max(0, Math.min(100, score)) / 100;
  const wanted =
    baseline > 0
      ? Math.ceil(baseline * (1 + MAX_GROWTH * need))
      : whole(capacity * FIRST_YEAR_CAPACITY_SHARE * Math.max(FIRST_YEAR_MIN_NEED, need));
  return Math.max(0, Math.min(capacity, wanted));
}

const MEASURE_NAMES: Record<JournalMeasure, PlanText> = {
  served_youth: {
    kk: 'Қызмет алған жастар',
    ru: 'Получившие услуги молодые люди',
    en: 'Young people served',
  },
  neet_reached: {
    kk: 'Қамтылған NEET жастары',
    ru: 'Охваченная молодёжь NEET',
    en: 'NEET young people reached',
  },
  services_total: { kk: 'Көрсетілген қызметтер', ru: 'Оказанные услуги', en: 'Services provided' },
  neet_cases_confirmed: {
    kk: 'Нәтижесі расталған NEET кейстері',
    ru: 'Кейсы NEET с подтверждённым результатом',
    en: 'NEET cases with a confirmed outcome',
  },
};
const MEASURE_UNITS: Record<JournalMeasure, string> = {
  served_youth: 'people',
  neet_reached: 'people',
  services_total: 'count',
  neet_cases_confirmed: 'count',
};

const named = (measure: JournalMeasure, direction: PlanText | null): PlanText =>
  direction === null
    ? MEASURE_NAMES[measure]
    : {
        kk: `${MEASURE_NAMES[measure].kk}: ${direction.kk}`,
        ru: `${MEASURE_NAMES[measure].ru}: ${direction.ru}`,
        en: `${MEASURE_NAMES[measure].en}: ${direction.en}`,
      };

const goalText = (direction: PlanText, served: number, target: number, year: number): PlanText => ({
  kk: `«${direction.kk}» бағыты бойынша жұмысты күшейту: ${year} жылы ${target} жасқа қызмет көрсету (өткен жылы ${served}).`,
  ru: `Усилить направление «${direction.ru}»: в ${year} году оказать услуги ${target} молодым людям (в прошлом году ${served}).`,
  en: `Strengthen ${direction.en}: serve ${target} young people in ${year} (${served} last year).`,
});

const fallbackName = (code: string): PlanText => ({ kk: code, ru: code, en: code });

/**
 * Builds a centre's draft plan for a year. Priorities are the highest needs with their reasons in
 * numbers; each has one goal and KPIs on journal measures in its direction (the first priority
 * whose score has a NEET component also gets the NEET KPIs), with last year's actuals as baselines
 * and targets grown by need and bounded by the priority's share of staff capacity; activities come
 * from the active templates of the priority's direction, with a budget line each.
 */
export function buildPlanDraft(inputs: PlanBuilderInputs): PlanContent {
  const picked = pickPriorities(inputs.profile);
  // Capacity is split by score; a centre with no staff on record still plans for one person's work.
  const staff = Math.max(1, inputs.staffCount);
  const scoreSum = picked.reduce((s, d) => s + Math.max(0, d.score), 0);
  const staffShare = (d: NeedsDirectionScore) =>
    scoreSum > 0 ? (staff * Math.max(0, d.score)) / scoreSum : staff / picked.length;
  const neetPriority = picked.find((d) =>
    d.components.some((c) => c.key === NEET_COMPONENT && c.contribution > 0),
  )?.direction;

  const priorities: PlanPriority[] = [];
  const goals: PlanGoal[] = [];
  const kpis: PlanKpi[] = [];
  const activities: PlanActivity[] = [];
  const budget: PlanBudgetLine[] = [];
  const usedTemplates = new Set<string>();
  const templates = inputs.templates.filter((t) => t.isActive).sort((a, b) => byCode(a.code, b.code));

  picked.forEach((d, i) => {
    const directionName = inputs.directionNames[d.direction] ?? fallbackName(d.direction);
    const priorityId = `p${i + 1}`;
    const goalId = `g${i + 1}`;
    const share = staffShare(d);
    priorities.push({
      id: priorityId,
      direction: d.direction,
      rank: i + 1,
      score: d.score,
      reason: priorityReason(d),
    });

    const measures: { measure: JournalMeasure; direction: string | null }[] = [
      { measure: 'served_youth', direction: d.direction },
      { measure: 'services_total', direction: d.direction },
      ...(d.direction === neetPriority
        ? [
            { measure: 'neet_reached' as const, direction: d.direction },
            { measure: 'neet_cases_confirmed' as const, direction: null },
          ]
        : []),
    ];
    const priorityKpis = measures.map(({ measure, direction }) => {
      const baseline =
        direction === null
          ? inputs.baselines.total[measure]
          : (inputs.baselines.byDirection[direction]?.[measure] ?? 0);
      const capacity = Math.floor(share * CAPACITY_PER_STAFF[measure]);
      const target = proposeTarget(baseline, d.score, capacity);
      const kpi: PlanKpi = {
        id: `k${kpis.length + 1}`,
        goalId,
        name: named(measure, direction === null ? null : directionName),
        source: 'journal',
        measure: { indicatorCode: measure, direction },
        unit: MEASURE_UNITS[measure],
        baseline,
        baselineYear: inputs.baselines.year,
        target,
        quarterTargets: quarterTargets(target),
      };
      kpis.push(kpi);
      return kpi;
    });
    const served = priorityKpis[0];
    goals.push({
      id: goalId,
      priorityId,
      text: goalText(directionName, served.baseline ?? 0, served.target, inputs.year),
    });

    const fitting = templates
      .filter((t) => t.directions.includes(d.direction) && !usedTemplates.has(t.code))
      .slice(0, MAX_ACTIVITIES_PER_PRIORITY);
    for (const t of fitting) {
      usedTemplates.add(t.code);
      const activityId = `a${activities.length + 1}`;
      const fed = priorityKpis.filter((k) => k.measure?.indicatorCode === t.kpiIndicator);
      activities.push({
        id: activityId,
        priorityId,
        templateCode: t.code,
        title: t.name,
        quarters: [...new Set(t.quarters)].sort((a, b) => a - b),
        expectedParticipants: whole(t.participantsPerStaff * share),
        kpiIds: (fed.length > 0 ? fed : [served]).map((k) => k.id),
      });
      if (t.defaultCost > 0)
        budget.push({
          id: `b${budget.length + 1}`,
          activityId,
          item: t.name,
          amount: t.defaultCost,
          source: t.fundingSource,
        });
    }
  });
  return { priorities, goals, kpis, activities, budget };
}
