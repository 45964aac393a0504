import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { freshDatabase } from '../../test/database';
import { makeCentre, makeUser, makeYouth, seededRandom } from '../../test/factories';
import { neetCases } from '../journal/cases/cases.tables';
import { serviceTypes } from '../journal/journal.tables';
import { journalRecords } from '../journal/records/records.tables';
import { deleteRecord, insertRecords, type RecordDraft } from '../journal/records/records.writer';
import { youth } from '../journal/youth/youth.tables';
import { journalFigures, journalFiguresByRegion } from './indicators.journal';

// The journal indicators read only the rollups; here they must equal a count over the raw journal
// for every place and year of a small random data set written through the journal writer.
let database: Database;
let centres: { id: number; regionCode: string }[];

beforeAll(async () => {
  database = await freshDatabase();
  const { db } = database;
  const random = seededRandom(11);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  centres = [
    await makeCentre(db, { regionCode: '75' }),
    await makeCentre(db, { regionCode: '75' }),
    await makeCentre(db, { regionCode: '71' }),
  ];
  const user = await makeUser(db, 'national');
  const actor = { userId: user.id, label: 'test' };
  const types = await db.select().from(serviceTypes).limit(5);
  const people = await makeYouth(db, centres, 12, (i) => ({
    birthDate: '2002-05-01',
    gender: i % 2 ? 'male' : 'female',
    status: 'studying',
  }));
  const days = [
    '2024-12-31',
    '2025-01-01',
    '2025-03-15',
    '2025-03-16',
    '2025-07-01',
    '2025-12-31',
    '2026-01-01',
  ];
  // Four rounds; between them people change status, so someone can be NEET in one month and not in another.
  for (let round = 0; round < 4; round++) {
    for (const p of people) {
      await db
        .update(youth)
        .set({ status: random() < 0.4 ? 'neet' : 'employed' })
        .where(eq(youth.id, p.id));
    }
    const drafts: RecordDraft[] = Array.from({ length: 25 }, () => {
      const centre = pick(centres);
      const type = pick(types);
      const person = random() < 0.2 ? null : pick(people);
      return {
        centreId: centre.id,
        regionCode: centre.regionCode,
        serviceTypeId: type.id,
        directionId: type.directionId,
        isConfidential: false,
        youthId: person?.id ?? null,
        serviceDate: pick(days),
        serviceTime: null,
        format: 'in_person',
        durationMinutes: 30,
        specialistId: user.id,
        programmeId: null,
        referral: null,
        outcome: null,
        notes: null,
      };
    });
    await db.transaction(async (tx) => {
      const rows = await insertRecords(tx, actor, user.id, drafts);
      // Some records are deleted again: they must leave every figure.
      for (const row of rows.slice(0, 3)) await deleteRecord(tx, actor, user.id, row, 'entered twice');
    });
  }
  const kase = (
    youthId: number,
    centre: { id: number; regionCode: string },
    status: string,
    closedOn: string | null,
  ) => ({
    youthId,
    centreId: centre.id,
    regionCode: centre.regionCode,
    caseWorkerId: user.id,
    status: status as typeof neetCases.$inferInsert.status,
    openedOn: '2024-06-01',
    closedOn,
  });
  await db
    .insert(neetCases)
    .values([
      kase(people[0].id, centres[0], 'closed_confirmed', '2025-02-01'),
      kase(people[1].id, centres[1], 'closed_confirmed', '2025-12-31'),
      kase(people[2].id, centres[2], 'closed_confirmed', '2025-06-30'),
      kase(people[3].id, centres[0], 'closed_confirmed', '2024-12-31'),
      kase(people[4].id, centres[0], 'closed_not_held', '2025-05-05'),
      kase(people[5].id, centres[1], 'in_progress', null),
    ]);
});
afterAll(() => database.close());

/** The same figures counted straight from the raw journal and the cases. */
async function fromRawJournal(year: number, place: { regionCode?: string; centreId?: number }) {
  const { db } = database;
  const where = and(
    isNull(journalRecords.deletedAt),
    sql`extract(year from ${journalRecords.serviceDate}) = ${year}`,
    place.regionCode ? eq(journalRecords.regionCode, place.regionCode) : undefined,
    place.centreId !== undefined ? eq(journalRecords.centreId, place.centreId) : undefined,
  );
  const [r] = await db
    .select({
      served: sql<number>`count(distinct ${journalRecords.youthId})`.mapWith(Number),
      neet: sql<number>`count(distinct ${journalRecords.youthId}) filter (where ${journalRecords.youthNeet})`.mapWith(
        Number,
      ),
      services: sql<number>`count(*)`.mapWith(Number),
    })
    .from(journalRecords)
    .where(where);
  const [c] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(neetCases)
    .where(
      and(
        eq(neetCases.status, 'closed_confirmed'),
        sql`extract(year from ${neetCases.closedOn}) = ${year}`,
        place.regionCode ? eq(neetCases.regionCode, place.regionCode) : undefined,
        place.centreId !== undefined ? eq(neetCases.centreId, place.centreId) : undefined,
      ),
    );
  return {
    served_youth: r.served,
    neet_reached: r.neet,
    services_total: r.services,
    neet_cases_confirmed: c.n,
  };
}

describe('journal indicators', () => {
  it('equal a count over the raw journal for every centre, region, the country and year', async () => {
    const places = [
      {},
      { regionCode: '75' },
      { regionCode: '71' },
      { regionCode: '11' },
      ...centres.map((c) => ({ centreId: c.id })),
    ];
    for (const year of [2024, 2025, 2026]) {
      for (const place of places) {
        expect(await journalFigures(database.db, year, place), JSON.stringify({ year, place })).toEqual(
          await fromRawJournal(year, place),
        );
      }
    }
    const year2025 = await journalFigures(database.db, 2025);
    expect(year2025.services_total).toBeGreaterThan(30);
    expect(year2025.served_youth).toBeGreaterThan(5);
    expect(year2025.neet_reached).toBeGreaterThan(0);
    expect(year2025.neet_reached).toBeLessThan(year2025.served_youth);
    expect(year2025.neet_cases_confirmed).toBe(3);
  });

  it('count a young person once over the year, not once per month', async () => {
    const { db } = database;
    const [months] = await db
      .execute(
        sql`select count(*)::int as n from journal_youth_months where month >= '2025-01-01' and month < '2026-01-01'`,
      )
      .then((r) => (r as unknown as { rows: { n: number }[] }).rows);
    const figures = await journalFigures(db, 2025);
    // Several people were served in more than one month: a sum of months would overcount.
    expect(Number(months.n)).toBeGreaterThan(figures.served_youth);
  });

  it('by region give each region its own figures', async () => {
    const byRegion = await journalFiguresByRegion(database.db, 2025);
    expect([...byRegion.keys()].sort()).toEqual(['71', '75']);
    for (const code of ['71', '75'])
      expect(byRegion.get(code)).toEqual(await fromRawJournal(2025, { regionCode: code }));
    const only = await journalFiguresByRegion(database.db, 2025, { regionCode: '71' });
    expect([...only.keys()]).toEqual(['71']);
  });
});
