import type { Role } from '../../../shared/constants/roles';

/**
 * Who may call a route. Every /api/v1 route must declare one (checked when routes register):
 * `public` (no sign-in), `signed-in` (any role), or the list of roles allowed.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

export const STAFF_ROLES = [
  'national',
  'regional',
  'center_manager',
  'specialist',
  'admin',
] as const satisfies readonly Role[];
export const REGISTRY_EDITORS = [
  'national',
  'regional',
  'center_manager',
  'admin',
] as const satisfies readonly Role[];
export const COUNTRY_ROLES = ['national', 'admin'] as const satisfies readonly Role[];

export function isAllowed(access: Access, role: Role | undefined): boolean {
  if (access === 'public') return true;
  if (!role) return false;
  if (access === 'signed-in') return true;
  return access.includes(role);
}
