import type { FieldErrorCode } from './errors';

/**
 * Kazakhstan's individual identification number (ИИН / ЖСН): 12 digits, YYMMDD of birth, a
 * century-and-gender digit, four serial digits and a check digit. Shared so that forms validate
 * exactly as the server does.
 */

export type IinGender = 'male' | 'female';

/** Why an IIN was refused; the field error code is `invalid_iin` for all of them. */
export type IinFailure = 'format' | 'checksum' | 'century' | 'date';

export type IinResult =
  | { ok: true; birthDate: string; gender: IinGender }
  | { ok: false; code: FieldErrorCode; reason: IinFailure };

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** Digit 7 → century and gender; 0 (foreign citizens, unknown) is not accepted for young people here. */
const CENTURY_GENDER: Record<string, { century: number; gender: IinGender }> = {
  '1': { century: 1800, gender: 'male' },
  '2': { century: 1800, gender: 'female' },
  '3': { century: 1900, gender: 'male' },
  '4': { century: 1900, gender: 'female' },
  '5': { century: 2000, gender: 'male' },
  '6': { century: 2000, gender: 'female' },
};

/** Removes the spaces people type between digit groups. */
export function normalizeIin(value: string): string {
  return value.replace(/\s+/g, '');
}

/**
 * The check digit for the first 11 digits by the official algorithm (weights 1..11, sum mod 11;
 * on 10 a second pass with weights 3..11,1,2), or `null` when the second pass gives 10 too and no
 * valid IIN can start with these digits.
 */
export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const weighted = (weights: number[]) => digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11;
  const first = weighted(FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weighted(SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** Validates format, check digit, century digit and birth date (not in the future), and decodes them. */
export function validateIin(value: string, today: Date = new Date()): IinResult {
  const iin = normalizeIin(value);
  const fail = (reason: IinFailure): IinResult => ({ ok: false, code: 'invalid_iin', reason });
  if (!/^\d{12}$/.test(iin)) return fail('format');
  if (iinCheckDigit(iin.slice(0, 11)) !== Number(iin[11])) return fail('checksum');
  const centuryGender = CENTURY_GENDER[iin[6]];
  if (!centuryGender) return fail('century');
  const year = centuryGender.century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31.02 over into March; a round trip shows whether the day exists.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail('date');
  }
  const birthDate = `${year}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
  if (birthDate > isoDay(today)) return fail('date');
  return { ok: true, birthDate, gender: centuryGender.gender };
}

/**
 * Whether a valid IIN agrees with the birth date (`yyyy-mm-dd`) and gender entered beside it;
 * an invalid IIN gives its own `invalid_iin`, a disagreement `iin_mismatch`.
 */
export function iinMatches(
  iin: string,
  person: { birthDate: string; gender: IinGender },
): { ok: true } | { ok: false; code: FieldErrorCode } {
  const decoded = validateIin(iin);
  if (!decoded.ok) return { ok: false, code: decoded.code };
  if (decoded.birthDate !== person.birthDate || decoded.gender !== person.gender) {
    return { ok: false, code: 'iin_mismatch' };
  }
  return { ok: true };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
