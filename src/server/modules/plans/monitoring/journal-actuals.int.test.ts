import { and, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { freshDatabase } from '../../../test/database';
import { makeCentre, makeUser, seededRandom } from '../../../test/factories';
import { neetCases } from '../../journal/cases/cases.tables';
import { serviceDirections, serviceTypes } from '../../journal/journal.tables';
import { journalRecords } from '../../journal/records/records.tables';
import { deleteRecord, insertRecords, type RecordDraft } from '../../journal/records/records.writer';
import { youth } from '../../journal/youth/youth.tables';
import { planFulfilment } from './fulfilment';
import { kpiActuals } from './journal-actuals';
import { quarterBounds } from './kpi-status';
import { insertTestPlan, testKpi } from './monitoring.test-support';

// KPI actuals read only the rollups; here every quarter's year-to-date figure must equal a recount
// of the raw journal for each indicator, with and without a direction, written through the writer.
let database: Database;
let centres: { id: number; regionCode: string }[];
let directions: { id: number; code: string }[];
let userId: number;

const INDICATORS = ['served_youth', 'neet_reached', 'services_total', 'neet_cases_confirmed'] as const;

beforeAll(async () => {
  database = await freshDatabase();
  const { db } = database;
  const random = seededRandom(7);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  centres = [await makeCentre(db, { regionCode: '75' }), await makeCentre(db, { regionCode: '75' })];
  const user = await makeUser(db, 'national');
  userId = user.id;
  const actor = { userId: user.id, label: 'test' };
  const types = await db.select().from(serviceTypes).limit(8);
  directions = await db
    .select({ id: serviceDirections.id, code: serviceDirections.code })
    .from(serviceDirections);
  const people = await db
    .insert(youth)
    .values(
      Array.from({ length: 10 }, (_, i) => ({
        centreId: centres[i % 2].id,
        regionCode: '75',
        lastName: `Тұлға${i}`,
        firstName: 'Сынақ',
        birthDate: '2003-03-01',
        gender: i % 2 ? ('male' as const) : ('female' as const),
        status: 'studying' as const,
      })),
    )
    .returning();
  // Quarter edges on both sides, and days of the neighbouring years that must stay out.
  const days = [
    '2024-12-31',
    '2025-01-01',
    '2025-03-31',
    '2025-04-01',
    '2025-06-30',
    '2025-07-01',
    '2025-09-15',
    '2025-10-01',
    '2025-12-31',
    '2026-01-01',
  ];
  for (let round = 0; round < 4; round++) {
    // Two statements per round, not one per person: set-up stays quick on a loaded machine.
    const neet = people.filter(() => random() < 0.4).map((p) => p.id);
    await db
      .update(youth)
      .set({ status: 'employed' })
      .where(
        inArray(
          youth.id,
          people.map((p) => p.id),
        ),
      );
    if (neet.length) await db.update(youth).set({ status: 'neet' }).where(inArray(youth.id, neet));
    const drafts: RecordDraft[] = Array.from({ length: 30 }, () => {
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
      for (const row of rows.slice(0, 2)) await deleteRecord(tx, actor, user.id, row, 'entered twice');
    });
  }
  const kase = (i: number, status: string, closedOn: string | null) => ({
    youthId: people[i].id,
    centreId: centres[0].id,
    regionCode: '75',
    caseWorkerId: user.id,
    status: status as typeof neetCases.$inferInsert.status,
    openedOn: '2024-06-01',
    closedOn,
  });
  await db
    .insert(neetCases)
    .values([
      kase(0, 'closed_confirmed', '2025-03-31'),
      kase(2, 'closed_confirmed', '2025-04-01'),
      kase(4, 'closed_confirmed', '2025-12-31'),
      kase(6, 'closed_confirmed', '2024-12-31'),
      kase(8, 'closed_not_held', '2025-05-05'),
    ]);
});
afterAll(() => database.close());

/** A year-to-date figure counted straight from the raw journal and the case register. */
async function rawCount(
  centreId: number,
  indicator: (typeof INDICATORS)[number],
  direction: { id: number } | null,
  from: string,
  to: string,
): Promise<number> {
  const { db } = database;
  if (indicator === 'neet_cases_confirmed') {
    const [c] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(neetCases)
      .where(
        and(
          eq(neetCases.centreId, centreId),
          eq(neetCases.status, 'closed_confirmed'),
          gte(neetCases.closedOn, from),
          lt(neetCases.closedOn, to),
        ),
      );
    return c.n;
  }
  const r = journalRecords;
  const [row] = await db
    .select({
      served: sql<number>`count(distinct ${r.youthId})`.mapWith(Number),
      neet: sql<number>`count(distinct ${r.youthId}) filter (where ${r.youthNeet})`.mapWith(Number),
      services: sql<number>`count(*)`.mapWith(Number),
    })
    .from(r)
    .where(
      and(
        isNull(r.deletedAt),
        eq(r.centreId, centreId),
        gte(r.serviceDate, from),
        lt(r.serviceDate, to),
        direction ? eq(r.directionId, direction.id) : undefined,
      ),
    );
  return indicator === 'served_youth' ? row.served : indicator === 'neet_reached' ? row.neet : row.services;
}

describe('journal KPI actuals', () => {
  it('equal a raw-journal recount at each quarter end, with and without a direction', async () => {
    const usedDirections = await database.db
      .selectDistinct({ id: journalRecords.directionId })
      .from(journalRecords);
    const withData = directions.filter((d) => usedDirections.some((u) => u.id === d.id)).slice(0, 2);
    expect(withData.length).toBe(2);
    const measures = INDICATORS.flatMap((code) => [
      { indicatorCode: code, direction: null as { id: number; code: string } | null },
      ...withData.map((d) => ({ indicatorCode: code, direction: d as { id: number; code: string } | null })),
    ]);
    const kpis = measures.map((m, i) =>
      testKpi(`k${i + 1}`, 1, [1, 1, 1, 1], {
        indicatorCode: m.indicatorCode,
        direction: m.direction?.code ?? null,
      }),
    );
    let nonZero = 0;
    for (const centre of centres) {
      const actuals = await kpiActuals(database.db, centre.id, 2025, kpis, '2026-02-01');
      for (const [i, m] of measures.entries()) {
        const expected = [];
        for (const q of [1, 2, 3, 4]) {
          const direction = m.indicatorCode === 'neet_cases_confirmed' ? null : m.direction;
          expected.push(
            await rawCount(centre.id, m.indicatorCode, direction, '2025-01-01', quarterBounds(2025, q).to),
          );
        }
        expect(actuals.get(`k${i + 1}`), JSON.stringify({ centre: centre.id, m })).toEqual(expected);
        nonZero += expected[3] > 0 ? 1 : 0;
      }
    }
    expect(nonZero).toBeGreaterThan(10);
  });

  it('count a young person once over the year to date, not once per quarter', async () => {
    const kpi = testKpi('k1', 1, [1, 1, 1, 1], { indicatorCode: 'served_youth', direction: null });
    const served = (await kpiActuals(database.db, centres[0].id, 2025, [kpi], '2026-02-01')).get('k1');
    const [perQuarterSum] = await database.db
      .execute(sql`
      select coalesce(sum(n), 0)::int as n from (
        select count(distinct youth_id) as n from journal_records
        where deleted_at is null and youth_id is not null and centre_id = ${centres[0].id}
          and service_date >= '2025-01-01' and service_date < '2026-01-01'
        group by extract(quarter from service_date)) q`)
      .then((r) => (r as unknown as { rows: { n: number }[] }).rows);
    expect(served?.[3]).toBeLessThan(Number(perQuarterSum.n));
  });

  it('leave quarters not begun empty and count the running one up to the as-of date', async () => {
    const kpis = [
      testKpi('k1', 1, [1, 1, 1, 1], { indicatorCode: 'services_total', direction: null }),
      testKpi('k2', 1, [1, 1, 1, 1], { indicatorCode: 'neet_cases_confirmed', direction: null }),
    ];
    const actuals = await kpiActuals(database.db, centres[0].id, 2025, kpis, '2025-08-31');
    const services = actuals.get('k1');
    expect(services?.slice(2)).toEqual([
      await rawCount(centres[0].id, 'services_total', null, '2025-01-01', '2025-09-01'),
      null,
    ]);
    expect(actuals.get('k2')).toEqual([1, 2, 2, null]);
    const before = await kpiActuals(database.db, centres[0].id, 2025, kpis, '2024-12-31');
    expect(before.get('k1')).toEqual([null, null, null, null]);
  });

  it('give zeros for a direction the catalogue does not know', async () => {
    const kpi = testKpi('k1', 1, [1, 1, 1, 1], {
      indicatorCode: 'services_total',
      direction: 'no_such_direction',
    });
    expect((await kpiActuals(database.db, centres[0].id, 2025, [kpi], '2026-02-01')).get('k1')).toEqual([
      0, 0, 0, 0,
    ]);
  });
});

describe('plan fulfilment', () => {
  it('is the mean of actual ÷ target capped at 1 over the approved version’s KPIs', async () => {
    const centre = centres[1];
    const services = await rawCount(centre.id, 'services_total', null, '2025-01-01', '2026-01-01');
    const served = await rawCount(centre.id, 'served_youth', null, '2025-01-01', '2026-01-01');
    expect(services).toBeGreaterThan(2);
    const planId = await insertTestPlan(database.db, {
      centre,
      year: 2025,
      createdBy: userId,
      approved: true,
      kpis: [
        // Met and overshot: counts 1, not more.
        testKpi('k1', services - 1, [1, 1, 1, services - 1], {
          indicatorCode: 'services_total',
          direction: null,
        }),
        // Half reached.
        testKpi('k2', served * 2, [1, 1, 1, served * 2], { indicatorCode: 'served_youth', direction: null }),
        // Manual with nothing entered: 0.
        testKpi('k3', 5, [1, 2, 3, 5]),
      ],
      // The amendment being drafted is not what the year is judged by.
      draftKpis: [testKpi('k1', 1, [1, 1, 1, 1], { indicatorCode: 'services_total', direction: null })],
    });
    const result = await planFulfilment(database.db, planId, '2026-01-15');
    expect(result.kpis).toBe(3);
    expect(result.met).toBe(1);
    expect(result.items).toEqual([
      { kpiId: 'k1', target: services - 1, actual: services, ratio: services / (services - 1) },
      { kpiId: 'k2', target: served * 2, actual: served, ratio: 0.5 },
      { kpiId: 'k3', target: 5, actual: 0, ratio: 0 },
    ]);
    expect(result.share).toBeCloseTo((1 + 0.5 + 0) / 3, 9);
  });

  it('is empty for a plan without KPIs and refuses a plan that does not exist', async () => {
    const planId = await insertTestPlan(database.db, {
      centre: centres[0],
      year: 2025,
      createdBy: userId,
      kpis: [],
    });
    expect(await planFulfilment(database.db, planId, '2026-01-15')).toEqual({
      kpis: 0,
      met: 0,
      share: null,
      items: [],
    });
    await expect(planFulfilment(database.db, 999_999, '2026-01-15')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
