import type { Role } from '../../shared/constants/roles';

export interface NavItem {
  to: string;
  /** Key in the `common` namespace under `nav.` */
  label: string;
  roles: readonly Role[] | 'all';
}

/** The staff app's sections and who sees each; the server enforces the same rules on every route. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'home', roles: 'all' },
  { to: '/centres', label: 'centres', roles: 'all' },
  {
    to: '/journal',
    label: 'journal',
    roles: ['national', 'regional', 'center_manager', 'specialist', 'admin'],
  },
  { to: '/youth', label: 'youth', roles: ['national', 'regional', 'center_manager', 'specialist', 'admin'] },
  { to: '/cases', label: 'cases', roles: ['national', 'regional', 'center_manager', 'specialist', 'admin'] },
  {
    to: '/events',
    label: 'events',
    roles: ['national', 'regional', 'center_manager', 'specialist', 'admin'],
  },
  { to: '/staff', label: 'staff', roles: ['national', 'regional', 'center_manager', 'specialist', 'admin'] },
  { to: '/import', label: 'import', roles: ['national', 'regional', 'center_manager', 'admin'] },
  { to: '/audit', label: 'audit', roles: ['national', 'admin'] },
  { to: '/users', label: 'users', roles: ['admin'] },
  { to: '/catalogue/services', label: 'catalogue', roles: ['national', 'admin'] },
  {
    to: '/catalogue/programmes',
    label: 'programmes',
    roles: ['national', 'regional', 'center_manager', 'specialist', 'admin'],
  },
  { to: '/indicators', label: 'indicators', roles: ['national', 'regional', 'admin'] },
  { to: '/plans', label: 'plans', roles: ['national', 'regional', 'center_manager', 'admin'] },
  {
    to: '/activity-library',
    label: 'activityLibrary',
    roles: ['national', 'regional', 'center_manager', 'admin'],
  },
  { to: '/plans/monitoring', label: 'planMonitoring', roles: ['national', 'regional', 'admin'] },
  { to: '/plans/review', label: 'planReview', roles: ['national', 'regional', 'center_manager'] },
  { to: '/surveys', label: 'surveys', roles: ['national', 'regional', 'center_manager', 'admin'] },
  { to: '/needs', label: 'needs', roles: ['national', 'regional', 'center_manager', 'admin'] },
  { to: '/needs-methodology', label: 'needsMethodology', roles: ['national', 'admin'] },
  { to: '/analytics', label: 'analytics', roles: ['national', 'regional', 'center_manager', 'admin'] },
  { to: '/rating', label: 'rating', roles: ['national', 'regional', 'center_manager', 'admin'] },
  { to: '/account', label: 'account', roles: 'all' },
];

export const navFor = (role: Role) => NAV_ITEMS.filter((i) => i.roles === 'all' || i.roles.includes(role));
