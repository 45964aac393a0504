import { type Latency, summarize } from './stats';

/** What a closed-loop load achieved: completed operations per second and their latency. */
export interface LoadResult {
  concurrency: number;
  seconds: number;
  ok: number;
  failed: number;
  /** Completed operations per second. */
  rate: number;
  latency: Latency;
  /** The first failure, to tell why (status and body, or the error). */
  firstFailure?: string;
  /** The same load run just before, not counted: seconds and completed operations per second. */
  warmup?: { seconds: number; rate: number };
}

/**
 * `concurrency` workers each run `op(worker, iteration)` back to back for `seconds`, the same way
 * for HTTP requests and for straight database work, so that their rates compare. A failed operation
 * counts as failed and the worker goes on.
 *
 * With `warmupSeconds`, the same load runs that long first and is reported apart: a server process
 * that has just started answers its first few thousand writes at two thirds of its later rate (the
 * JavaScript engine is still compiling the hot paths), and a benchmark of a server that runs for
 * months measures the state it runs in. Every closed loop of a run gets the same warm-up.
 */
export async function closedLoop(
  concurrency: number,
  seconds: number,
  op: (worker: number, iteration: number) => Promise<void>,
  warmupSeconds = 0,
): Promise<LoadResult> {
  if (warmupSeconds > 0) {
    const warm = await closedLoop(concurrency, warmupSeconds, op);
    const measured = await closedLoop(concurrency, seconds, op);
    return { ...measured, warmup: { seconds: warm.seconds, rate: warm.rate } };
  }
  const samples: number[] = [];
  let failed = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async (w: number) => {
    for (let i = 0; performance.now() < deadline; i++) {
      const t0 = performance.now();
      try {
        await op(w, i);
        samples.push(performance.now() - t0);
      } catch (error) {
        failed++;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  return { concurrency, ...loadOutcome(started, samples, failed, firstFailure) };
}

/** What any load reports from its latency samples (ms) and failures, timed from `started`. */
export function loadOutcome(started: number, samples: number[], failed: number, firstFailure?: string) {
  const elapsed = (performance.now() - started) / 1000;
  return {
    seconds: Math.round(elapsed * 10) / 10,
    ok: samples.length,
    failed,
    rate: Math.round((samples.length / elapsed) * 10) / 10,
    latency: summarize(samples),
    ...(firstFailure ? { firstFailure } : {}),
  };
}
