export { loadActivityLibrary } from './activities.loader';
export { listActivityTemplates } from './activities.repository';
export { activityTemplateRoutes } from './activities.routes';
export { activityTemplates } from './activities.tables';
