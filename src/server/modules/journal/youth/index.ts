export { findYouthInScope, listYouth, youthInScope } from './youth.repository';
export { youthRoutes } from './youth.routes';
export { createYouth, withdrawYouthConsent } from './youth.service';
export { youth, youthConsents } from './youth.tables';
