export { DEFAULT_NEEDS_METHODOLOGY } from './needs.defaults';
export { gatherNeedsInputs } from './needs.inputs';
export { type MethodologyVersion, methodologyForYear } from './needs.repository';
export { needsRoutes } from './needs.routes';
export { type NeedsInputs, scoreNeeds } from './needs.score';
export { loadNeedsMethodology, needsProfile, needsProfileInScope } from './needs.service';
export { needsMethodologies } from './needs.tables';
