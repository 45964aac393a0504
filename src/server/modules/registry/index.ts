export {
  activeStaffCondition,
  findCentreInScope,
  type ListOptions,
  listCentres,
  toCentre,
} from './centres.repository';
export { createCentre, setCentreStatus, updateCentre } from './centres.service';
export type { Caller } from './registry.caller';
export { registryRoutes } from './registry.routes';
export { centreInScope, regionInScope, staffInScope } from './registry.scope';
export { centres, staff } from './registry.tables';
export { foldSearch, sqlFold } from './search';
export { findStaffInScope, fullNameOf, listStaff } from './staff.repository';
export { createStaff, leaveStaff, updateStaff } from './staff.service';
