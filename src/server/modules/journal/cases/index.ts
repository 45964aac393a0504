export { casesInScope } from './cases.repository';
export { casesRoutes } from './cases.routes';
export { neetCaseActions, neetCaseSteps, neetCases } from './cases.tables';
