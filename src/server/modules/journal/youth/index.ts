export { findYouthInScope, listYouth, youthInScope } from './youth.repository';
export { youthRoutes } from './youth.routes';
export { createYouth, mergeYouth, updateYouth, withdrawYouthConsent, youthProgrammes } from './youth.service';
export { youth, youthConsents } from './youth.tables';
