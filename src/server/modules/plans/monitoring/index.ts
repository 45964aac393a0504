export { type PlanFulfilment, planFulfilment } from './fulfilment';
export { type JournalMeasure, kpiActuals, measuresActuals } from './journal-actuals';
export { AT_RISK_SHARE, expectedAt, kpiStatus } from './kpi-status';
export { monitoringRoutes } from './monitoring.routes';
export { planKpiActuals } from './monitoring.tables';
export { type ProgressPlace, planProgress } from './plan-progress';
