import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { freshDatabase } from '../../test/database';
import { auditInsert } from './audit';
import { auditLog } from './audit.tables';

let database: Database;

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

describe('audit entries a statement builds', () => {
  it('never keep a secret field, and keep every other state as it was given', async () => {
    const { db } = database;
    const source = sql`select * from (values
      ('1', '75', 3, null::jsonb, '{"email": "a@b.kz", "passwordHash": "$argon2id$x", "tokenHash": "t"}'::jsonb),
      ('2', '75', 3, '{"password": "Secret-1", "role": "specialist"}'::jsonb, '{"role": "manager"}'::jsonb),
      ('3', null, null, null::jsonb, '{"nested": {"password": "kept, not a field of the state"}}'::jsonb)
    ) as v(entity_id, region_code, centre_id, before, after)`;
    await db.execute(auditInsert({ userId: null, label: 'test' }, 'update', 'staff', source));
    const rows = await db
      .select({ id: auditLog.entityId, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.actorLabel, 'test'))
      .orderBy(asc(auditLog.id));
    expect(rows).toEqual([
      { id: '1', before: null, after: { email: 'a@b.kz' } },
      { id: '2', before: { role: 'specialist' }, after: { role: 'manager' } },
      { id: '3', before: null, after: { nested: { password: 'kept, not a field of the state' } } },
    ]);
  });
});
