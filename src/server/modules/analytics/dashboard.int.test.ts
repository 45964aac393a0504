import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../shared/contracts/analytics';
import { CASE_OUTCOMES } from '../../../shared/contracts/cases';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeUser, makeYouth, seededRandom, TEST_PASSWORD } from '../../test/factories';
import { per10k } from '../home/per-youth';
import { neetCases } from '../journal/cases/cases.tables';
import { serviceTypes } from '../journal/journal.tables';
import { journalRecords } from '../journal/records/records.tables';
import {
  correctRecord,
  deleteRecord,
  insertRecords,
  type RecordDraft,
} from '../journal/records/records.writer';
import { indicators, indicatorValues } from '../plans/indicators.tables';

// The dashboard reads rollups only; every figure it answers must equal the same figure counted
// straight from the raw journal (and the NEET cases) with the same scope and filters.
let t: TestApp;
const cookies: Record<string, string> = {};
type Centre = Awaited<ReturnType<typeof makeCentre>>;
let centresById: Map<number, Centre>;
let a35: Centre;
let b35: Centre;
let c75: Centre;
let directions: number[];
type CaseRow = typeof neetCases.$inferSelect;
let caseRows: CaseRow[];
let live: (typeof journalRecords.$inferSelect)[];
let nationalUser: { id: number };
const moveDays = ['2025-12-30', '2026-02-17', '2026-04-30'];

const get = (url: string, who?: string) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who] } : {} });

interface RawFilter {
  from: string;
  to: string;
  regionCode?: string;
  centreId?: number;
  centreKind?: 'regional' | 'city' | 'district';
  directionId?: number;
}

const dayAfter = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** The dashboard as the raw journal and the case rows say it should be. */
async function fromRaw(f: RawFilter): Promise<Omit<Dashboard, 'byRegion'> & { byRegion: unknown[] }> {
  const conditions: SQL[] = [
    sql`r.deleted_at is null`,
    sql`r.service_date >= ${`${f.from}-01`}::date`,
    sql`r.service_date < ${dayAfter(f.to)}::date`,
  ];
  if (f.regionCode) conditions.push(sql`r.region_code = ${f.regionCode}`);
  if (f.centreId) conditions.push(sql`r.centre_id = ${f.centreId}`);
  if (f.centreKind) conditions.push(sql`c.kind = ${f.centreKind}`);
  if (f.directionId) conditions.push(sql`r.direction_id = ${f.directionId}`);
  const where = sql.join(conditions, sql` and `);
  const query = async (select: SQL, group = sql``) =>
    (
      (await t.db.execute(
        sql`select ${select} from journal_records r join centres c on c.id = r.centre_id where ${where} ${group}`,
      )) as unknown as { rows: Record<string, unknown>[] }
    ).rows;
  const counts = sql`count(*)::int as services, count(distinct r.youth_id)::int as people`;
  const [totals] = await query(sql`count(*)::int as services,
    (count(*) filter (where r.youth_id is null))::int as anonymous,
    count(distinct r.youth_id)::int as people,
    (count(distinct r.youth_id) filter (where r.youth_neet))::int as neet`);
  const months = new Map(
    (await query(sql`to_char(r.service_date, 'YYYY-MM') as k, ${counts}`, sql`group by 1`)).map((r) => [
      r.k,
      r,
    ]),
  );
  const byDirection = await query(sql`r.direction_id as k, ${counts}`, sql`group by 1 order by 1`);
  const byRegion = await query(
    sql`r.region_code as k, ${counts}, (count(distinct r.youth_id) filter (where r.youth_neet))::int as neet`,
    sql`group by 1 order by 1`,
  );

  const monthList: string[] = [];
  for (let m = f.from; m <= f.to; m = dayAfter(m).slice(0, 7)) monthList.push(m);
  const inPeriod = (d: string | null) => d !== null && d >= `${f.from}-01` && d < dayAfter(f.to);
  const cases = caseRows.filter(
    (c) =>
      (!f.regionCode || c.regionCode === f.regionCode) &&
      (!f.centreId || c.centreId === f.centreId) &&
      (!f.centreKind || centresById.get(c.centreId)?.kind === f.centreKind),
  );
  return {
    period: { from: f.from, to: f.to },
    totals: {
      services: Number(totals.services),
      anonymousServices: Number(totals.anonymous),
      youngPeople: Number(totals.people),
      neetReached: Number(totals.neet),
    },
    byMonth: monthList.map((month) => ({
      month,
      services: Number(months.get(month)?.services ?? 0),
      youngPeople: Number(months.get(month)?.people ?? 0),
    })),
    byDirection: byDirection.map((r) => ({
      directionId: Number(r.k),
      services: Number(r.services),
      youngPeople: Number(r.people),
    })),
    byRegion: byRegion.map((r) => ({
      regionCode: r.k,
      services: Number(r.services),
      youngPeople: Number(r.people),
      neetReached: Number(r.neet),
    })),
    cases: {
      opened: cases.filter((c) => inPeriod(c.openedOn)).length,
      outcomes: Object.fromEntries(
        CASE_OUTCOMES.map((o) => [
          o,
          cases.filter((c) => c.outcome === o && inPeriod(c.outcomeOn ?? c.closedOn)).length,
        ]),
      ) as Dashboard['cases']['outcomes'],
      confirmed3m: cases.filter((c) => c.followUp3mHeld && inPeriod(c.followUp3mCheckedOn)).length,
      confirmed6m: cases.filter((c) => c.followUp6mHeld && inPeriod(c.followUp6mCheckedOn)).length,
    },
  };
}

/** The answer with the region rows cut to what the raw journal can say (population is checked apart). */
const comparable = (d: Dashboard) => ({
  ...d,
  byRegion: d.byRegion.map(({ regionCode, services, youngPeople, neetReached }) => ({
    regionCode,
    services,
    youngPeople,
    neetReached,
  })),
});

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db;
  a35 = await makeCentre(db, { regionCode: '35', kind: 'regional' });
  b35 = await makeCentre(db, { regionCode: '35', kind: 'district', parentId: a35.id });
  c75 = await makeCentre(db, { regionCode: '75', kind: 'regional' });
  const d75 = await makeCentre(db, { regionCode: '75', kind: 'city' });
  const all = [a35, b35, c75, d75];
  centresById = new Map(all.map((c) => [c.id, c]));

  // Region 35 has a known youth population, region 75 none.
  const [population] = await db.select().from(indicators).where(eq(indicators.code, 'youth_population'));
  await db
    .delete(indicatorValues)
    .where(
      and(eq(indicatorValues.indicatorId, population.id), inArray(indicatorValues.regionCode, ['35', '75'])),
    );
  await db.insert(indicatorValues).values({
    indicatorId: population.id,
    regionCode: '35',
    year: 2025,
    value: 200_000,
    ageBand: '14-34',
    origin: 'manual',
  });

  const users = {
    national: await makeUser(db, 'national'),
    regional: await makeUser(db, 'regional', { regionCode: '35' }),
    specialist: await makeUser(db, 'specialist', { centreId: b35.id }),
    partner: await makeUser(db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(users)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);

  const types = await db.select().from(serviceTypes).orderBy(serviceTypes.id);
  // Types of three different directions.
  const picked: (typeof types)[number][] = [];
  for (const type of types)
    if (!picked.some((p) => p.directionId === type.directionId) && picked.length < 3) picked.push(type);
  expect(picked).toHaveLength(3);
  directions = picked.map((p) => p.directionId);

  const people = await makeYouth(db, all, 10, (i) => ({
    birthDate: `${1998 + (i % 8)}-05-0${1 + (i % 9)}`,
    gender: i % 2 ? 'male' : 'female',
    status: i % 3 === 0 ? 'neet' : 'studying',
  }));

  const random = seededRandom(11);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const days = [
    '2025-12-30',
    '2026-01-05',
    '2026-01-31',
    '2026-02-01',
    '2026-02-17',
    '2026-03-09',
    '2026-04-30',
  ];
  const drafts: RecordDraft[] = Array.from({ length: 160 }, () => {
    const centre = pick(all);
    const type = pick(picked);
    // Mostly people of the centre's region, some from the other region, a fifth anonymous.
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
      specialistId: null,
      programmeId: null,
      referral: null,
      outcome: null,
      notes: null,
    };
  });
  nationalUser = users.national;
  const actor = { userId: users.national.id, label: 'test' };
  const inserted = await db.transaction((tx) => insertRecords(tx, actor, users.national.id, drafts));
  // Deleted and corrected records: the rollups follow them, and so must the dashboard.
  await db.transaction(async (tx) => {
    for (const row of inserted.slice(0, 6)) await deleteRecord(tx, actor, users.national.id, row, 'mistake');
    for (const [k, row] of inserted.slice(6, 14).entries()) {
      const centre = all[k % 4];
      await correctRecord(
        tx,
        actor,
        row,
        {
          ...drafts[6 + k],
          centreId: centre.id,
          regionCode: centre.regionCode,
          serviceDate: days[k % days.length],
        },
        'wrong centre',
      );
    }
  });

  live = await db.select().from(journalRecords).where(isNull(journalRecords.deletedAt));

  const caseOf = (i: number, centre: Centre, fields: Partial<typeof neetCases.$inferInsert>) => ({
    youthId: people[i].id,
    centreId: centre.id,
    regionCode: centre.regionCode,
    caseWorkerId: users.national.id,
    status: 'open' as const,
    openedOn: '2026-01-10',
    ...fields,
  });
  caseRows = await db
    .insert(neetCases)
    .values([
      caseOf(0, a35, {}),
      caseOf(3, b35, {
        status: 'outcome_recorded',
        openedOn: '2025-11-01',
        outcome: 'employed',
        outcomeOn: '2026-02-03',
        followUp3mDue: '2026-05-03',
        followUp6mDue: '2026-08-03',
      }),
      caseOf(6, c75, {
        status: 'closed_confirmed',
        openedOn: '2025-06-01',
        outcome: 'studying',
        outcomeOn: '2025-09-01',
        followUp3mDue: '2025-12-01',
        followUp3mCheckedOn: '2026-01-02',
        followUp3mHeld: true,
        followUp6mDue: '2026-03-01',
        followUp6mCheckedOn: '2026-03-02',
        followUp6mHeld: true,
        closedOn: '2026-03-02',
      }),
      caseOf(9, b35, {
        status: 'closed_no_outcome',
        openedOn: '2026-02-10',
        outcome: 'none',
        closedOn: '2026-04-20',
        closeReason: 'unreachable',
      }),
    ])
    .returning();
});
afterAll(() => t?.close());

describe('GET /api/v1/analytics/dashboard', () => {
  const url = (query: string) => `/api/v1/analytics/dashboard?${query}`;

  it('asks for sign-in first and has nothing for partners', async () => {
    expect((await get(url('from=2026-01&to=2026-04'))).statusCode).toBe(401);
    expect((await get(url('from=2026-01&to=2026-04'), 'partner')).statusCode).toBe(403);
  });

  it('gives a national user the whole country, every figure equal to the raw journal', async () => {
    const res = await get(url('from=2026-01&to=2026-04'), 'national');
    expect(res.statusCode).toBe(200);
    const body = res.json() as Dashboard;
    const raw = await fromRaw({ from: '2026-01', to: '2026-04' });
    expect(comparable(body)).toEqual(raw);
    // The data is rich enough for the comparison to mean something.
    expect(body.totals.services).toBeGreaterThan(100);
    expect(body.totals.anonymousServices).toBeGreaterThan(0);
    expect(body.totals.neetReached).toBeGreaterThan(0);
    expect(body.totals.youngPeople).toBeLessThan(body.byMonth.reduce((s, m) => s + m.youngPeople, 0));
    expect(body.byRegion.map((r) => r.regionCode)).toEqual(['35', '75']);
    expect(body.cases).toMatchObject({ opened: 2, confirmed3m: 1, confirmed6m: 1 });
    expect(body.cases.outcomes).toMatchObject({ employed: 1, none: 1, studying: 0 });
  });

  it('gives per-10,000 figures where the youth population is known and null elsewhere', async () => {
    const body = (await get(url('from=2026-01&to=2026-04'), 'national')).json() as Dashboard;
    const [r35, r75] = body.byRegion;
    expect(r35).toMatchObject({ youthPopulation: 200_000, youthPopulationYear: 2025, youthAgeBand: '14-34' });
    expect(r35.servicesPer10k).toBe(per10k(r35.services, 200_000));
    expect(r35.youngPeoplePer10k).toBe(per10k(r35.youngPeople, 200_000));
    expect(r35.neetReachedPer10k).toBe(per10k(r35.neetReached, 200_000));
    expect(r35.servicesPer10k).toBeGreaterThan(0);
    expect(r75).toMatchObject({
      youthPopulation: null,
      servicesPer10k: null,
      youngPeoplePer10k: null,
      neetReachedPer10k: null,
    });
  });

  it('follows the period, direction and centre kind filters', async () => {
    for (const [query, filter] of [
      ['from=2026-02&to=2026-03', { from: '2026-02', to: '2026-03' }],
      ['from=2025-12&to=2025-12', { from: '2025-12', to: '2025-12' }],
      [
        `from=2026-01&to=2026-04&directionId=${directions[1]}`,
        { from: '2026-01', to: '2026-04', directionId: directions[1] },
      ],
      [
        'from=2026-01&to=2026-04&centreKind=regional',
        { from: '2026-01', to: '2026-04', centreKind: 'regional' },
      ],
      [
        `from=2026-01&to=2026-04&centreKind=district&directionId=${directions[0]}`,
        { from: '2026-01', to: '2026-04', centreKind: 'district', directionId: directions[0] },
      ],
      ['from=2026-01&to=2026-04&regionCode=75', { from: '2026-01', to: '2026-04', regionCode: '75' }],
      [`from=2026-01&to=2026-04&centreId=${a35.id}`, { from: '2026-01', to: '2026-04', centreId: a35.id }],
    ] as [string, RawFilter][]) {
      const res = await get(url(query), 'national');
      expect(res.statusCode, query).toBe(200);
      expect(comparable(res.json()), query).toEqual(await fromRaw(filter));
    }
    const direction = (
      await get(url(`from=2026-01&to=2026-04&directionId=${directions[1]}`), 'national')
    ).json();
    expect(direction.byDirection.map((d: { directionId: number }) => d.directionId)).toEqual([directions[1]]);
  });

  it('confines a regional user to their region; another region or its centre is not found', async () => {
    const body = (await get(url('from=2026-01&to=2026-04'), 'regional')).json() as Dashboard;
    expect(comparable(body)).toEqual(await fromRaw({ from: '2026-01', to: '2026-04', regionCode: '35' }));
    expect(body.byRegion.map((r) => r.regionCode)).toEqual(['35']);
    expect(body.cases.outcomes.employed).toBe(1);
    expect(body.cases.confirmed6m).toBe(0);
    expect((await get(url('from=2026-01&to=2026-04&regionCode=75'), 'regional')).statusCode).toBe(404);
    expect((await get(url(`from=2026-01&to=2026-04&centreId=${c75.id}`), 'regional')).statusCode).toBe(404);
    const own = await get(url(`from=2026-01&to=2026-04&centreId=${b35.id}`), 'regional');
    expect(comparable(own.json())).toEqual(
      await fromRaw({ from: '2026-01', to: '2026-04', centreId: b35.id }),
    );
  });

  it('confines a centre user to their centre', async () => {
    const body = (await get(url('from=2026-01&to=2026-04'), 'specialist')).json() as Dashboard;
    expect(comparable(body)).toEqual(await fromRaw({ from: '2026-01', to: '2026-04', centreId: b35.id }));
    expect(body.totals.services).toBeGreaterThan(0);
    expect((await get(url(`from=2026-01&to=2026-04&centreId=${a35.id}`), 'specialist')).statusCode).toBe(404);
    expect((await get(url('from=2026-01&to=2026-04&regionCode=75'), 'specialist')).statusCode).toBe(404);
  });

  it('answers from the rollups alone: the same figures with the raw journal out of reach', async () => {
    const query = url(`from=2026-01&to=2026-04&centreKind=regional&directionId=${directions[0]}`);
    const before = (await get(query, 'national')).json();
    await t.db.execute(sql`alter table journal_records rename to journal_records_hidden`);
    try {
      const res = await get(query, 'national');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(before);
    } finally {
      await t.db.execute(sql`alter table journal_records_hidden rename to journal_records`);
    }
  });

  it('equals the raw journal for every period, place, kind and direction, also after records move', async () => {
    const months = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04'];
    const periods = months.flatMap((from, i) => months.slice(i).map((to) => ({ from, to })));
    const places: Partial<RawFilter>[] = [
      {},
      { regionCode: '35' },
      { regionCode: '75' },
      { centreId: a35.id },
      { centreId: b35.id },
      { centreId: c75.id },
    ];
    const filters: RawFilter[] = [];
    let n = 0;
    for (const place of places)
      for (const centreKind of [undefined, 'regional', 'district', 'city'] as const)
        for (const directionId of [undefined, ...directions])
          filters.push({ ...periods[n++ % periods.length], ...place, centreKind, directionId });
    const check = async (f: RawFilter) => {
      const query = Object.entries(f)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${v}`)
        .join('&');
      const res = await get(url(query), 'national');
      expect(res.statusCode, query).toBe(200);
      expect(comparable(res.json()), query).toEqual(await fromRaw(f));
    };
    for (const period of periods) await check(period);
    for (const f of filters) await check(f);

    // Someone served in several months, centres and directions is moved: a record goes to another
    // person, centre, month and direction, and another of theirs is deleted. Every figure follows.
    const byPerson = new Map<number, typeof live>();
    for (const r of live) if (r.youthId) byPerson.set(r.youthId, [...(byPerson.get(r.youthId) ?? []), r]);
    const [busiest, others] = [...byPerson.entries()].sort((a, b) => b[1].length - a[1].length);
    expect(new Set(busiest[1].map((r) => r.serviceDate.slice(0, 7))).size).toBeGreaterThan(2);
    expect(new Set(busiest[1].map((r) => r.centreId)).size).toBeGreaterThan(1);
    expect(new Set(busiest[1].map((r) => r.directionId)).size).toBeGreaterThan(1);
    const [moved, removed] = busiest[1];
    const [type] = await t.db.select().from(serviceTypes).where(eq(serviceTypes.directionId, directions[2]));
    const actor = { userId: nationalUser.id, label: 'test' };
    await t.db.transaction(async (tx) => {
      const centre = moved.centreId === c75.id ? a35 : c75;
      await correctRecord(
        tx,
        actor,
        moved,
        {
          centreId: centre.id,
          regionCode: centre.regionCode,
          serviceTypeId: type.id,
          directionId: type.directionId,
          isConfidential: false,
          youthId: others[0],
          serviceDate: moveDays.find((d) => d.slice(0, 7) !== moved.serviceDate.slice(0, 7))!,
          serviceTime: null,
          format: 'in_person',
          durationMinutes: 45,
          specialistId: null,
          programmeId: null,
          referral: null,
          outcome: null,
          notes: null,
        },
        'wrong person',
      );
      await deleteRecord(tx, actor, nationalUser.id, removed, 'mistake');
    });
    for (const period of periods) await check(period);
    for (const f of filters.filter((_, i) => i % 4 === 0)) await check(f);
  }, 180_000); // some 150 answers, each checked against six raw queries: slow on a loaded machine

  it('refuses a period that ends before it starts', async () => {
    expect((await get(url('from=2026-04&to=2026-01'), 'national')).statusCode).toBe(400);
  });
});
