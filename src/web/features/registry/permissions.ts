import type { Role } from '../../../shared/constants/roles';

// Mirrors the server's route access lists so the UI only offers what the server will allow;
// the server still decides (and scope is checked there).
const CENTRE_CREATORS: readonly Role[] = ['national', 'admin', 'regional'];
const CENTRE_EDITORS: readonly Role[] = ['national', 'admin', 'regional', 'center_manager'];
const STAFF_EDITORS: readonly Role[] = ['national', 'admin', 'regional', 'center_manager'];
const CENTRE_IMPORTERS: readonly Role[] = ['national', 'admin'];

/** What a role may do in the registry screens. */
export const can = {
  createCentre: (role: Role) => CENTRE_CREATORS.includes(role),
  editCentre: (role: Role) => CENTRE_EDITORS.includes(role),
  /** Deactivation and reactivation: the same roles that create centres. */
  changeCentreStatus: (role: Role) => CENTRE_CREATORS.includes(role),
  /** A centre manager changes only the contact fields of their own centre. */
  editContactsOnly: (role: Role) => role === 'center_manager',
  manageStaff: (role: Role) => STAFF_EDITORS.includes(role),
  importCentres: (role: Role) => CENTRE_IMPORTERS.includes(role),
};

/** Centre fields a centre manager may change. */
export const CONTACT_FIELDS = ['address', 'phone', 'email', 'openingHours'] as const;
