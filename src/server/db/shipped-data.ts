import { loadServiceCatalogue } from '../modules/journal';
import { loadStateProgrammes } from '../modules/journal/programmes';
import { loadIndicators, loadNeedsMethodology } from '../modules/plans';
import { loadActivityLibrary } from '../modules/plans/activities';
import { loadEvaluationWeights } from '../modules/plans/evaluation';
import { loadReferenceData } from '../modules/reference';
import type { AppDb } from './client';

/**
 * The data the repository ships (regions and districts, state programmes, the service catalogue,
 * base indicators with the regional figures), loaded in dependency order at every start and into
 * every test database. Each loader adds what is missing and keeps national users' edits.
 */
export async function loadShippedData(db: AppDb): Promise<void> {
  await loadReferenceData(db);
  await loadStateProgrammes(db);
  await loadServiceCatalogue(db);
  await loadIndicators(db);
  await loadActivityLibrary(db);
  await loadEvaluationWeights(db);
  await loadNeedsMethodology(db);
}
