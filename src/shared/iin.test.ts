import { describe, expect, it } from 'vitest';
import { iinCheckDigit, iinMatches, validateIin } from './iin';

/**
 * Builds a real-format IIN from its parts with the correct check digit, trying serial numbers
 * until one does not fall on the "no valid check digit" case. Nobody's real IIN is hard-coded.
 */
function makeIin(yymmdd: string, centuryDigit: string, serial = 1): string {
  for (let s = serial; s < 10_000; s++) {
    const first11 = `${yymmdd}${centuryDigit}${String(s).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error('no serial gives a check digit');
}

/** The same IIN with its last digit changed, so the check digit is wrong. */
function withWrongCheckDigit(iin: string): string {
  return `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
}

const TODAY = new Date('2026-11-25T12:00:00Z');

describe('validateIin', () => {
  it('decodes birth date and gender from a valid IIN of each century', () => {
    expect(validateIin(makeIin('050315', '5'), TODAY)).toEqual({
      ok: true,
      birthDate: '2005-03-15',
      gender: 'male',
    });
    expect(validateIin(makeIin('990101', '4'), TODAY)).toEqual({
      ok: true,
      birthDate: '1999-01-01',
      gender: 'female',
    });
    expect(validateIin(makeIin('991231', '1'), TODAY)).toMatchObject({ ok: true, birthDate: '1899-12-31' });
    expect(validateIin(makeIin('080229', '6'), TODAY)).toEqual({
      ok: true,
      birthDate: '2008-02-29',
      gender: 'female',
    });
  });

  it('accepts the spaces people type between digit groups', () => {
    const iin = makeIin('030710', '5');
    const spaced = `${iin.slice(0, 6)} ${iin.slice(6)}`;
    expect(validateIin(spaced, TODAY)).toMatchObject({ ok: true, birthDate: '2003-07-10' });
  });

  it('uses the second weight pass when the first gives 10', () => {
    // Find a prefix whose first pass is 10 and check the result against the second weights by hand.
    let prefix = '';
    for (let s = 0; s < 10_000 && !prefix; s++) {
      const candidate = `0001015${String(s).padStart(4, '0')}`;
      const first = [...candidate].reduce((sum, d, i) => sum + Number(d) * (i + 1), 0) % 11;
      if (first === 10) prefix = candidate;
    }
    expect(prefix).toHaveLength(11);
    const second = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    const expected = [...prefix].reduce((sum, d, i) => sum + Number(d) * second[i], 0) % 11;
    expect(iinCheckDigit(prefix)).toBe(expected === 10 ? null : expected);
    if (expected !== 10) expect(validateIin(`${prefix}${expected}`, TODAY)).toMatchObject({ ok: true });
  });

  it('refuses a wrong format', () => {
    for (const bad of ['', '12345678901', '1234567890123', '05031550012a', '050315-50012']) {
      expect(validateIin(bad, TODAY)).toEqual({ ok: false, code: 'invalid_iin', reason: 'format' });
    }
  });

  it('refuses a wrong check digit', () => {
    const bad = withWrongCheckDigit(makeIin('050315', '5'));
    expect(validateIin(bad, TODAY)).toEqual({ ok: false, code: 'invalid_iin', reason: 'checksum' });
  });

  it('refuses an impossible birth date even with a correct check digit', () => {
    expect(validateIin(makeIin('310299', '3'), TODAY)).toMatchObject({ ok: false, reason: 'date' });
    expect(validateIin(makeIin('010229', '5'), TODAY)).toMatchObject({ ok: false, reason: 'date' }); // 2001 is no leap year
    expect(validateIin(makeIin('051301', '5'), TODAY)).toMatchObject({ ok: false, reason: 'date' });
    expect(validateIin(makeIin('050100', '5'), TODAY)).toMatchObject({ ok: false, reason: 'date' });
  });

  it('refuses a birth date in the future', () => {
    expect(validateIin(makeIin('261126', '5'), TODAY)).toMatchObject({ ok: false, reason: 'date' });
    expect(validateIin(makeIin('261125', '5'), TODAY)).toMatchObject({ ok: true, birthDate: '2026-11-25' });
  });

  it('refuses century digit 0 (foreign or unknown) and digits above 6', () => {
    for (const digit of ['0', '7', '9']) {
      expect(validateIin(makeIin('050315', digit), TODAY)).toEqual({
        ok: false,
        code: 'invalid_iin',
        reason: 'century',
      });
    }
  });
});

describe('iinMatches', () => {
  const iin = makeIin('040823', '6');

  it('agrees with the same birth date and gender', () => {
    expect(iinMatches(iin, { birthDate: '2004-08-23', gender: 'female' })).toEqual({ ok: true });
  });

  it('reports a different birth date as a mismatch', () => {
    expect(iinMatches(iin, { birthDate: '2004-08-24', gender: 'female' })).toEqual({
      ok: false,
      code: 'iin_mismatch',
    });
    // Same day and month a century earlier: the century digit matters.
    expect(iinMatches(iin, { birthDate: '1904-08-23', gender: 'female' })).toEqual({
      ok: false,
      code: 'iin_mismatch',
    });
  });

  it('reports a different gender as a mismatch', () => {
    expect(iinMatches(iin, { birthDate: '2004-08-23', gender: 'male' })).toEqual({
      ok: false,
      code: 'iin_mismatch',
    });
  });

  it('reports an invalid IIN as invalid, not as a mismatch', () => {
    expect(iinMatches(withWrongCheckDigit(iin), { birthDate: '2004-08-23', gender: 'female' })).toEqual({
      ok: false,
      code: 'invalid_iin',
    });
  });
});
