export { planDocumentRoutes } from './documents.routes';
export type { PlanDocumentCentre, PlanDocumentInput, PlanTrailEntry } from './plan-document';
export { renderPlanPdf } from './plan-pdf';
export { renderPlanXlsx } from './plan-xlsx';
