import type { RegionStats } from '../../../shared/contracts/home';

/** What the map colours the regions by. */
export const MEASURES = ['centresPer10k', 'staffPer10k', 'centres', 'staff'] as const;
export type Measure = (typeof MEASURES)[number];
/** Measures about staff, left out for roles that do not see staff. */
export const STAFF_MEASURES: readonly Measure[] = ['staffPer10k', 'staff'];

/** Decimal places per measure: centres per 10,000 young people are well below 1. */
export const MEASURE_DIGITS: Record<Measure, number> = {
  centresPer10k: 2,
  staffPer10k: 1,
  centres: 0,
  staff: 0,
};

/** The region's value for a measure; null when it is unknown (no youth population for the rates). */
export const measureValue = (region: RegionStats, measure: Measure): number | null => region[measure];

/** The rate when some visible region has it, else the plain count, so the map never opens all grey. */
export function defaultMeasure(regions: readonly RegionStats[]): Measure {
  return regions.some((r) => r.centresPer10k !== null) ? 'centresPer10k' : 'centres';
}

/**
 * The regions whose figures the user may see. The API already scopes its answer; a region or
 * centre user is additionally held to their own region here so that any zero rows for other
 * regions read as "no data" rather than as real zeros.
 */
export function visibleRegions(
  regions: readonly RegionStats[],
  scopeRegionCode: string | null,
): RegionStats[] {
  return scopeRegionCode ? regions.filter((r) => r.code === scopeRegionCode) : [...regions];
}

/** Colour of regions whose value is unknown or outside the user's scope, on the map and its legend. */
export const NO_DATA_COLOR = '#ced4da';
