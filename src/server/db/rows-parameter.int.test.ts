import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test/database';
import type { Database } from './client';
import { preparedStatement } from './prepared';
import { rowsSlots, rowsValues } from './rows-parameter';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

describe('rows sent as one array per column', () => {
  it('come back exactly, whatever the text holds', async () => {
    const rows = [
      { id: 1, note: 'Сейітқалиева "Әлия", {жоқ}', day: '2025-03-14', ok: true, minutes: null },
      { id: 2, note: 'back\\slash, comma; NULL', day: '2024-02-29', ok: false, minutes: 45 },
      { id: 3, note: 'line\nbreak\tand trailing space ', day: '2025-12-31', ok: null, minutes: 0 },
      { id: 4, note: null, day: '2025-01-01', ok: true, minutes: 720 },
      { id: 5, note: '', day: '2025-01-02', ok: false, minutes: 1 },
    ];
    const columns = { id: 'int', note: 'text', day: 'date', ok: 'boolean', minutes: 'smallint' } as const;
    const select = preparedStatement(
      () => sql`select id, note, day::text as day, ok, minutes from ${rowsSlots(columns, 'c_')} order by id`,
    );
    const result = await select(database.db, rowsValues(rows, columns, 'c_'));
    expect((result as unknown as { rows: unknown[] }).rows).toEqual(rows);
  });

  it('make an empty table from no rows', async () => {
    const count = preparedStatement(
      () => sql`select count(*)::int as n from ${rowsSlots({ id: 'int' }, 'c_')}`,
    );
    const result = await count(database.db, rowsValues([] as { id: number }[], { id: 'int' }, 'c_'));
    expect((result as unknown as { rows: { n: number }[] }).rows[0].n).toBe(0);
  });
});
