/** Latency summary of one measure, in milliseconds. */
export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The value below which `q` (0..1) of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** p50, p95, p99 and max of the samples (ms), rounded to 0.01 ms. */
export function summarize(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

/**
 * Times `work` one run after another (after `warmup` untimed runs): `runs` times, or fewer when
 * `budgetMs` is spent first (at least `minRuns`), so slow answers at large scales still finish.
 * Answers the milliseconds of each run.
 */
export async function timeSequential(
  runs: number,
  warmup: number,
  work: () => Promise<unknown>,
  budgetMs = Number.POSITIVE_INFINITY,
  minRuns = 3,
) {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < runs && (i < minRuns || performance.now() < deadline); i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}
