import { describe, expect, it } from 'vitest';
import { ageOn, maskIin, parseYouthSearch, youthWarnings } from './youth.rules';

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

  it('reads a quick search as name words, phone digits and a dd.mm.yyyy birth date', () => {
    expect(parseYouthSearch('Сейіт 15.03.2004 +7 (701) 123-45-67')).toEqual({
      words: 'Сейіт',
      phoneDigits: ['77011234567'],
      birthDate: '2004-03-15',
    });
    expect(parseYouthSearch('4567 Дана 12')).toEqual({
      words: 'Дана',
      phoneDigits: ['4567'],
      birthDate: undefined,
    });
    expect(parseYouthSearch('31.02.2004').birthDate).toBe('invalid');
  });
});
