import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

/** The database handle every module uses; identical for PGlite and PostgreSQL. */
export type AppDb = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API as the database. */
export type DbOrTx = AppDb | Parameters<Parameters<AppDb['transaction']>[0]>[0];

export interface Database {
  db: AppDb;
  kind: 'pglite' | 'postgres';
  /** Applies the committed SQL migrations; a no-op when they are all applied. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The PGlite instance when embedded (for COPY and snapshots). */
  pglite?: PGlite;
  /** The pg pool when on PostgreSQL (for COPY streams). */
  pool?: pg.Pool;
}

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

// int8 (bigint) comes back from pg as a string; counts in this app fit in a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export type DatabaseOptions =
  | { url: string; maxConnections?: number }
  | { dataDir: string }
  | { memory: true; loadDataDir?: Blob };

/** Opens PostgreSQL when given a URL, otherwise the embedded PGlite in a directory or in memory. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('url' in options) {
    // Idle connections stay open: a new one is a new server process whose first statements are
    // planned with cold caches, which showed as writes of 100-400 ms whenever a quiet spell had
    // let the pool's default 10-second idle timeout close connections.
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      idleTimeoutMillis: 0,
    });
    // An idle connection the server closes (restart, or a test database dropped with force) must not
    // crash the process; the pool replaces it on the next query.
    pool.on('error', (err: Error & { code?: string }) => {
      if (err.code !== '57P01') console.error('[jastar] idle PostgreSQL connection failed:', err.message);
    });
    const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as AppDb;
    return {
      db,
      kind: 'postgres',
      pool,
      migrate: () => migratePg(drizzlePg({ client: pool }), { migrationsFolder: MIGRATIONS_DIR }),
      close: () => pool.end(),
    };
  }
  let pglite: PGlite;
  if ('dataDir' in options) {
    mkdirSync(options.dataDir, { recursive: true });
    pglite = await PGlite.create({ dataDir: options.dataDir });
  } else {
    pglite = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  }
  const db = drizzlePglite({ client: pglite, schema, casing: 'snake_case' }) as unknown as AppDb;
  return {
    db,
    kind: 'pglite',
    pglite,
    migrate: () => migratePglite(drizzlePglite({ client: pglite }), { migrationsFolder: MIGRATIONS_DIR }),
    close: () => pglite.close(),
  };
}

// The tables a request touches most: planning a statement over each loads its catalog entries and
// its indexes' into the connection's caches (EXPLAIN plans without running anything).
const WARM_TABLES = [
  'sessions',
  'users',
  'centres',
  'service_types',
  'youth',
  'youth_consents',
  'journal_records',
  'journal_daily_rollup',
  'journal_month_services',
  'journal_region_month_services',
  'journal_youth_months',
  'journal_people_months',
  'audit_log',
];

/**
 * Opens every connection of a PostgreSQL pool at once and has each plan a statement over the
 * busiest tables, so the first requests after a start do not wait for new server processes with
 * cold catalog caches (writes took 200–400 ms then, against 10–40 ms once warm). For the server's
 * start; a no-op on PGlite, whose one connection is the process itself.
 */
export async function warmConnections(database: Database): Promise<number> {
  const { pool } = database;
  if (!pool) return 0;
  const clients = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
  try {
    const warm = WARM_TABLES.map((table) => `explain select from ${table}`).join('; ');
    await Promise.all(clients.map((client) => client.query(warm)));
  } finally {
    for (const client of clients) client.release();
  }
  return clients.length;
}
