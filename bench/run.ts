// `npm run bench`: builds the national data at three scales and measures the dashboard, journal
// writes and CSV import against ceilings measured in the same run. See docs/benchmark.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { measureImport } from './csv-import';
import { measureDashboard } from './dashboard';
import { ensureData, GENERATION, type Target, targetOf } from './datasets';
import { HttpClient, signInOver } from './http-client';
import { describeMachine } from './machine';
import { type BenchOptions, parseOptions } from './options';
import { type BenchResult, markdown, type TargetResult } from './report';
import { startServer } from './servers';
import { BENCH_PASSWORD, ensureBenchUsers } from './users';
import { warmCache } from './warm-cache';
import { measureWrites } from './writes';

const log = (line: string) => console.log(`[bench] ${line}`);

/** The period a national user sees when opening /analytics: January to the month of the data's last day. */
const PERIOD = { from: `${GENERATION.until.slice(0, 4)}-01`, to: GENERATION.until.slice(0, 7) };

async function postgresVersion(base: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: `${base.replace(/\/$/, '')}/postgres` });
  try {
    await client.connect();
    const r = await client.query('show server_version');
    return `PostgreSQL ${r.rows[0].server_version}`;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

async function measureTarget(target: Target, o: BenchOptions): Promise<TargetResult> {
  const name = `${target.engine} ${target.scale}`;
  log(`${name}: data`);
  const dataGenerated = await ensureData(target, o.fresh, log);
  log(`${name}: ${dataGenerated.generated ? `generated in ${dataGenerated.seconds} s` : 'reused'}`);
  const port = target.engine === 'postgres' ? o.port : o.port + 1;
  const running = await startServer(target, port);
  const client = new HttpClient(running.baseUrl, o.concurrency * 2);
  const result: TargetResult = { engine: target.engine, scale: target.scale, records: 0, dataGenerated };
  try {
    const counted = (await running.db.execute(
      sql`select count(*)::int as n from journal_records where deleted_at is null`,
    )) as unknown as { rows: { n: number }[] };
    result.records = Number(counted.rows[0].n);
    if (target.engine === 'postgres') {
      const warmed = await warmCache(running.db);
      result.cacheWarmedMb = warmed;
      log(
        `${name}: ${warmed === null ? 'pg_prewarm is not installed: the page cache is as the machine left it' : `${warmed} MB of tables and indexes read into the page cache`}`,
      );
    }
    const users = await ensureBenchUsers(running.db, o.concurrency);
    const cookie = await signInOver(client, users.national, BENCH_PASSWORD);

    log(`${name}: dashboard (${result.records} records)`);
    result.dashboard = await measureDashboard(client, cookie, running.db, PERIOD, {
      http: o.dashboardRuns,
      raw: o.rawRuns,
      budgetMs: o.dashboardBudgetMs,
    });
    log(`${name}: dashboard page p95 ${result.dashboard.page.p95} ms, ${result.dashboard.speedup}× raw`);

    log(
      `${name}: writes (${o.concurrency} concurrent, ${o.seconds} s per load after ${o.warmup} s of warm-up)`,
    );
    result.writes = await measureWrites(
      { ...running, client, writers: users.writers, lastDay: GENERATION.until },
      { concurrency: o.concurrency, seconds: o.seconds, warmup: o.warmup, rate: o.writeRate },
    );
    log(
      `${name}: writes ${result.writes.http.rate}/s, straight ${result.writes.straight.rate}/s; at ${o.writeRate}/s p99 ${result.writes.atRate.latency.p99} ms`,
    );

    log(`${name}: CSV import of ${o.importFiles} × ${o.importRows} rows`);
    result.import = await measureImport(
      client,
      cookie,
      running,
      o.importRows,
      GENERATION.until,
      o.importFiles,
    );
    log(`${name}: import ${result.import.importRate} rows/s, COPY ${result.import.copyRate} rows/s`);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    log(`${name}: FAILED ${result.error}`);
  } finally {
    client.close();
    await running.stop();
  }
  return result;
}

const o = parseOptions(process.argv.slice(2));
const startedAt = new Date().toISOString();
const started = performance.now();
const machine = describeMachine(o.engines.includes('postgres') ? await postgresVersion(o.pgBase) : null);
const targets: TargetResult[] = [];
for (const scale of o.scales) {
  for (const engine of o.engines) {
    // PGlite is the embedded default for one centre or region, not the national deployment.
    if (engine === 'pglite' && scale === 'large') continue;
    targets.push(await measureTarget(targetOf(engine, scale, o.pgBase, o.dataDir), o));
  }
}
const { pgBase: _base, dataDir: _dir, ...shown } = o;
const result: BenchResult = {
  startedAt,
  seconds: Math.round((performance.now() - started) / 1000),
  machine,
  options: shown,
  targets,
};
const dir = path.join('bench', 'results');
mkdirSync(dir, { recursive: true });
const stamp = startedAt.replace(/[:.]/g, '-').slice(0, 19);
const table = markdown(result);
writeFileSync(path.join(dir, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(path.join(dir, `${stamp}.md`), table);
// Formatted as the project's linter wants it, so a committed result passes `npm run lint`.
spawnSync(
  path.join('node_modules', '.bin', 'biome'),
  ['format', '--write', path.join(dir, `${stamp}.json`)],
  {
    stdio: 'ignore',
  },
);
console.log(`\n${table}`);
log(`written to ${dir}/${stamp}.json and .md`);
process.exitCode = targets.some((t) => t.error) ? 1 : 0;
