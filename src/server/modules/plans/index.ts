export { BASE_INDICATORS, JOURNAL_INDICATOR_CODES, type JournalIndicatorCode } from './indicators.catalogue';
export {
  type JournalFigures,
  type JournalPlace,
  journalFigures,
  journalFiguresByRegion,
} from './indicators.journal';
export { loadIndicators, readRegionalFigures } from './indicators.loader';
export { indicatorRoutes } from './indicators.routes';
export { indicators, indicatorValues } from './indicators.tables';
export {
  loadNeedsMethodology,
  type MethodologyVersion,
  methodologyForYear,
  needsProfile,
  needsRoutes,
} from './needs';
export { type SurveyDemandPlace, surveyDemand } from './surveys/survey-demand';
