import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDataDictionary, OpenDataRow, OpenDataSet } from '../../../shared/contracts/open-data';
import { createTestApp, type TestApp } from '../../test/app';
import { makeCentre, makeUser } from '../../test/factories';
import { serviceDirections, serviceTypes } from '../journal/journal.tables';
import { insertRecords, type RecordDraft } from '../journal/records/records.writer';
import { youth } from '../journal/youth/youth.tables';

// A small journal where some region × direction groups have 1–4 people: the public export must
// show none of them, leave nothing recoverable by subtraction, and show every other figure exactly
// as the raw journal counts it.
let t: TestApp;
let directionCodes: string[];
const get = (url: string) => t.app.inject({ method: 'GET', url });

const bandOf = (age: number | null) =>
  age === null || age < 14 || age > 35
    ? 'other'
    : age <= 18
      ? '14_18'
      : age <= 23
        ? '19_23'
        : age <= 28
          ? '24_28'
          : '29_35';

/** Distinct people in the raw journal for 2025, keyed like the export's rows. */
async function rawCounts(): Promise<Map<string, number>> {
  const { rows } = (await t.db.execute(sql`
    select r.region_code as region, d.code as direction, r.youth_id as "youthId",
      r.youth_gender as gender, r.youth_age as age
    from journal_records r join service_directions d on d.id = r.direction_id
    where r.deleted_at is null and r.youth_id is not null
      and r.service_date >= '2025-01-01' and r.service_date <= '2025-12-31'`)) as unknown as {
    rows: { region: string; direction: string; youthId: number; gender: string | null; age: number | null }[];
  };
  const sets = new Map<string, Set<number>>();
  const add = (key: string, id: number) => {
    const set = sets.get(key) ?? new Set<number>();
    set.add(id);
    sets.set(key, set);
  };
  for (const r of rows) {
    const id = Number(r.youthId);
    const categories: [string, string][] = [
      ['by_direction', r.direction],
      ['by_gender', r.gender ?? 'unknown'],
      ['by_age_band', bandOf(r.age === null ? null : Number(r.age))],
    ];
    for (const [table, category] of categories) {
      for (const region of [r.region, 'KZ']) {
        add(`${table}|${region}|${category}`, id);
        add(`${table}|${region}|total`, id);
      }
    }
  }
  return new Map([...sets].map(([k, v]) => [k, v.size]));
}

const keyOf = (row: OpenDataRow) => `${row.table}|${row.regionCode ?? 'KZ'}|${row.category}`;

/** Lines (rows and columns of each table) in which exactly one figure is suppressed. */
function recoverable(rows: { table: string; region: string; category: string; suppressed: boolean }[]) {
  const lines = new Map<string, number>();
  for (const r of rows) {
    for (const key of [`${r.table} region ${r.region}`, `${r.table} category ${r.category}`]) {
      lines.set(key, (lines.get(key) ?? 0) + (r.suppressed ? 1 : 0));
    }
  }
  return [...lines].filter(([, n]) => n === 1).map(([k]) => k);
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db;
  const centres = {
    '35': await makeCentre(db, { regionCode: '35' }),
    '75': await makeCentre(db, { regionCode: '75' }),
    '71': await makeCentre(db, { regionCode: '71' }),
  };
  const user = await makeUser(db, 'national');
  const types = await db.select().from(serviceTypes).orderBy(serviceTypes.id);
  const picked: (typeof types)[number][] = [];
  for (const type of types) {
    if (
      !type.isConfidential &&
      !picked.some((p) => p.directionId === type.directionId) &&
      picked.length < 3
    ) {
      picked.push(type);
    }
  }
  expect(picked).toHaveLength(3);
  const directions = await db.select().from(serviceDirections);
  directionCodes = picked.map((p) => directions.find((d) => d.id === p.directionId)!.code);

  // People per region × direction (index into `picked`): 3 and 2 are small groups.
  const groups: [keyof typeof centres, number, number][] = [
    ['35', 0, 30],
    ['35', 1, 3],
    ['35', 2, 8],
    ['75', 0, 12],
    ['75', 1, 6],
    ['75', 2, 2],
    ['71', 0, 20],
    ['71', 1, 7],
    ['71', 2, 9],
  ];
  let n = 0;
  const drafts: RecordDraft[] = [];
  const draft = (region: keyof typeof centres, typeIndex: number, youthId: number | null, day: string) => {
    const type = picked[typeIndex];
    drafts.push({
      centreId: centres[region].id,
      regionCode: region,
      serviceTypeId: type.id,
      directionId: type.directionId,
      isConfidential: false,
      youthId,
      serviceDate: day,
      serviceTime: null,
      format: 'in_person',
      durationMinutes: 30,
      specialistId: null,
      programmeId: null,
      referral: null,
      outcome: null,
      notes: null,
    });
  };
  const regionPeople: Record<string, number[]> = { '35': [], '75': [], '71': [] };
  for (const [region, typeIndex, count] of groups) {
    const people = await db
      .insert(youth)
      .values(
        Array.from({ length: count }, () => {
          n++;
          return {
            centreId: centres[region].id,
            regionCode: region,
            lastName: `Person${n}`,
            firstName: 'Test',
            birthDate: `${1990 + (n % 17)}-0${1 + (n % 9)}-15`,
            gender: n % 3 ? ('male' as const) : ('female' as const),
            status: 'neet' as const,
          };
        }),
      )
      .returning();
    for (const [i, p] of people.entries()) {
      draft(region, typeIndex, p.id, `2025-${String(1 + (i % 12)).padStart(2, '0')}-10`);
      regionPeople[region].push(p.id);
    }
  }
  // Two people of region 35 served again under another direction (distinct totals are not sums),
  // an anonymous service, and services of another year, none of which may change the counts wrongly.
  draft('35', 2, regionPeople['35'][0], '2025-03-11');
  draft('35', 2, regionPeople['35'][1], '2025-03-11');
  draft('75', 0, null, '2025-05-05');
  draft('75', 2, regionPeople['75'][0], '2024-12-31');
  draft('71', 1, regionPeople['71'][0], '2026-01-01');
  await db.transaction((tx) => insertRecords(tx, { userId: user.id, label: 'test' }, user.id, drafts));
});
afterAll(() => t.close());

describe('open data: youth served', () => {
  it('publishes no group of 1–4 people, nothing recoverable, and exact figures otherwise (JSON)', async () => {
    const res = await get('/api/open-data/v1/youth-served.json?year=2025');
    expect(res.statusCode).toBe(200);
    const set = res.json<OpenDataSet>();
    expect(set).toMatchObject({
      year: 2025,
      quarter: null,
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
    });
    expect(set.rows.length).toBeGreaterThan(0);

    for (const row of set.rows) {
      if (row.people !== null) expect(row.people === 0 || row.people >= 5, keyOf(row)).toBe(true);
      expect(row.flag === 'c').toBe(row.people === null);
    }
    expect(
      recoverable(
        set.rows.map((r) => ({
          table: r.table,
          region: r.regionCode ?? 'KZ',
          category: r.category,
          suppressed: r.flag === 'c',
        })),
      ),
    ).toEqual([]);

    const raw = await rawCounts();
    const byKey = new Map(set.rows.map((r) => [keyOf(r), r]));
    // The small groups are hidden; the big ones are shown exactly.
    expect(byKey.get(`by_direction|35|${directionCodes[1]}`)?.flag).toBe('c');
    expect(byKey.get(`by_direction|75|${directionCodes[2]}`)?.flag).toBe('c');
    expect(byKey.get(`by_direction|35|${directionCodes[0]}`)?.people).toBe(30);
    expect(byKey.get('by_direction|KZ|total')?.people).toBe(97);
    let published = 0;
    for (const row of set.rows) {
      if (row.people === null) continue;
      published++;
      expect(row.people, keyOf(row)).toBe(raw.get(keyOf(row)) ?? 0);
    }
    expect(published).toBeGreaterThan(set.rows.length / 2);
  });

  it('serves the same figures as CSV with a BOM, the dictionary columns and an empty cell flagged c', async () => {
    const [csv, json, dictionary] = await Promise.all([
      get('/api/open-data/v1/youth-served.csv?year=2025'),
      get('/api/open-data/v1/youth-served.json?year=2025'),
      get('/api/open-data/v1/dictionary.json'),
    ]);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const records: string[][] = parse(csv.rawPayload.subarray(3).toString('utf8'));
    const [header, ...lines] = records;
    const dict = dictionary.json<OpenDataDictionary>();
    expect(header).toEqual(dict.columns.map((c) => c.csv));
    const col = (name: string) => header.indexOf(name);
    const set = json.json<OpenDataSet>();
    expect(lines).toHaveLength(set.rows.length);
    for (const [i, line] of lines.entries()) {
      const people = line[col('people')];
      if (people !== '') expect(Number(people) === 0 || Number(people) >= 5).toBe(true);
      expect(line[col('flag')] === 'c').toBe(people === '');
      expect(people === '' ? null : Number(people)).toBe(set.rows[i].people);
      expect(line[col('period_from')]).toBe('01.01.2025');
    }
    expect(
      recoverable(
        lines.map((l) => ({
          table: l[col('table')],
          region: l[col('region_code')] || 'KZ',
          category: l[col('category')],
          suppressed: l[col('flag')] === 'c',
        })),
      ),
    ).toEqual([]);
  });

  it('describes every column in kk, ru and en with the suppression rule, without sign-in', async () => {
    const res = await get('/api/open-data/v1/dictionary.json');
    expect(res.statusCode).toBe(200);
    const dict = res.json<OpenDataDictionary>();
    expect(dict.suppressedSymbol).toBe('c');
    expect(dict.minCell).toBe(5);
    for (const text of [dict.suppression, ...dict.columns.map((c) => c.meaning)]) {
      expect(text.kk).toMatch(/[әғқңөұүһі]/i);
      expect(text.ru).toMatch(/[а-я]/i);
      expect(text.en).toMatch(/[a-z]/i);
    }
    expect(dict.columns.find((c) => c.csv === 'people')?.meaning.en).toMatch(/not equal the sum/);
    expect(dict.categories.filter((c) => c.table === 'by_direction').map((c) => c.code)).toEqual(
      expect.arrayContaining(directionCodes),
    );
  });

  it('narrows to a quarter and refuses a bad year', async () => {
    const q = await get('/api/open-data/v1/youth-served.json?year=2025&quarter=1');
    expect(q.statusCode).toBe(200);
    expect(q.json<OpenDataSet>()).toMatchObject({
      periodFrom: '2025-01-01',
      periodTo: '2025-03-31',
      quarter: 1,
    });
    for (const row of q.json<OpenDataSet>().rows) {
      if (row.people !== null) expect(row.people === 0 || row.people >= 5).toBe(true);
    }
    expect((await get('/api/open-data/v1/youth-served.json?year=abc')).statusCode).toBe(400);
    expect((await get('/api/open-data/v1/youth-served.csv')).statusCode).toBe(400);
  });
});
