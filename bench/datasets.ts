import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** The three sizes of the data set, in journal records (the generator makes about this many). */
export const SCALES = { small: 100_000, middle: 1_000_000, large: 10_000_000 } as const;
export type Scale = keyof typeof SCALES;
export type Engine = 'postgres' | 'pglite';

/** Generator settings shared by every scale: the same seed and last day give the same data. */
export const GENERATION = { seed: 2026, until: '2026-10-31' };

/** One database the benchmark measures: an engine at a scale. */
export interface Target {
  engine: Engine;
  scale: Scale;
  /** PostgreSQL URL of the scale's own database. */
  url?: string;
  /** PGlite data directory. */
  dataDir?: string;
}

/** The benchmark's databases: `<base>/bench_<scale>` on PostgreSQL, `<dataDir>/pglite-<scale>` for PGlite. */
export function targetOf(engine: Engine, scale: Scale, pgBase: string, dataDir: string): Target {
  return engine === 'postgres'
    ? { engine, scale, url: `${pgBase.replace(/\/$/, '')}/bench_${scale}` }
    : { engine, scale, dataDir: path.join(dataDir, `pglite-${scale}`) };
}

const MARKER = 'bench-generated.json';

async function withAdmin<T>(url: string, work: (c: pg.Client, name: string) => Promise<T>): Promise<T> {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = '/postgres';
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    return await work(client, name);
  } finally {
    await client.end();
  }
}

/** Whether the target already holds the generated national data (then it is reused). */
async function generated(target: Target): Promise<boolean> {
  if (target.dataDir) return existsSync(path.join(target.dataDir, MARKER));
  const exists = await withAdmin(target.url!, async (c, name) => {
    const r = await c.query('select 1 from pg_database where datname = $1', [name]);
    return r.rowCount === 1;
  });
  if (!exists) return false;
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const r = await client.query(
      `select count(*)::int as n from users where email like 'synthetic.%@jastar.invalid'`,
    );
    return r.rows[0].n > 0;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

function runSeed(target: Target, log: (line: string) => void): Promise<void> {
  const env = { ...process.env, LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv;
  if (target.url) env.DATABASE_URL = target.url;
  else {
    delete env.DATABASE_URL;
    env.JASTAR_DATA_DIR = target.dataDir;
  }
  const args = [
    '--import',
    'tsx',
    'src/server/cli.ts',
    'seed',
    '--scale',
    'national',
    '--services',
    String(SCALES[target.scale]),
    '--seed',
    String(GENERATION.seed),
    '--until',
    GENERATION.until,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n')) if (line.trim()) log(`    ${line}`);
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed exited with ${code}`))));
  });
}

/**
 * Makes sure the target holds the national data of its scale: reused when a previous run generated it
 * (unless `fresh`), otherwise a new database (or data directory) filled by `npm run seed -- --scale national`.
 * Answers whether it generated and how long that took.
 */
export async function ensureData(target: Target, fresh: boolean, log: (line: string) => void) {
  if (!fresh && (await generated(target))) return { generated: false, seconds: 0 };
  const start = performance.now();
  if (target.url) {
    await withAdmin(target.url, async (c, name) => {
      await c.query(`drop database if exists ${name} with (force)`);
      await c.query(`create database ${name}`);
    });
  } else {
    rmSync(target.dataDir!, { recursive: true, force: true });
  }
  await runSeed(target, log);
  if (target.dataDir) writeFileSync(path.join(target.dataDir, MARKER), JSON.stringify(GENERATION));
  return { generated: true, seconds: Math.round((performance.now() - start) / 100) / 10 };
}
