import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';

/** One statement a request sent to the database, or (PGlite) the edge of a transaction. */
export type Step = { text: string; values: unknown[]; name?: string } | { mark: 'begin' | 'commit' };

/** The statements of one journal write, in order, and the id of the record it created. */
export interface Trace {
  steps: Step[];
  recordId: number;
}

type QueryFn = (...args: unknown[]) => unknown;

/**
 * Records every statement sent through node-postgres (all pools and clients of this process) or
 * through the given PGlite instance while `work` runs. The app is left unchanged: the driver is
 * wrapped for the duration and restored.
 */
export async function traceStatements(
  pglite: PGlite | undefined,
  work: () => Promise<number>,
): Promise<Trace> {
  const steps: Step[] = [];
  const record = (text: unknown, values: unknown, name?: string) =>
    steps.push({
      text: String(text),
      values: Array.isArray(values) ? [...values] : [],
      ...(name ? { name } : {}),
    });
  if (pglite) {
    const target = pglite as unknown as { query: QueryFn; transaction: QueryFn };
    const query = target.query;
    const transaction = target.transaction;
    target.query = (text, params, options) => {
      record(text, params);
      return query.call(pglite, text, params, options);
    };
    target.transaction = (callback) =>
      transaction.call(pglite, async (tx: Transaction) => {
        steps.push({ mark: 'begin' });
        const traced = Object.create(tx) as Transaction;
        (traced as unknown as { query: QueryFn }).query = (text, params, options) => {
          record(text, params);
          return (tx.query as QueryFn).call(tx, text, params, options);
        };
        const result = await (callback as (t: Transaction) => Promise<unknown>)(traced);
        steps.push({ mark: 'commit' });
        return result;
      });
    try {
      return { recordId: await work(), steps };
    } finally {
      target.query = query;
      target.transaction = transaction;
    }
  }
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const query = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [config, values] = args;
    if (typeof config === 'string') record(config, values);
    else if (config && typeof config === 'object' && 'text' in config) {
      // A named (prepared) statement is replayed under its name, as the app sends it.
      const named = config as { text: string; values?: unknown[]; name?: string };
      record(named.text, named.values ?? values, named.name);
    }
    return query.apply(this, args);
  };
  try {
    return { recordId: await work(), steps };
  } finally {
    proto.query = query;
  }
}

/** Puts `to` wherever the traced record id `from` appears in a statement's parameter. */
function swapId(value: unknown, from: number, to: number): unknown {
  if (value === from) return to;
  if (value === String(from)) return String(to);
  if (Array.isArray(value)) return value.map((v) => swapId(v, from, to));
  if (typeof value === 'string' && value.includes(String(from)))
    return value.replace(new RegExp(`(?<=[:\\[,])${from}(?=[,}\\]])`, 'g'), String(to));
  return value;
}

const NEXT_ID = /nextval\('journal_records_id_seq'\)/;

/** Runs a statement (by name when the app prepared it) and answers its rows. */
type Run = (text: string, values: unknown[], name?: string) => Promise<{ rows: Record<string, unknown>[] }>;

/** How long each statement of a replay took (ms), for finding the slow one. */
export type StatementTimes = { text: string; ms: number }[];

async function replaySteps(
  steps: Step[],
  recordId: number,
  run: Run,
  state: { id: number | null; times?: StatementTimes },
) {
  for (const step of steps) {
    if ('mark' in step) continue;
    const values = state.id === null ? step.values : step.values.map((v) => swapId(v, recordId, state.id!));
    const start = performance.now();
    const result = await run(step.text, values, step.name);
    state.times?.push({ text: step.text, ms: performance.now() - start });
    if (NEXT_ID.test(step.text)) state.id = Number(result.rows[0].id);
  }
}

/**
 * Sends a traced write's statements again, straight to PostgreSQL on one pooled connection: the same
 * texts and parameters, with the new record id the sequence gives in place of the traced one.
 */
export async function replayOnPool(pool: pg.Pool, trace: Trace, times?: StatementTimes): Promise<void> {
  const client = await pool.connect();
  try {
    await replaySteps(
      trace.steps,
      trace.recordId,
      (text, values, name) => client.query({ text, values, name }),
      {
        id: null,
        times,
      },
    );
  } finally {
    client.release();
  }
}

/** The same on PGlite: statements between the traced transaction's edges run in one transaction. */
export async function replayOnPglite(pglite: PGlite, trace: Trace, times?: StatementTimes): Promise<void> {
  const state = { id: null as number | null, times };
  const asRun =
    (q: { query: PGlite['query'] }): Run =>
    async (text, values) =>
      (await q.query(text, values)) as { rows: Record<string, unknown>[] };
  let i = 0;
  while (i < trace.steps.length) {
    const step = trace.steps[i];
    if ('mark' in step && step.mark === 'begin') {
      const end = trace.steps.findIndex((s, j) => j > i && 'mark' in s && s.mark === 'commit');
      const inner = trace.steps.slice(i + 1, end);
      await pglite.transaction((tx) => replaySteps(inner, trace.recordId, asRun(tx), state));
      i = end + 1;
    } else {
      await replaySteps([step], trace.recordId, asRun(pglite), state);
      i++;
    }
  }
}
