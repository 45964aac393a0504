export { planDiff } from './plan-diff';
export { planWorkflowRoutes } from './plan-workflow.routes';
export { availableActions, canReadPlan, decide } from './plan-workflow.rules';
export { planTrail } from './plan-workflow.service';
export { planActions, planComments } from './plan-workflow.tables';
