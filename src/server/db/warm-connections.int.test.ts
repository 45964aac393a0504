import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test/database';
import { type Database, warmConnections } from './client';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

describe('warming the database connections at start', () => {
  it('leaves every connection of a PostgreSQL pool open and idle, and does nothing on PGlite', async () => {
    const warmed = await warmConnections(database);
    if (database.kind === 'pglite') {
      expect(warmed).toBe(0);
      return;
    }
    // The test database's pool has 4 connections (test/database.ts).
    expect(warmed).toBe(4);
    expect(database.pool?.totalCount).toBe(4);
    expect(database.pool?.idleCount).toBe(4);
  });
});
