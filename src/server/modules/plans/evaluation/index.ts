export { evaluationRoutes } from './evaluation.routes';
export { evaluationWeights } from './evaluation.tables';
export { DEFAULT_EVALUATION_WEIGHTS, loadEvaluationWeights } from './evaluation.weights';
