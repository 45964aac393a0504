import { describe, expect, it } from 'vitest';
import type { EvaluationInputs, EvaluationWeightValues } from '../../../../shared/contracts/evaluation';
import { type CentreToRate, median, networkMedians, rateCentres, scoreCentre } from './evaluation.score';

const WEIGHTS: EvaluationWeightValues = {
  plan_fulfilment: 40,
  coverage: 20,
  neet_outcomes: 20,
  neet_reach: 15,
  service_intensity: 5,
};
const noPlanFigures: Omit<EvaluationInputs, 'regionYouth' | 'centresInRegion'> = {
  plan: null,
  served: 0,
  neetReached: 0,
  services: 0,
  casesConfirmed: 0,
  casesSettled: 0,
};
const centre = (id: number, code: string, regionCode: string, inputs: EvaluationInputs): CentreToRate => ({
  centre: { id, code, name: { kk: code, ru: code, en: code }, regionCode },
  inputs,
});
const plan = (kpis: number, met: number) => ({
  id: 1,
  approvedVersion: 1,
  kpis,
  met,
  share: kpis ? met / kpis : null,
  asOf: '2025-12-31',
});

// Region 35: 100,000 young residents over three centres; region 75: 60,000 over one; region 11 unknown.
const A = centre(1, 'YRC-35-001', '35', {
  plan: plan(4, 3),
  served: 500,
  neetReached: 100,
  services: 1500,
  casesConfirmed: 3,
  casesSettled: 4,
  regionYouth: 100_000,
  centresInRegion: 3,
});
const twin = (id: number, code: string) =>
  centre(id, code, '35', {
    ...noPlanFigures,
    served: 250,
    neetReached: 50,
    services: 500,
    regionYouth: 100_000,
    centresInRegion: 3,
  });
const B = twin(2, 'YRC-35-002');
const E = twin(5, 'YRC-35-003');
const C = centre(3, 'YRC-75-001', '75', {
  plan: plan(2, 1),
  served: 600,
  neetReached: 60,
  services: 1200,
  casesConfirmed: 1,
  casesSettled: 2,
  regionYouth: 60_000,
  centresInRegion: 1,
});
const D = centre(4, 'YRC-11-001', '11', { ...noPlanFigures, regionYouth: null, centresInRegion: 1 });

describe('median', () => {
  it('takes the middle value, or the mean of the middle two, and nothing of no values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10, 7.5, 15, 7.5])).toBe(8.75);
    expect(median([])).toBeNull();
  });
});

describe('rateCentres', () => {
  const { method, rows } = rateCentres([D, E, C, B, A], WEIGHTS, { year: 2025, revision: 2 });
  const row = (c: CentreToRate) => rows.find((r) => r.centre.id === c.centre.id)!;
  const contributions = (c: CentreToRate) => row(c).components.map((x) => x.contribution);

  it('compares coverage and intensity with the national medians of the centres where they are known', () => {
    // Coverage per 1,000: A 15, B 7.5, E 7.5, C 10 (D unknown); services per person: 3, 2, 2, 2.
    expect(method).toEqual({
      weights: WEIGHTS,
      weightsYear: 2025,
      weightsRevision: 2,
      medianCoverage: 8.75,
      medianIntensity: 2,
    });
  });

  it('scores a centre with a plan from every component, each shown with raw, normalized, weight and contribution', () => {
    expect(row(A).score).toBe(73);
    expect(row(A).components).toEqual([
      {
        key: 'plan_fulfilment',
        raw: 0.75,
        benchmark: null,
        normalized: 0.75,
        weight: 40,
        contribution: 30,
        zeroReason: null,
      },
      {
        key: 'coverage',
        raw: 15,
        benchmark: 8.75,
        normalized: 1,
        weight: 20,
        contribution: 20,
        zeroReason: null,
      },
      {
        key: 'neet_outcomes',
        raw: 0.75,
        benchmark: null,
        normalized: 0.75,
        weight: 20,
        contribution: 15,
        zeroReason: null,
      },
      {
        key: 'neet_reach',
        raw: 0.2,
        benchmark: null,
        normalized: 0.2,
        weight: 15,
        contribution: 3,
        zeroReason: null,
      },
      {
        key: 'service_intensity',
        raw: 3,
        benchmark: 2,
        normalized: 1,
        weight: 5,
        contribution: 5,
        zeroReason: null,
      },
    ]);
    expect(row(C).score).toBe(56.5);
    expect(contributions(C)).toEqual([20, 20, 10, 1.5, 5]);
  });

  it('gives a centre without an approved plan 0 for fulfilment and says why', () => {
    expect(row(B).score).toBe(25.14);
    expect(row(B).components[0]).toEqual({
      key: 'plan_fulfilment',
      raw: null,
      benchmark: null,
      normalized: 0,
      weight: 40,
      contribution: 0,
      zeroReason: 'no_approved_plan',
    });
    expect(row(B).components[1]).toMatchObject({
      raw: 7.5,
      benchmark: 8.75,
      normalized: 0.8571,
      contribution: 17.14,
    });
    expect(row(B).components[2]).toMatchObject({ contribution: 0, zeroReason: 'no_settled_cases' });
  });

  it('gives a centre with nothing to count 0 with a reason on every component', () => {
    expect(row(D).score).toBe(0);
    expect(row(D).components.map((c) => c.zeroReason)).toEqual([
      'no_approved_plan',
      'no_population',
      'no_settled_cases',
      'no_served',
      'no_served',
    ]);
  });

  it('ranks nationally and within the region with shared ranks for equal scores, ties in code order', () => {
    expect(rows.map((r) => [r.centre.code, r.rank, r.regionRank])).toEqual([
      ['YRC-35-001', 1, 1],
      ['YRC-75-001', 2, 1],
      ['YRC-35-002', 3, 2],
      ['YRC-35-003', 3, 2],
      ['YRC-11-001', 5, 1],
    ]);
  });

  it('answers the same rating for the same centres in any order', () => {
    expect(rateCentres([A, B, C, D, E], WEIGHTS, { year: 2025, revision: 2 }).rows).toEqual(rows);
  });

  it('follows the weights: all weight on plan fulfilment ranks by the share of KPIs met', () => {
    const onlyPlan = {
      ...WEIGHTS,
      plan_fulfilment: 100,
      coverage: 0,
      neet_outcomes: 0,
      neet_reach: 0,
      service_intensity: 0,
    };
    const rated = rateCentres([A, B, C, D, E], onlyPlan, { year: null, revision: 0 }).rows;
    expect(rated.map((r) => [r.centre.code, r.score, r.rank])).toEqual([
      ['YRC-35-001', 75, 1],
      ['YRC-75-001', 50, 2],
      ['YRC-11-001', 0, 3],
      ['YRC-35-002', 0, 3],
      ['YRC-35-003', 0, 3],
    ]);
  });
});

describe('scoreCentre', () => {
  it('counts an approved plan without KPIs as 0 with its own reason', () => {
    const inputs = { ...A.inputs, plan: plan(0, 0) };
    const { components } = scoreCentre(inputs, { weights: WEIGHTS, ...networkMedians([A.inputs]) });
    expect(components[0]).toMatchObject({ raw: null, normalized: 0, contribution: 0, zeroReason: 'no_kpis' });
  });

  it('takes the medians over centres that served anyone, and counts coverage 0 without a median', () => {
    const idle = { ...B.inputs, served: 0, neetReached: 0, services: 3 };
    expect(networkMedians([idle, idle, A.inputs])).toEqual({ medianCoverage: 15, medianIntensity: 3 });
    const { components, score } = scoreCentre(idle, { weights: WEIGHTS, ...networkMedians([idle]) });
    expect(components[1]).toMatchObject({
      raw: 0,
      benchmark: null,
      normalized: 0,
      zeroReason: 'no_benchmark',
    });
    expect(score).toBe(0);
  });
});
