export { buildPlanDraft, type PlanBuilderInputs } from './plan-builder';
export {
  canEditPlanContent,
  canManagePlan,
  canReadPlan,
  EDITABLE_STATUSES,
  planIntegrityErrors,
} from './plan-content.rules';
export { gatherPlanInputs } from './plan-inputs';
export {
  findPlan,
  findPlanInScope,
  type PlanRow,
  type PlanVersionRow,
  plansInScope,
  readPlanVersion,
} from './plans.repository';
export { planRoutes } from './plans.routes';
export {
  checkPlanContent,
  generatePlan,
  planEditRefusal,
  readPlan,
  updatePlanContent,
} from './plans.service';
export { plans, planVersions } from './plans.tables';
