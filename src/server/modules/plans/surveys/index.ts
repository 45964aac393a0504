export { type SurveyDemandPlace, surveyableDirections, surveyDemand } from './survey-demand';
export { publicSurveyRoutes } from './surveys.public.routes';
export { surveyRoutes } from './surveys.routes';
export { surveyAnswers, surveys } from './surveys.tables';
