import type { KpiStatus } from '../../../../shared/contracts/plan-monitoring';

/**
 * The share of the expected value below which a KPI is `behind`; at or above it (but under 100 %)
 * it is `at_risk`. 80 % leaves room for a normal month's lag in recording while still flagging a
 * centre that has fallen a fifth short of its own plan.
 */
export const AT_RISK_SHARE = 0.8;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const pad = (n: number) => String(n).padStart(2, '0');

/** First day of quarter q (1..4) of a year, and the first day after it. */
export function quarterBounds(year: number, quarter: number): { from: string; to: string } {
  const from = `${year}-${pad(quarter * 3 - 2)}-01`;
  const to = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(quarter * 3 + 1)}-01`;
  return { from, to };
}

/** How many quarters of the year have begun by the as-of date (0 before the year, 4 after it). */
export function quartersBegun(year: number, asOf: string): number {
  if (asOf < `${year}-01-01`) return 0;
  if (asOf >= `${year + 1}-01-01`) return 4;
  return Math.floor((Number(asOf.slice(5, 7)) - 1) / 3) + 1;
}

/**
 * The cumulative target expected by the as-of date: null before the year, the year's last quarter
 * target after it, and within a quarter a straight line from the previous quarter's target (0 for Q1)
 * to this quarter's, by the days elapsed with the as-of day counted as elapsed (so the quarter's
 * last day expects the whole quarter target).
 */
export function expectedAt(
  year: number,
  quarterTargets: readonly [number, number, number, number],
  asOf: string,
): number | null {
  const q = quartersBegun(year, asOf);
  if (q === 0) return null;
  if (asOf >= `${year + 1}-01-01`) return quarterTargets[3];
  const { from, to } = quarterBounds(year, q);
  const previous = q === 1 ? 0 : quarterTargets[q - 2];
  const elapsed = (dayNumber(asOf) - dayNumber(from) + 1) / (dayNumber(to) - dayNumber(from));
  return previous + (quarterTargets[q - 1] - previous) * elapsed;
}

/**
 * Where a KPI stands at the as-of date: its latest year-to-date actual (none counts as 0) against
 * the target expected by then. Nothing expected yet (a zero target so far) is on track.
 */
export function kpiStatus(input: {
  year: number;
  quarterTargets: readonly [number, number, number, number];
  actual: number | null;
  asOf: string;
}): { expected: number | null; ratio: number | null; status: KpiStatus } {
  const expected = expectedAt(input.year, input.quarterTargets, input.asOf);
  if (expected === null) return { expected: null, ratio: null, status: 'not_started' };
  if (expected <= 0) return { expected, ratio: null, status: 'on_track' };
  const ratio = (input.actual ?? 0) / expected;
  const status: KpiStatus = ratio >= 1 ? 'on_track' : ratio >= AT_RISK_SHARE ? 'at_risk' : 'behind';
  return { expected, ratio, status };
}
