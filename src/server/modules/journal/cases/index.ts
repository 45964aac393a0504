export { neetCaseActions, neetCaseSteps, neetCases } from './cases.tables';
