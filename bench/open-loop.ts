import { type LoadResult, loadOutcome } from './closed-loop';

/** What an open-loop load achieved: as a closed loop reports it, with the rate offered instead of the workers. */
export type OpenLoadResult = Omit<LoadResult, 'concurrency'> & {
  /** Operations started per second, whatever the earlier ones were doing. */
  offeredRate: number;
};

/**
 * Starts `op` at a steady `rate` per second for `seconds`, without waiting for earlier operations to
 * finish, as independent users do: a slow answer does not hold back the next arrival, so queueing
 * shows in the latency (a closed loop instead slows its own arrivals down when the server slows).
 */
export async function openLoop(
  rate: number,
  seconds: number,
  op: (i: number) => Promise<void>,
): Promise<OpenLoadResult> {
  const samples: number[] = [];
  let failed = 0;
  let firstFailure: string | undefined;
  const running: Promise<void>[] = [];
  const started = performance.now();
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // Latency counts from when the operation was due, so a late start (the client's own delay) is not hidden.
    running.push(
      op(i).then(
        () => void samples.push(performance.now() - due),
        (error) => {
          failed++;
          firstFailure ??= error instanceof Error ? error.message : String(error);
        },
      ),
    );
  }
  await Promise.all(running);
  return { offeredRate: rate, ...loadOutcome(started, samples, failed, firstFailure) };
}
