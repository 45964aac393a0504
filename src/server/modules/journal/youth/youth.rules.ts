import type { YOUTH_WARNINGS } from '../../../../shared/contracts/youth';

/** Youth by law in Kazakhstan: 14 to 35 years inclusive. */
export const YOUTH_MIN_AGE = 14;
export const YOUTH_MAX_AGE = 35;

/** Full years of age on a day, from `yyyy-mm-dd` dates. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

/** Warnings for a registration that is saved anyway. */
export function youthWarnings(birthDate: string, today: string): (typeof YOUTH_WARNINGS)[number][] {
  const age = ageOn(birthDate, today);
  return age < YOUTH_MIN_AGE || age > YOUTH_MAX_AGE ? ['age_outside_14_35'] : [];
}

/** An IIN with all but its last three digits hidden. */
export function maskIin(iin: string): string {
  return '•'.repeat(Math.max(0, iin.length - 3)) + iin.slice(-3);
}

/**
 * Splits a quick-entry search into its parts: words of at least four digits (spaces, dashes and
 * brackets between digit groups allowed, a leading + dropped) are phone digits, a `dd.mm.yyyy` word
 * is a birth date, the rest are name words.
 */
export function parseYouthSearch(q: string | null | undefined) {
  const words: string[] = [];
  const phoneDigits: string[] = [];
  let birthDate: string | undefined;
  const dateWord = /(?<![\d.])(\d{2})\.(\d{2})\.(\d{4})(?![\d.])/g;
  let rest = q ?? '';
  for (const m of rest.matchAll(dateWord)) birthDate = isoDateOrInvalid(m[3], m[2], m[1]);
  // Digit groups typed with spaces ("701 123 45") are one phone number: join them once dates are out.
  rest = rest.replace(dateWord, ' ').replace(/(\d)[\s\-()]+(?=\d)/g, '$1');
  for (const word of rest.split(/\s+/).filter(Boolean)) {
    const digits = word.replace(/^\+/, '').replace(/[()-]/g, '');
    if (!/^\d+$/.test(digits)) words.push(word);
    // Fewer than four digits would match half the registry: ignored.
    else if (digits.length >= 4) phoneDigits.push(digits);
  }
  return { words: words.join(' '), phoneDigits, birthDate };
}

/** `yyyy-mm-dd` of a day that exists, or `invalid` (which no birth date equals). */
function isoDateOrInvalid(y: string, m: string, d: string): string {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const iso = `${y}-${m}-${d}`;
  return date.toISOString().slice(0, 10) === iso ? iso : 'invalid';
}
