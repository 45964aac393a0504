/**
 * Codes of the service journal shared by server, web and imports. Texts live in the `journal`
 * locale namespace under the same codes.
 */

/** How a service was given. */
export const SERVICE_FORMATS = ['in_person', 'online', 'phone', 'outreach'] as const;
export type ServiceFormat = (typeof SERVICE_FORMATS)[number];

/** Where a young person was referred to, when a referral was made. */
export const REFERRAL_TARGETS = [
  'employment_centre',
  'education',
  'health',
  'social_protection',
  'legal_aid',
  'psychologist',
  'programme_operator',
  'employer',
  'ngo',
  'other',
] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

/** What came of a service. */
export const SERVICE_OUTCOMES = ['consulted', 'resolved', 'referred', 'follow_up', 'declined'] as const;
export type ServiceOutcome = (typeof SERVICE_OUTCOMES)[number];

/**
 * Age bands of the rollups. They split at 18, 23 and 28 so that figures stay comparable with
 * statistics published for the former 14–28 youth age as well as the 14–35 one.
 */
export const AGE_BANDS = ['14_18', '19_23', '24_28', '29_35', 'other'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The rollup band of an age in full years. */
export function ageBand(age: number | null): AgeBand | null {
  if (age === null) return null;
  if (age < 14 || age > 35) return 'other';
  if (age <= 18) return '14_18';
  if (age <= 23) return '19_23';
  if (age <= 28) return '24_28';
  return '29_35';
}

/** Full years between a birth date and a day, both `yyyy-mm-dd`. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
