import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RankingItem, Rankings } from '../../../shared/contracts/analytics';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../test/factories';
import { per10k } from '../home/per-youth';
import { serviceTypes } from '../journal/journal.tables';
import { deleteRecord, insertRecords, type RecordDraft } from '../journal/records/records.writer';
import { youth } from '../journal/youth/youth.tables';
import { indicators, indicatorValues } from '../plans/indicators.tables';

// Rankings read rollups only; each value must equal the count straight from the raw journal.
let t: TestApp;
const cookies: Record<string, string> = {};
type Centre = Awaited<ReturnType<typeof makeCentre>>;
let a35: Centre;
let b35: Centre;
let c35: Centre;
let c75: Centre;
let d75: Centre;
let mine: Centre[];

const get = (url: string, who?: string, lang = 'en') =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/analytics/rankings?${url}`,
    headers: { 'accept-language': lang, ...(who ? { cookie: cookies[who] } : {}) },
  });

/** Services per centre in a period, as laid down below: [previous Jan–Feb 2026, current Mar–Apr 2026]. */
const plan = () =>
  new Map<Centre, [number, number]>([
    [a35, [6, 5]],
    [b35, [1, 3]],
    [c35, [4, 3]],
    [c75, [2, 8]],
    [d75, [0, 0]],
  ]);

/** A measure per centre or region counted from journal_records. */
async function raw(level: 'centre' | 'region', measure: string, from: string, to: string, kind?: string) {
  const key = level === 'centre' ? sql`r.centre_id::text` : sql`r.region_code`;
  const value =
    measure === 'services'
      ? sql`count(*)::int`
      : measure === 'young_people'
        ? sql`count(distinct r.youth_id)::int`
        : sql`(count(distinct r.youth_id) filter (where r.youth_neet))::int`;
  const [y, m] = to.split('-').map(Number);
  const end = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const rows = (
    (await t.db.execute(sql`select ${key} as k, ${value} as v
      from journal_records r join centres c on c.id = r.centre_id
      where r.deleted_at is null and r.service_date >= ${`${from}-01`}::date and r.service_date < ${end}::date
        and ${kind ? sql`c.kind = ${kind}` : sql`true`}
      group by 1`)) as unknown as { rows: { k: string; v: number }[] }
  ).rows;
  return new Map(rows.map((r) => [r.k, Number(r.v)]));
}

const itemOf = (body: Rankings, centre: Centre) =>
  body.items.find((i) => i.centre?.id === centre.id) as RankingItem;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db;
  a35 = await makeCentre(db, { regionCode: '35', kind: 'regional' });
  b35 = await makeCentre(db, { regionCode: '35', kind: 'district', parentId: a35.id });
  c35 = await makeCentre(db, { regionCode: '35', kind: 'city' });
  c75 = await makeCentre(db, { regionCode: '75', kind: 'regional' });
  d75 = await makeCentre(db, { regionCode: '75', kind: 'city' });
  mine = [a35, b35, c35, c75, d75];

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
    manager: await makeUser(db, 'center_manager', { centreId: a35.id }),
    partner: await makeUser(db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(users)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);

  const [type] = await db.select().from(serviceTypes).orderBy(serviceTypes.id).limit(1);
  // Three young people per centre, the first of them NEET.
  const people = new Map<number, { id: number }[]>();
  for (const centre of mine)
    people.set(
      centre.id,
      await db
        .insert(youth)
        .values(
          [0, 1, 2].map((i) => ({
            centreId: centre.id,
            regionCode: centre.regionCode,
            lastName: `Person${centre.id}-${i}`,
            firstName: 'Test',
            birthDate: `200${i}-03-04`,
            gender: i % 2 ? ('male' as const) : ('female' as const),
            status: i === 0 ? ('neet' as const) : ('studying' as const),
          })),
        )
        .returning(),
    );
  const draft = (centre: Centre, serviceDate: string, i: number): RecordDraft => ({
    centreId: centre.id,
    regionCode: centre.regionCode,
    serviceTypeId: type.id,
    directionId: type.directionId,
    isConfidential: false,
    youthId: i % 4 === 3 ? null : (people.get(centre.id) as { id: number }[])[i % 3].id,
    serviceDate,
    serviceTime: null,
    format: 'in_person',
    durationMinutes: 30,
    specialistId: null,
    programmeId: null,
    referral: null,
    outcome: null,
    notes: null,
  });
  const drafts: RecordDraft[] = [];
  for (const [centre, [before, now]] of plan()) {
    for (let i = 0; i < before; i++) drafts.push(draft(centre, i % 2 ? '2026-01-15' : '2026-02-27', i));
    for (let i = 0; i < now; i++) drafts.push(draft(centre, i % 2 ? '2026-03-01' : '2026-04-30', i));
  }
  // Outside both periods, and a deleted record that must not count.
  drafts.push(draft(c75, '2025-12-31', 0), draft(b35, '2026-05-01', 1), draft(b35, '2026-03-10', 2));
  const actor = { userId: users.national.id, label: 'test' };
  const inserted = await db.transaction((tx) => insertRecords(tx, actor, users.national.id, drafts));
  await db.transaction((tx) => deleteRecord(tx, actor, users.national.id, inserted.at(-1)!, 'mistake'));
});
afterAll(() => t?.close());

describe('GET /api/v1/analytics/rankings', () => {
  it('asks for sign-in first; partners and centre roles have no rankings', async () => {
    const q = 'level=centre&measure=services&from=2026-03&to=2026-04';
    expect((await get(q)).statusCode).toBe(401);
    expect((await get(q, 'partner')).statusCode).toBe(403);
    expect((await get(q, 'specialist')).statusCode).toBe(403);
    expect((await get(q, 'manager')).statusCode).toBe(403);
  });

  it('ranks centres by services with shared ranks and the change from the previous period', async () => {
    const res = await get('level=centre&measure=services&from=2026-03&to=2026-04', 'national');
    expect(res.statusCode).toBe(200);
    const body = res.json() as Rankings;
    expect(body.period).toEqual({ from: '2026-03', to: '2026-04' });
    expect(body.previousPeriod).toEqual({ from: '2026-01', to: '2026-02' });
    const summary = (c: Centre) => {
      const i = itemOf(body, c);
      return [i.value, i.rank, i.previousValue, i.previousRank, i.rankChange];
    };
    expect(summary(c75)).toEqual([8, 1, 2, 3, 2]);
    expect(summary(a35)).toEqual([5, 2, 6, 1, -1]);
    expect(summary(b35)).toEqual([3, 3, 1, 4, 1]);
    expect(summary(c35)).toEqual([3, 3, 4, 2, -1]);
    expect(summary(d75)).toEqual([0, 5, 0, 5, 0]);
    expect(itemOf(body, a35).centre).toMatchObject({
      code: a35.code,
      nameKk: a35.nameKk,
      nameRu: a35.nameRu,
      nameEn: a35.nameEn,
      regionCode: '35',
    });
    // Listed by rank.
    const ranks = body.items.map((i) => i.rank as number);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(body.items.slice(0, 2).map((i) => i.centre?.id)).toEqual([c75.id, a35.id]);
  });

  it('gives values equal to the raw journal for every measure, period, level and centre kind', async () => {
    for (const kind of [undefined, 'regional'])
      for (const level of ['centre', 'region'] as const)
        for (const measure of ['services', 'young_people', 'neet_reached'])
          for (const [from, to] of [
            ['2026-03', '2026-04'],
            ['2026-01', '2026-02'],
          ]) {
            const body = (
              await get(
                `level=${level}&measure=${measure}&from=${from}&to=${to}${kind ? `&centreKind=${kind}` : ''}`,
                'national',
              )
            ).json();
            const counts = await raw(level, measure, from, to, kind);
            expect(counts.size, `${level} ${measure} ${from} ${kind}`).toBeGreaterThan(1);
            for (const item of body.items as RankingItem[]) {
              const key = level === 'centre' ? String(item.centre?.id) : item.regionCode;
              expect(item.value, `${level} ${measure} ${from} ${kind} ${key}`).toBe(counts.get(key) ?? 0);
            }
            for (const key of counts.keys())
              expect(
                (body.items as RankingItem[]).some((i) =>
                  level === 'centre' ? String(i.centre?.id) === key : i.regionCode === key,
                ),
              ).toBe(true);
          }
    // Distinct people: the current period's young people differ from services.
    const people = (
      await get('level=centre&measure=young_people&from=2026-03&to=2026-04', 'national')
    ).json();
    expect(itemOf(people, c75).value).toBe(3);
    const neet = (await get('level=centre&measure=neet_reached&from=2026-03&to=2026-04', 'national')).json();
    expect(itemOf(neet, c75).value).toBe(1);
  });

  it('ranks regions per 10,000 young people where the population is known, the others last', async () => {
    const body = (
      await get('level=region&measure=services_per_10k&from=2026-03&to=2026-04', 'national')
    ).json() as Rankings;
    const r35 = body.items.find((i) => i.regionCode === '35') as RankingItem;
    const r75 = body.items.find((i) => i.regionCode === '75') as RankingItem;
    const services = await raw('region', 'services', '2026-03', '2026-04');
    expect(r35.value).toBe(per10k(services.get('35') as number, 200_000));
    expect(r35.rank).toBe(1);
    expect(r75).toMatchObject({ value: null, rank: null, rankChange: null, centre: null });
    const firstUnranked = body.items.findIndex((i) => i.rank === null);
    expect(body.items.slice(firstUnranked).every((i) => i.rank === null)).toBe(true);
  });

  it('refuses a per-10,000 measure for centres with a localized field error', async () => {
    const res = await get(
      'level=centre&measure=young_people_per_10k&from=2026-03&to=2026-04',
      'national',
      'ru',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      field: 'measure',
      code: 'region_level_only',
      message: 'Показатели на 10 000 молодёжи доступны только по регионам',
    });
    expect((await get('level=district&measure=services', 'national')).statusCode).toBe(400);
    expect((await get('level=centre&measure=services&from=2026-04&to=2026-01', 'national')).statusCode).toBe(
      400,
    );
  });

  it('confines a regional user to their region', async () => {
    const centresOf = (
      await get('level=centre&measure=services&from=2026-03&to=2026-04', 'regional')
    ).json() as Rankings;
    expect(centresOf.items.length).toBeGreaterThanOrEqual(3);
    expect(centresOf.items.every((i) => i.regionCode === '35')).toBe(true);
    expect(centresOf.items.some((i) => i.centre?.id === c75.id)).toBe(false);
    // Ranked among their own centres only.
    expect([itemOf(centresOf, a35).rank, itemOf(centresOf, b35).rank, itemOf(centresOf, c35).rank]).toEqual([
      1, 2, 2,
    ]);
    expect(itemOf(centresOf, b35).previousRank).toBe(3);
    // Young people per centre of the region, as the raw journal counts them, and no other region's centre.
    const people = (
      await get('level=centre&measure=young_people&from=2026-03&to=2026-04', 'regional')
    ).json() as Rankings;
    const rawPeople = await raw('centre', 'young_people', '2026-03', '2026-04');
    expect(people.items.length).toBeGreaterThan(0);
    for (const item of people.items) {
      expect(item.regionCode).toBe('35');
      expect(item.value).toBe(rawPeople.get(String(item.centre?.id)) ?? 0);
    }
    const regions = (await get('level=region&measure=services&from=2026-03&to=2026-04', 'regional')).json();
    expect(regions.items.map((i: RankingItem) => i.regionCode)).toEqual(['35']);
    expect(
      (await get('level=centre&measure=services&from=2026-03&to=2026-04&regionCode=75', 'regional'))
        .statusCode,
    ).toBe(404);
  });

  it('follows the centre kind filter and takes the previous period across a year end', async () => {
    const body = (
      await get('level=centre&measure=services&from=2026-01&to=2026-02&centreKind=regional', 'national')
    ).json() as Rankings;
    expect(body.previousPeriod).toEqual({ from: '2025-11', to: '2025-12' });
    expect(body.items.some((i) => i.centre?.id === b35.id || i.centre?.id === c35.id)).toBe(false);
    expect([itemOf(body, a35).rank, itemOf(body, c75).rank]).toEqual([1, 2]);
    // c75's one December service is the previous period; a35 had none.
    expect(itemOf(body, c75)).toMatchObject({ value: 2, previousValue: 1, previousRank: 1, rankChange: -1 });
    expect(itemOf(body, a35)).toMatchObject({ value: 6, previousValue: 0, rankChange: 1 });
  });

  it('answers from the rollups alone: the same ranking with the raw journal out of reach', async () => {
    const query = 'level=region&measure=young_people_per_10k&from=2026-02&to=2026-04';
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
});
