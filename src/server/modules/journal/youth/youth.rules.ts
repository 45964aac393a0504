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
