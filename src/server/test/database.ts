import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client';

let counter = 0;

/**
 * A fresh, migrated database with reference data for one test file: a PGlite copy of the run's
 * snapshot, or a new PostgreSQL database cloned from the run's template when TEST_DATABASE_URL is set.
 */
export async function freshDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('pgTemplate');
  if (url && template) {
    const name = `jastar_t_${process.pid}_${Date.now()}_${counter++}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openDatabase({ url: target.toString(), maxConnections: 4 });
    return {
      ...database,
      close: async () => {
        await database.close();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const snapshot = inject('pgliteSnapshot');
  if (!snapshot) throw new Error('No test database: the global setup did not provide a PGlite snapshot');
  return openDatabase({ memory: true, loadDataDir: new Blob([readFileSync(snapshot)]) });
}
