import { describe, expect, it } from 'vitest';
import type { NeedsMethodology } from '../../../../shared/contracts/needs-methodology';
import { DEFAULT_NEEDS_METHODOLOGY } from './needs.defaults';
import { median, type NeedsInputs, scoreNeeds } from './needs.score';

const version = { year: 2026, revision: 1 };

const inputs = (over: Partial<NeedsInputs> = {}): NeedsInputs => ({
  centreId: 7,
  year: 2026,
  directions: ['employment', 'psychology', 'legal_aid'],
  neetShare: { value: 6.1, year: 2024, ageBand: '15-28' },
  survey: {
    year: 2026,
    place: 'district',
    answers: 40,
    districtAnswers: 40,
    regionAnswers: 120,
    shares: { employment: 0.3, psychology: 0.45, legal_aid: 0.1 },
  },
  journal: {
    year: 2025,
    residents: {
      value: 10000,
      place: 'district',
      year: 2024,
      ageBand: '14-35',
      centres: 4,
      regionValue: 50000,
    },
    servedByDirection: { employment: 20, psychology: 50 },
    medianPerThousand: { employment: 4, psychology: 4, legal_aid: 1 },
    servicesByDirection: { employment: 30, psychology: 60, legal_aid: 10 },
    servicesTotal: 100,
  },
  ...over,
});

const scoresOf = (p: ReturnType<typeof scoreNeeds>) => p.directions.map((d) => [d.direction, d.score]);

describe('scoreNeeds', () => {
  it('scores each direction as the sum of normalized × weight × 100 and ranks highest first', () => {
    const profile = scoreNeeds(inputs(), DEFAULT_NEEDS_METHODOLOGY, version);
    expect(profile.methodology).toEqual(version);
    expect(scoresOf(profile)).toEqual([
      ['employment', 52.22],
      ['psychology', 22.5],
      ['legal_aid', 20],
    ]);
    const employment = profile.directions[0];
    expect(employment.components.map((c) => c.key)).toEqual([
      'neet_gap',
      'survey_demand',
      'coverage_gap',
      'unmet_demand',
    ]);
    // NEET 6.1 % against the 3.5 % target: (6.1 − 3.5) / 3.5 = 0.7429 × 0.4 = 29.72 points.
    expect(employment.components[0]).toMatchObject({
      value: 6.1,
      benchmark: 3.5,
      normalized: 0.7429,
      weight: 0.4,
      contribution: 29.72,
      source: 'statistics',
      year: 2024,
      ageBand: '15-28',
      basis: { place: 'region', missing: null },
    });
    expect(employment.components[1]).toMatchObject({
      value: 0.3,
      benchmark: 0.5,
      normalized: 0.6,
      contribution: 15,
      source: 'survey',
      year: 2026,
      basis: { place: 'district', figures: { answers: 40, districtAnswers: 40, threshold: 30 } },
    });
    // 20 served of 10,000 young residents = 2 per 1,000 against the median 4: half the gap.
    expect(employment.components[2]).toMatchObject({
      value: 2,
      benchmark: 4,
      normalized: 0.5,
      contribution: 7.5,
      source: 'journal',
      year: 2025,
      ageBand: '14-35',
      basis: { place: 'district', figures: { served: 20, residents: 10000, residentsYear: 2024 } },
    });
    // Demand 0.3 and 30 % of the centre's services already there: nothing unmet.
    expect(employment.components[3]).toMatchObject({
      value: 0,
      normalized: 0,
      contribution: 0,
      basis: { figures: { demandShare: 0.3, serviceShare: 0.3 } },
    });
    const psychology = profile.directions[1];
    expect(psychology.components.map((c) => c.key)).not.toContain('neet_gap');
    expect(psychology.components.find((c) => c.key === 'unmet_demand')?.value).toBe(-0.15);
    for (const d of profile.directions) {
      expect(d.score).toBeCloseTo(
        d.components.reduce((s, c) => s + c.contribution, 0),
        6,
      );
    }
  });

  it('puts the NEET-related directions first in a region with a high NEET share', () => {
    const even = inputs({
      directions: ['psychology', 'employment', 'legal_aid', 'outreach', 'leisure'],
      neetShare: { value: 10.4, year: 2025, ageBand: 'not stated' },
      survey: {
        year: 2026,
        place: 'region',
        answers: 200,
        districtAnswers: 5,
        regionAnswers: 200,
        shares: { psychology: 0.3, employment: 0.3, legal_aid: 0.3, outreach: 0.3, leisure: 0.3 },
      },
    });
    const ranked = scoreNeeds(even, DEFAULT_NEEDS_METHODOLOGY, version).directions.map((d) => d.direction);
    expect(ranked.slice(0, 2).sort()).toEqual(['employment', 'outreach']);
    const low = scoreNeeds(
      { ...even, neetShare: { value: 3.1, year: 2025, ageBand: '14-34' } },
      DEFAULT_NEEDS_METHODOLOGY,
      version,
    );
    expect(low.directions.find((d) => d.direction === 'outreach')?.components[0]).toMatchObject({
      key: 'neet_gap',
      value: 3.1,
      normalized: 0,
      contribution: 0,
    });
  });

  it('counts a missing input as 0 and says why', () => {
    const profile = scoreNeeds(
      inputs({
        neetShare: null,
        survey: { year: 2026, place: null, answers: 12, districtAnswers: 3, regionAnswers: 12, shares: {} },
        journal: { ...inputs().journal, residents: null },
      }),
      DEFAULT_NEEDS_METHODOLOGY,
      version,
    );
    const employment = profile.directions.find((d) => d.direction === 'employment')!;
    expect(employment.score).toBe(0);
    expect(employment.components.map((c) => [c.key, c.value, c.basis?.missing])).toEqual([
      ['neet_gap', null, 'no_statistics'],
      ['survey_demand', null, 'too_few_answers'],
      ['coverage_gap', null, 'no_population'],
      ['unmet_demand', null, 'too_few_answers'],
    ]);
  });

  it('takes weights from the methodology as shares of their sum', () => {
    const m: NeedsMethodology = {
      ...DEFAULT_NEEDS_METHODOLOGY,
      weights: { neet_gap: 2, survey_demand: 1, coverage_gap: 1, unmet_demand: 0 },
    };
    const employment = scoreNeeds(inputs(), m, version).directions[0];
    expect(employment.components.map((c) => c.weight)).toEqual([0.5, 0.25, 0.25, 0]);
    // 0.7429 × 50 + 0.6 × 25 + 0.5 × 25 = 37.15 + 15 + 12.5
    expect(employment.score).toBe(64.65);
  });

  it('gives the same profile for the same inputs whatever their order, ties by direction code', () => {
    const tied = inputs({
      directions: ['legal_aid', 'psychology'],
      survey: { ...inputs().survey, shares: { legal_aid: 0.2, psychology: 0.2 } },
      journal: {
        ...inputs().journal,
        servedByDirection: {},
        servicesByDirection: {},
        servicesTotal: 0,
        medianPerThousand: { legal_aid: 3, psychology: 3 },
      },
    });
    const a = scoreNeeds(tied, DEFAULT_NEEDS_METHODOLOGY, version);
    const b = scoreNeeds(
      { ...tied, directions: ['psychology', 'legal_aid'] },
      DEFAULT_NEEDS_METHODOLOGY,
      version,
    );
    expect(a).toEqual(b);
    expect(scoresOf(a)).toEqual([
      ['legal_aid', 38.33],
      ['psychology', 38.33],
    ]);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});
