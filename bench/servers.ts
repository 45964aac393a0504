import { type ChildProcess, spawn } from 'node:child_process';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { type AppConfig, loadConfig } from '../src/server/config';
import { bootstrapDatabase } from '../src/server/db/bootstrap';
import { type AppDb, type Database, openDatabase } from '../src/server/db/client';
import { initDataProtection } from '../src/server/platform/crypto';
import type { App } from '../src/server/platform/http/types';
import { buildBenchApp } from './app';
import type { Target } from './datasets';

/** A running app server for one target, and the benchmark's own way into the same database. */
export interface Running {
  baseUrl: string;
  /** The same app in this process, for tracing statements with `inject` (PGlite: the serving app itself). */
  traceApp: App;
  db: AppDb;
  pool?: pg.Pool;
  pglite?: PGlite;
  stop(): Promise<void>;
}

function configOf(target: Target, port: number): AppConfig {
  return loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    JASTAR_DEMO_DATA: 'false',
    PORT: String(port),
    ...(target.url ? { DATABASE_URL: target.url } : { JASTAR_DATA_DIR: target.dataDir }),
  });
}

function startChild(config: AppConfig, target: Target): Promise<ChildProcess> {
  const env = {
    ...process.env,
    NODE_ENV: config.NODE_ENV,
    LOG_LEVEL: 'silent',
    JASTAR_DEMO_DATA: 'false',
    PORT: String(config.PORT),
    DATABASE_URL: target.url,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/server.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve(child);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

/**
 * PostgreSQL: the server in its own process (as deployed), and here a pool of the server's size plus an
 * in-process app for tracing. PGlite: one process can hold the data directory, so the server runs here.
 */
export async function startServer(target: Target, port: number): Promise<Running> {
  const config = configOf(target, port);
  const baseUrl = `http://127.0.0.1:${port}`;
  if (target.url) {
    initDataProtection(config, () => {});
    const child = await startChild(config, target);
    const database: Database = await openDatabase({ url: target.url });
    const traceApp = await buildBenchApp(database, config);
    return {
      baseUrl,
      traceApp,
      db: database.db,
      pool: database.pool,
      stop: async () => {
        await traceApp.close();
        await database.close();
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      },
    };
  }
  const database = await bootstrapDatabase(config, () => {});
  const app = await buildBenchApp(database, config);
  await app.listen({ port, host: '127.0.0.1' });
  return {
    baseUrl,
    traceApp: app,
    db: database.db,
    pglite: database.pglite,
    stop: async () => {
      await app.close();
      await database.close();
    },
  };
}
