import { describe, expect, it } from 'vitest';
import type { NeedsComponent } from '../../../../shared/contracts/needs';
import { ageBandLine, explainComponent } from './needs-explain';

const neet: NeedsComponent = {
  key: 'neet_gap',
  value: 6.1,
  benchmark: 3.5,
  normalized: 0.7429,
  weight: 0.4,
  contribution: 29.72,
  source: 'statistics',
  year: 2024,
  ageBand: '15-28',
  basis: { place: 'region', figures: { excessCap: 1 }, missing: null },
};

describe('explainComponent', () => {
  it('words the NEET gap with its figure, year, band, target and points', () => {
    expect(explainComponent(neet, 'en')).toEqual({
      input: {
        key: 'explain.neet_gap.value',
        params: { year: '2024', band: '15-28', value: '6.1', target: '3.5' },
      },
      formula: { key: 'formula', params: { normalized: '0.74', weight: '0.4', points: '29.7' } },
    });
    expect(explainComponent(neet, 'ru').formula.params.points).toBe('29,7');
    expect(ageBandLine('15-28')).toEqual({ key: 'band.ages', params: { band: '15–28' } });
    expect(ageBandLine('not stated').key).toBe('band.notStated');
  });

  it('says which place the survey answers came from and why', () => {
    const survey: NeedsComponent = {
      ...neet,
      key: 'survey_demand',
      value: 0.42,
      benchmark: 0.5,
      source: 'survey',
      year: 2026,
      ageBand: null,
      basis: {
        place: 'region',
        figures: { answers: 120, regionAnswers: 120, districtAnswers: 12, threshold: 30 },
        missing: null,
      },
    };
    expect(explainComponent(survey, 'en').input).toMatchObject({
      key: 'explain.survey.region',
      params: { share: '42', answers: '120', districtAnswers: '12', threshold: '30', cap: '50' },
    });
    const none = {
      ...survey,
      value: null,
      basis: { ...survey.basis!, place: null, missing: 'too_few_answers' as const },
    };
    expect(explainComponent(none, 'en').input.key).toBe('explain.survey.missing');
  });

  it('names the centre’s share of the region when the district population is unknown', () => {
    const coverage: NeedsComponent = {
      ...neet,
      key: 'coverage_gap',
      value: 0.25,
      benchmark: 1.5,
      source: 'journal',
      year: 2025,
      ageBand: '14-34',
      basis: {
        place: 'region_share',
        figures: { served: 10, residents: 40006, residentsYear: 2025, centres: 6, regionResidents: 240031 },
        missing: null,
      },
    };
    expect(explainComponent(coverage, 'en').input).toMatchObject({
      key: 'explain.coverage.regionShare',
      params: {
        served: '10',
        residents: '40,006',
        regionResidents: '240,031',
        centres: '6',
        value: '0.25',
        median: '1.5',
      },
    });
  });
});
