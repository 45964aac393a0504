import { parseArgs } from 'node:util';
import { type Engine, SCALES, type Scale } from './datasets';

/** How one run is shaped; every flag has a default that measures everything. */
export interface BenchOptions {
  scales: Scale[];
  engines: Engine[];
  quick: boolean;
  fresh: boolean;
  concurrency: number;
  /** Seconds of each closed-loop load. */
  seconds: number;
  /** Seconds each closed-loop load runs first, not counted (see `closedLoop`). */
  warmup: number;
  /** Journal writes per second of the open-loop load (the network's peak, see docs/benchmark.md). */
  writeRate: number;
  /** Timed dashboard answers over HTTP, and timed raw computations. */
  dashboardRuns: number;
  rawRuns: number;
  /** Time one dashboard series may take before it stops early (it still takes 10 answers). */
  dashboardBudgetMs: number;
  importRows: number;
  /** CSV files imported (each a dry run and a commit); the report gives the medians. */
  importFiles: number;
  pgBase: string;
  dataDir: string;
  port: number;
}

const USAGE = `npm run bench -- [--scales small,middle,large] [--engines postgres,pglite] [--quick] [--fresh]
  [--concurrency 16] [--seconds 20] [--warmup 5] [--write-rate 50] [--import-rows 10000] [--import-files 3]
  PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432), databases bench_<scale>
  PGlite: BENCH_DATA_DIR (default bench/.data); the server listens on BENCH_PORT (default 3108)`;

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Reads the command line; `--quick` shortens every load and sample for a smoke run. */
export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scales: { type: 'string', default: 'small,middle,large' },
      engines: { type: 'string', default: 'postgres,pglite' },
      quick: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      concurrency: { type: 'string', default: '16' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      'write-rate': { type: 'string', default: '50' },
      'import-rows': { type: 'string' },
      'import-files': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const scales = list(values.scales!);
  const engines = list(values.engines!);
  for (const s of scales) if (!(s in SCALES)) throw new Error(`unknown scale ${s}\n${USAGE}`);
  for (const e of engines)
    if (e !== 'postgres' && e !== 'pglite') throw new Error(`unknown engine ${e}\n${USAGE}`);
  const quick = values.quick!;
  return {
    scales: scales as Scale[],
    engines: engines as Engine[],
    quick,
    fresh: values.fresh!,
    concurrency: Number(values.concurrency),
    seconds: Number(values.seconds ?? (quick ? 5 : 20)),
    warmup: Number(values.warmup ?? (quick ? 2 : 5)),
    writeRate: Number(values['write-rate']),
    dashboardRuns: quick ? 20 : 100,
    rawRuns: quick ? 2 : 5,
    dashboardBudgetMs: quick ? 10_000 : 60_000,
    importRows: Number(values['import-rows'] ?? (quick ? 2000 : 10_000)),
    importFiles: Number(values['import-files'] ?? (quick ? 1 : 3)),
    pgBase: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432',
    dataDir: process.env.BENCH_DATA_DIR ?? 'bench/.data',
    port: Number(process.env.BENCH_PORT ?? 3108),
  };
}
