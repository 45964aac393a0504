export { CATALOGUE_YEAR, catalogueRows, readCatalogue } from './programmes.catalogue';
export {
  type IneligibleReason,
  ineligibleReasons,
  type PersonFacts,
  type ProgrammeFit,
  type ProgrammeTermsFacts,
  programmesFor,
} from './programmes.eligibility';
export { loadStateProgrammes } from './programmes.loader';
export { findProgramme, listProgrammes } from './programmes.repository';
export { programmeRoutes } from './programmes.routes';
export { stateProgrammes, stateProgrammeTerms } from './programmes.tables';
