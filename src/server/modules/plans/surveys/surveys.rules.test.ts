import { describe, expect, it } from 'vitest';
import { SURVEY_AGE_BANDS } from '../../../../shared/contracts/surveys';
import { normaliseAgeBand, splitList, surveyStatus, unofferedPositions } from './surveys.rules';

describe('survey rules', () => {
  it('takes answers from the opening day to the closing day inclusive', () => {
    expect(surveyStatus('2026-03-01', '2026-03-31', '2026-02-28')).toBe('upcoming');
    expect(surveyStatus('2026-03-01', '2026-03-31', '2026-03-01')).toBe('open');
    expect(surveyStatus('2026-03-01', '2026-03-31', '2026-03-31')).toBe('open');
    expect(surveyStatus('2026-03-01', '2026-03-31', '2026-04-01')).toBe('closed');
  });

  it('points at the directions a survey does not offer', () => {
    expect(
      unofferedPositions(['employment', 'events', 'psychology', 'x'], ['employment', 'psychology']),
    ).toEqual([1, 3]);
  });

  it('reads list cells and age bands as people write them', () => {
    expect(splitList('employment; Психологиялық қолдау,\nlegal_aid ')).toEqual([
      'employment',
      'Психологиялық қолдау',
      'legal_aid',
    ]);
    expect(normaliseAgeBand('18–22 лет', SURVEY_AGE_BANDS)).toBe('18-22');
    expect(normaliseAgeBand('14 - 17', SURVEY_AGE_BANDS)).toBe('14-17');
    expect(normaliseAgeBand('14-35', SURVEY_AGE_BANDS)).toBeNull();
    expect(normaliseAgeBand('teen', SURVEY_AGE_BANDS)).toBeNull();
  });
});
