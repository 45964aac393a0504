import { describe, expect, it } from 'vitest';
import { planContentSchema } from '../../../../shared/contracts/plan-content';
import {
  buildPlanDraft,
  CAPACITY_PER_STAFF,
  FIRST_YEAR_CAPACITY_SHARE,
  FIRST_YEAR_MIN_NEED,
  MAX_GROWTH,
  proposeTarget,
  quarterTargets,
} from './plan-builder';
import { builderInputs } from './plan-builder.fixture';
import { planIntegrityErrors } from './plan-content.rules';

describe('buildPlanDraft', () => {
  it('gives the same draft, to the byte, for the same inputs, whatever order they come in', () => {
    const first = buildPlanDraft(builderInputs());
    const shuffled = builderInputs();
    shuffled.profile.directions.reverse();
    shuffled.templates.reverse();
    const second = buildPlanDraft(shuffled);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('is a valid plan document with consistent ids, references and quarters', () => {
    const draft = buildPlanDraft(builderInputs());
    expect(planContentSchema.safeParse(draft).success).toBe(true);
    expect(planIntegrityErrors(draft)).toEqual([]);
  });

  it('puts the NEET-heavy directions first in a high-NEET region and says why in numbers', () => {
    const draft = buildPlanDraft(builderInputs());
    expect(draft.priorities.map((p) => p.direction)).toEqual([
      'employment',
      'outreach',
      'psychology',
      'digital_literacy',
    ]);
    const [employment] = draft.priorities;
    expect(employment.reason.en).toBe(
      'Need score 57.2 of 100: NEET share 6.1 % against the national target 3.5 %; survey demand 42 %; ' +
        'coverage 38 per 1,000 young residents against the national median 55.',
    );
    expect(employment.reason.ru).toContain('доля молодёжи NEET 6,1 % при национальной цели 3,5 %');
    expect(employment.reason.kk).toContain('NEET жастарының үлесі 6,1 %, ұлттық мақсат 3,5 %');
    // The leisure direction scored nothing and is left out.
    expect(draft.priorities.some((p) => p.direction === 'leisure')).toBe(false);
  });

  it("takes last year's journal actuals as baselines and gives the NEET KPIs to the first NEET priority", () => {
    const draft = buildPlanDraft(builderInputs());
    const kpi = (indicator: string, direction: string | null) =>
      draft.kpis.find((k) => k.measure?.indicatorCode === indicator && k.measure.direction === direction);
    expect(kpi('served_youth', 'employment')).toMatchObject({ baseline: 210, baselineYear: 2025 });
    expect(kpi('services_total', 'psychology')).toMatchObject({ baseline: 400 });
    expect(kpi('neet_reached', 'employment')).toMatchObject({ baseline: 80 });
    expect(kpi('neet_cases_confirmed', null)).toMatchObject({ baseline: 9, goalId: 'g1' });
    expect(kpi('served_youth', 'digital_literacy')).toMatchObject({ baseline: 0 });
    expect(kpi('neet_reached', 'outreach')).toBeUndefined();
  });

  it('grows targets by need, in cumulative quarters ending at the yearly target', () => {
    const draft = buildPlanDraft(builderInputs());
    const served = draft.kpis.find(
      (k) => k.measure?.indicatorCode === 'served_youth' && k.measure.direction === 'employment',
    )!;
    // Score 57.2: 210 × (1 + 0.5 × 0.572) = 270.06 → 271, within the bound (6 staff × 57.2/129.8 of the summed scores × 250 = 661).
    expect(MAX_GROWTH).toBe(0.5);
    expect(served.target).toBe(271);
    expect(served.quarterTargets).toEqual([54, 136, 190, 271]);
    expect(quarterTargets(0)).toEqual([0, 0, 0, 0]);
    // No actual last year and no scored need (missing statistics): still a fifth of the first-year share.
    expect(proposeTarget(0, 0, 600)).toBe(Math.round(600 * FIRST_YEAR_CAPACITY_SHARE * FIRST_YEAR_MIN_NEED));
    expect(proposeTarget(0, 0, 600)).toBe(60);
  });

  it('bounds targets by the staff capacity', () => {
    const inputs = builderInputs();
    inputs.staffCount = 1;
    const draft = buildPlanDraft(inputs);
    const services = draft.kpis.find(
      (k) => k.measure?.indicatorCode === 'services_total' && k.measure.direction === 'employment',
    )!;
    // One person, 57.2/129.8 of their time on employment: floor(0.441 × 600) = 264 services, below the 520 of last year.
    expect(services.baseline).toBe(520);
    expect(services.target).toBe(Math.floor((57.2 / 129.8) * CAPACITY_PER_STAFF.services_total));
    expect(services.target).toBe(264);
    expect(services.quarterTargets[3]).toBe(264);
    // With six staff the same KPI is not capped and grows by need instead.
    const six = buildPlanDraft(builderInputs()).kpis.find((k) => k.id === services.id)!;
    expect(six.target).toBe(Math.ceil(520 * (1 + MAX_GROWTH * 0.572)));
  });

  it('proposes active templates of the priority directions, each once, with a budget line per paid one', () => {
    const draft = buildPlanDraft(builderInputs());
    expect(draft.activities.map((a) => [a.priorityId, a.templateCode])).toEqual([
      ['p1', 'cv_clinic'],
      ['p1', 'employer_mentoring'],
      ['p1', 'job_fair'],
      ['p2', 'neet_street_outreach'],
      ['p3', 'stress_groups'],
      ['p4', 'digital_basics'],
    ]);
    const mentoring = draft.activities[1];
    expect(mentoring.quarters).toEqual([1, 2, 3]);
    expect(mentoring.kpiIds).toEqual([
      draft.kpis.find((k) => k.measure?.indicatorCode === 'neet_reached')!.id,
    ]);
    // cv_clinic costs nothing, so five budget lines, with the templates' sources.
    expect(draft.budget.map((b) => [b.activityId, b.amount, b.source])).toEqual([
      ['a2', 150_000, 'sponsor'],
      ['a3', 400_000, 'local_budget'],
      ['a4', 150_000, 'local_budget'],
      ['a5', 150_000, 'state_social_order'],
      ['a6', 150_000, 'grant'],
    ]);
  });
});
