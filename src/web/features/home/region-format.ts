import type { TFunction } from 'i18next';
import type { RegionStats } from '../../../shared/contracts/home';
import { formatNumber, localized } from '../../lib/localized';
import { MEASURE_DIGITS, type Measure, measureValue } from './measures';

/** "ages 14–35" or "age band not stated", from the reference data's band ("14-35", "not stated"). */
export function ageBandLabel(band: string | null, t: TFunction) {
  if (!band || !/^\d+\s*-\s*\d+$/.test(band)) return t('home:map.ageBandUnknown');
  return t('home:map.ageBand', { band: band.replace(/\s*-\s*/, '–') });
}

/** "2023, ages 14–35": when and for whom the youth figure was given. */
export function youthVintage(region: RegionStats, t: TFunction) {
  return t('home:table.yearBand', {
    year: region.youthPopulationYear ?? '—',
    band: ageBandLabel(region.youthAgeBand, t),
  });
}

/** The measure's value formatted for the UI language, or "No data". */
export function formatMeasure(
  region: RegionStats | undefined,
  measure: Measure,
  locale: string,
  t: TFunction,
) {
  const value = region ? measureValue(region, measure) : null;
  return value === null ? t('home:map.noData') : formatNumber(value, locale, MEASURE_DIGITS[measure]);
}

/** The region's name in the UI language. */
export const regionName = (region: RegionStats, locale: string) => localized(region.name, locale);
