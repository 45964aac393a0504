export { listAudit } from './audit.repository';
export { auditRoutes } from './audit.routes';
export { changedFields } from './changes';
export { entityHistory, HISTORY_LIMIT } from './history';
