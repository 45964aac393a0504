/** Kinds of youth resource centre in the network's three levels. */
export const CENTRE_KINDS = ['regional', 'city', 'district'] as const;
export type CentreKind = (typeof CENTRE_KINDS)[number];

export const CENTRE_STATUSES = ['active', 'inactive'] as const;
export type CentreStatus = (typeof CENTRE_STATUSES)[number];

/** Services a centre may offer; names live in the `registry` i18n namespace under `service.<code>`. */
export const CENTRE_SERVICES = [
  'state_programmes',
  'career_guidance',
  'employment',
  'psychology',
  'legal',
  'digital_literacy',
  'media_literacy',
  'financial_literacy',
  'entrepreneurship',
  'volunteering',
  'young_family',
  'leisure',
  'neet_outreach',
  'non_formal_education',
] as const;
export type CentreService = (typeof CENTRE_SERVICES)[number];

/** Staff positions seen in the network; names live in `registry` i18n under `position.<code>`. */
export const STAFF_POSITIONS = [
  'director',
  'deputy_director',
  'head_of_department',
  'methodologist',
  'specialist',
  'neet_specialist',
  'employment_specialist',
  'psychologist',
  'lawyer',
  'career_counsellor',
  'project_manager',
  'volunteer_coordinator',
  'pr_specialist',
  'analyst',
  'accountant',
  'administrator',
] as const;
export type StaffPosition = (typeof STAFF_POSITIONS)[number];
