import { describe, expect, it } from 'vitest';
import { ageOn, maskIin, youthWarnings } from './youth.rules';

describe('youth rules', () => {
  it('counts full years, a birthday counting from its own day', () => {
    expect(ageOn('2000-06-15', '2026-06-14')).toBe(25);
    expect(ageOn('2000-06-15', '2026-06-15')).toBe(26);
  });

  it('warns outside 14–35 and stays quiet on both limits', () => {
    expect(youthWarnings('2012-06-15', '2026-06-15')).toEqual([]);
    expect(youthWarnings('2012-06-16', '2026-06-15')).toEqual(['age_outside_14_35']);
    expect(youthWarnings('1990-06-16', '2026-06-15')).toEqual([]);
    expect(youthWarnings('1990-06-15', '2026-06-15')).toEqual(['age_outside_14_35']);
  });

  it('shows only the last three digits of an IIN', () => {
    expect(maskIin('000101500123')).toBe('•••••••••123');
  });
});
