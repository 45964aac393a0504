export {
  findCentreInScope,
  type ListOptions,
  listCentres,
  toCentre,
} from './centres.repository';
export { centreInScope, regionInScope, staffInScope } from './registry.scope';
export { centres, staff } from './registry.tables';
export { foldSearch, sqlFold } from './search';
export { findStaffInScope, fullNameOf, listStaff } from './staff.repository';
