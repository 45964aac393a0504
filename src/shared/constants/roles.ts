/** Roles of signed-in users; each is bound to one scope kind. */
export const ROLES = ['national', 'regional', 'center_manager', 'specialist', 'partner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Which scope a role is bound to: the whole country, one region, one centre, or an organisation. */
export const ROLE_SCOPE_KIND = {
  national: 'country',
  admin: 'country',
  regional: 'region',
  center_manager: 'centre',
  specialist: 'centre',
  partner: 'organisation',
} as const satisfies Record<Role, string>;

export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'kk';
