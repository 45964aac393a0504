/**
 * How busy a day is at a youth resource centre, as a weight around 1: the academic-year rhythm
 * (autumn and spring peaks, a summer trough, a New Year dip), the working week (Saturday short,
 * Sunday closed but for the odd outreach), public holidays, and slow growth of the network.
 */

const DAY_MS = 86_400_000;

/** Month weights, January first. */
const MONTH_WEIGHT = [0.8, 1.0, 1.08, 1.12, 1.0, 0.78, 0.6, 0.72, 1.1, 1.2, 1.15, 0.95];
/** Weekday weights, Sunday first. */
const WEEKDAY_WEIGHT = [0.02, 1.0, 1.05, 1.05, 1.0, 0.92, 0.3];
/** Public holidays (mm-dd): centres are closed or nearly so. */
const HOLIDAYS = new Set([
  '01-01',
  '01-02',
  '01-07',
  '03-08',
  '03-21',
  '03-22',
  '03-23',
  '05-01',
  '05-07',
  '05-09',
  '07-06',
  '08-30',
  '10-25',
  '12-16',
]);
/** Yearly growth of demand: later years are a little busier. */
const GROWTH_PER_YEAR = 0.08;

/** `yyyy-mm-dd` of a UTC day number (days since 1970-01-01). */
export function isoOfDay(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** The UTC day number of a `yyyy-mm-dd` date. */
export function dayOfIso(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The weight of one day (see the module comment); `yearsFromStart` drives the growth. */
export function dayWeight(dayNumber: number, yearsFromStart: number): number {
  const date = new Date(dayNumber * DAY_MS);
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const mmdd = `${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let w = MONTH_WEIGHT[month] * WEEKDAY_WEIGHT[date.getUTCDay()];
  if (HOLIDAYS.has(mmdd)) w *= 0.05;
  else if (month === 0 && day <= 8)
    w *= 0.35; // New Year holidays stretch into the first week
  else if (month === 11 && day >= 28) w *= 0.55;
  return w * (1 + GROWTH_PER_YEAR * yearsFromStart);
}

/** A window of days with their weights and the running total, for drawing days in proportion. */
export interface Calendar {
  first: number;
  days: number;
  weights: Float64Array;
  cumulative: Float64Array;
  total: number;
}

/** The calendar of the `days` days ending with `last` (a day number), both ends included. */
export function buildCalendar(last: number, days: number): Calendar {
  const first = last - days + 1;
  const weights = new Float64Array(days);
  const cumulative = new Float64Array(days);
  let total = 0;
  for (let i = 0; i < days; i++) {
    weights[i] = dayWeight(first + i, i / 365.25);
    total += weights[i];
    cumulative[i] = total;
  }
  return { first, days, weights, cumulative, total };
}

/** The index of the day a uniform draw `u` in [0, 1) falls on, in proportion to the weights. */
export function drawDay(calendar: Calendar, u: number): number {
  const target = u * calendar.total;
  let lo = 0;
  let hi = calendar.days - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (calendar.cumulative[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
