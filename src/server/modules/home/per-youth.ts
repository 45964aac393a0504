/** Figures per this many young people on the home map. */
export const PER_YOUTH = 10_000;

/** A count per 10,000 young people, to three decimals; null when the youth population is unknown. */
export function per10k(count: number, youthPopulation: number | null): number | null {
  if (!youthPopulation || youthPopulation <= 0) return null;
  return Math.round((count / youthPopulation) * PER_YOUTH * 1000) / 1000;
}
