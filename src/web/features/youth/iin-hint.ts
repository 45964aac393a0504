import type { FieldErrorCode } from '../../../shared/errors';
import { iinMatches, normalizeIin, validateIin } from '../../../shared/iin';

/**
 * What the form says about a typed IIN before saving, with the server's own rules: nothing while it
 * is incomplete, `ok` for a correct check digit that fits the birth date and gender, else the field
 * error code the server would answer.
 */
export function iinHint(
  value: string,
  person: { birthDate: string; gender: string | null },
): 'incomplete' | 'ok' | FieldErrorCode {
  const iin = normalizeIin(value);
  if (iin === '') return 'incomplete';
  if (/^\d{0,11}$/.test(iin)) return 'incomplete';
  const valid = validateIin(iin);
  if (!valid.ok) return valid.code;
  if (person.birthDate && (person.gender === 'male' || person.gender === 'female')) {
    const match = iinMatches(iin, { birthDate: person.birthDate, gender: person.gender });
    if (!match.ok) return match.code;
  }
  return 'ok';
}
