import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { freshDatabase } from '../../../test/database';
import { makeCentre, makeUser, makeYouth, seededRandom } from '../../../test/factories';
import { centres as centresTable } from '../../registry/registry.tables';
import { serviceTypes } from '../journal.tables';
import { journalRecords } from './records.tables';
import { rollupRecordOf } from './records.writer';
import { centreKindChanged, expectedRollups, refreshRollups, storedRollups } from './rollups';

// The rollup mechanism itself, at the SQL level: random inserts, moves and deletes, each followed by
// a refresh of the keys it touched, must leave the rollups equal to a full recomputation.
let database: Database;

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

describe('journal rollups', () => {
  it('stay equal to a recomputation from raw records under random inserts, moves and deletes', async () => {
    const { db } = database;
    const random = seededRandom(7);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    const centres = [
      await makeCentre(db, { regionCode: '75', kind: 'city' }),
      await makeCentre(db, { regionCode: '71' }),
      await makeCentre(db, { regionCode: '75', kind: 'district' }),
    ];
    const user = await makeUser(db, 'national');
    const types = await db.select().from(serviceTypes).limit(4);
    expect(types.length).toBe(4);
    const people = await makeYouth(db, centres, 6, (i) => ({
      birthDate: '2000-01-01',
      gender: i % 2 ? 'male' : 'female',
      status: 'neet',
    }));
    // Four months with a gap, so the people counts see first visits, returns and gaps.
    const days = ['2026-01-31', '2026-02-01', '2026-02-02', '2026-04-15', '2026-05-03'];
    const randomFields = () => {
      const centre = pick(centres);
      const type = pick(types);
      const person = random() < 0.2 ? null : pick(people);
      return {
        centreId: centre.id,
        regionCode: centre.regionCode,
        serviceTypeId: type.id,
        directionId: type.directionId,
        youthId: person?.id ?? null,
        youthGender: person?.gender ?? null,
        youthAge: person ? Math.floor(random() * 30) + 10 : null,
        youthNeet: random() < 0.5,
        serviceDate: pick(days),
        format: 'in_person' as const,
        durationMinutes: Math.floor(random() * 60),
      };
    };

    const live: (typeof journalRecords.$inferSelect)[] = [];
    for (let step = 0; step < 150; step++) {
      const action = live.length < 5 ? 'insert' : pick(['insert', 'insert', 'move', 'delete']);
      await db.transaction(async (tx) => {
        if (action === 'insert') {
          const [row] = await tx
            .insert(journalRecords)
            .values({ ...randomFields(), recordedBy: user.id })
            .returning();
          live.push(row);
          await refreshRollups(tx, { removed: [], added: [rollupRecordOf(row)] });
        } else {
          const index = Math.floor(random() * live.length);
          const before = live[index];
          if (action === 'move') {
            const [after] = await tx
              .update(journalRecords)
              .set(randomFields())
              .where(eq(journalRecords.id, before.id))
              .returning();
            live[index] = after;
            await refreshRollups(tx, { removed: [rollupRecordOf(before)], added: [rollupRecordOf(after)] });
          } else {
            await tx
              .update(journalRecords)
              .set({ deletedAt: new Date() })
              .where(eq(journalRecords.id, before.id));
            live.splice(index, 1);
            await refreshRollups(tx, { removed: [rollupRecordOf(before)], added: [] });
          }
        }
      });
    }
    // An import's batch: many records in one refresh, persons with stored months and new ones, the
    // same person several times, months already held elsewhere.
    for (let batch = 0; batch < 3; batch++) {
      await db.transaction(async (tx) => {
        const rows = await tx
          .insert(journalRecords)
          .values(Array.from({ length: 40 }, () => ({ ...randomFields(), recordedBy: user.id })))
          .returning();
        live.push(...rows);
        await refreshRollups(tx, { removed: [], added: rows.map(rollupRecordOf) });
      });
    }
    // The same young people written at several centres at once (on PostgreSQL truly in parallel,
    // on separate connections): the per-person lock must keep their people counts exact.
    await Promise.all(
      Array.from({ length: 12 }, () =>
        db.transaction(async (tx) => {
          const [row] = await tx
            .insert(journalRecords)
            .values({ ...randomFields(), youthId: people[0].id, recordedBy: user.id })
            .returning();
          await refreshRollups(tx, { removed: [], added: [rollupRecordOf(row)] });
        }),
      ),
    );
    live.push(
      ...(await db.select().from(journalRecords).where(eq(journalRecords.youthId, people[0].id))).filter(
        (r) => !r.deletedAt && !live.some((l) => l.id === r.id),
      ),
    );
    // A centre that changes kind moves its figures to the new kind (the registry calls this).
    await db.transaction(async (tx) => {
      await tx.update(centresTable).set({ kind: 'regional' }).where(eq(centresTable.id, centres[0].id));
      await centreKindChanged(tx, centres[0].id, 'city');
    });

    const stored = await storedRollups(db);
    const expected = await expectedRollups(db);
    expect(stored.daily.length).toBeGreaterThan(5);
    expect(stored.months.length).toBeGreaterThan(5);
    expect(stored.monthServices.length).toBeGreaterThan(5);
    expect(stored.people.length).toBeGreaterThan(20);
    expect(stored).toEqual(expected);
    const total = stored.daily.reduce((n, r) => n + Number(r.services), 0);
    expect(total).toBe(live.length);
  }, 120_000); // 160 transactions and a parallel batch: slow on a loaded machine, not a speed check

  it('hold a bounded number of locks for a batch naming thousands of young people', async () => {
    // PostgreSQL's lock table holds a few thousand locks for all sessions together: an import of
    // 50,000 rows once failed with "out of shared memory" taking a lock per person.
    const { db } = database;
    const centre = await makeCentre(db, { regionCode: '75' });
    const user = await makeUser(db, 'national');
    const [type] = await db.select().from(serviceTypes).limit(1);
    const people = await makeYouth(
      db,
      [centre],
      3000,
      () => ({ birthDate: '2001-05-05', gender: 'female', status: 'studying' }),
      'Batch',
    );
    const held = await db.transaction(async (tx) => {
      const rows = await tx
        .insert(journalRecords)
        .values(
          people.map((p) => ({
            centreId: centre.id,
            regionCode: centre.regionCode,
            serviceTypeId: type.id,
            directionId: type.directionId,
            youthId: p.id,
            serviceDate: '2026-03-10',
            format: 'in_person' as const,
            recordedBy: user.id,
          })),
        )
        .returning();
      await refreshRollups(tx, { removed: [], added: rows.map(rollupRecordOf) });
      const result = await tx.execute(
        sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()`,
      );
      return (result as unknown as { rows: { n: number }[] }).rows[0].n;
    });
    // One centre lock and at most 1,024 person locks, however many persons.
    expect(held).toBeGreaterThan(1);
    expect(held).toBeLessThanOrEqual(1 + 1024);
    const stored = await storedRollups(db);
    expect(stored).toEqual(await expectedRollups(db));
  }, 120_000);
});
