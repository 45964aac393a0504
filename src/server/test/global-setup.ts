import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';
import { loadShippedData } from '../db/shipped-data';

declare module 'vitest' {
  export interface ProvidedContext {
    /** File with a migrated PGlite data directory, loaded by every test database (PGlite mode). */
    pgliteSnapshot: string;
    /** Name of a migrated template database on the TEST_DATABASE_URL server (PostgreSQL mode). */
    pgTemplate: string;
  }
}

/**
 * Prepares one migrated database with reference data, once per run: a PGlite snapshot by default,
 * or a template database on PostgreSQL when TEST_DATABASE_URL is set. Each test file then gets a
 * fresh copy in well under a second.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    try {
      await admin.connect();
    } catch (err) {
      throw new Error(
        `TEST_DATABASE_URL is set but PostgreSQL does not answer at ${url}: ${(err as Error).message}`,
      );
    }
    const template = `jastar_tpl_${process.pid}`;
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const target = new URL(url);
    target.pathname = `/${template}`;
    const database = await openDatabase({ url: target.toString(), maxConnections: 2 });
    await database.migrate();
    await loadShippedData(database.db);
    await database.close();
    project.provide('pgTemplate', template);
    project.provide('pgliteSnapshot', '');
    return async () => {
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'jastar-test-'));
  const database = await openDatabase({ memory: true });
  await database.migrate();
  await loadShippedData(database.db);
  const dump = await database.pglite!.dumpDataDir('none');
  const file = path.join(dir, 'snapshot.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteSnapshot', file);
  project.provide('pgTemplate', '');
  return () => rmSync(dir, { recursive: true, force: true });
}
