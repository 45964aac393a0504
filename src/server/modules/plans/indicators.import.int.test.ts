import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, districts } from '../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeUser, TEST_PASSWORD } from '../../test/factories';
import { upload } from '../registry/registry.files.test-support';
import { loadIndicators } from './indicators.loader';
import { indicators, indicatorValues } from './indicators.tables';

let t: TestApp;
const cookies: Record<string, string> = {};
let karagandaKato: string;
let astanaKato: string;
let districtIndicatorId: number;
const URL_DRY = '/api/v1/indicators/import?mode=dry-run';
const URL_COMMIT = '/api/v1/indicators/import?mode=commit';
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\n')}`, 'utf8');
const HEADER =
  'Код показателя;Код региона;КАТО района или код центра;Год;Квартал;Значение;Возрастная группа;Примечание об источнике';

beforeAll(async () => {
  t = await createTestApp();
  await loadIndicators(t.db);
  const [indicator] = await t.db
    .insert(indicators)
    .values({
      code: 'district_youth',
      nameKk: 'Аудандағы жастар саны',
      nameRu: 'Численность молодёжи района',
      nameEn: 'Youth population of a district',
      unit: 'people',
      level: 'district',
      source: 'statistics',
    })
    .returning();
  districtIndicatorId = indicator.id;
  const withKato = async (region: string) => {
    const rows = await t.db.select().from(districts).where(eq(districts.regionCode, region));
    return rows.find((d) => d.katoPrefix)?.katoPrefix as string;
  };
  karagandaKato = await withKato('35');
  astanaKato = await withKato('71');
  const users = {
    national: await makeUser(t.db, 'national'),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
  };
  for (const [k, u] of Object.entries(users)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
});
afterAll(() => t.close());

const storedNeet = async (regionCode: string, year: number) =>
  t.db
    .select()
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(
      and(
        eq(indicators.code, 'neet_share'),
        eq(indicatorValues.regionCode, regionCode),
        eq(indicatorValues.year, year),
        isNull(indicatorValues.quarter),
      ),
    );

describe('POST /api/v1/indicators/import', () => {
  it('is for national users only', async () => {
    const file = csv([HEADER, 'neet_share;35;;2024;;7,5;15-28;']);
    expect((await upload(t.app, URL_DRY, file, { name: 'a.csv' })).statusCode).toBe(401);
    expect((await upload(t.app, URL_DRY, file, { cookie: cookies.regional, name: 'a.csv' })).statusCode).toBe(
      403,
    );
  });

  it('lists every bad row with its column and reason, and a commit with any of them writes nothing', async () => {
    const file = csv([
      HEADER,
      'neet_share;35;;2024;;7,5;15-28;Бюро национальной статистики',
      'no_such_indicator;35;;2024;;1;;',
      'served_youth;35;YRC-35-001;2024;;100;;',
      'neet_share;99;;2024;;7;;',
      `district_youth;35;${astanaKato};2024;;1200;14-35;`,
      'neet_share;11;;20xx;5;-1;;',
      'neet_share;35;;2024;;7,6;15-28;',
    ]);
    const dry = await upload(t.app, URL_DRY, file, { cookie: cookies.national, lang: 'ru', name: 'f.csv' });
    expect(dry.statusCode).toBe(200);
    const report = dry.json();
    expect(report).toMatchObject({ ok: false, totalRows: 7, validRows: 1, invalidRows: 6, created: 0 });
    expect(
      report.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code]),
    ).toEqual([
      [3, 'indicatorCode', 'not_found'],
      [4, 'indicatorCode', 'invalid_choice'],
      [5, 'regionCode', 'not_found'],
      [6, 'place', 'outside_region'],
      [7, 'year', 'invalid_number'],
      [7, 'quarter', 'invalid_value'],
      [7, 'value', 'too_small'],
      [8, 'indicatorCode', 'duplicate'],
    ]);
    expect(report.errors[0]).toMatchObject({ column: 'Код показателя', message: 'Такой записи нет' });
    const before = await t.db.select().from(indicatorValues);
    const commit = await upload(t.app, URL_COMMIT, file, {
      cookie: cookies.national,
      lang: 'ru',
      name: 'f.csv',
    });
    expect(commit.statusCode).toBe(422);
    expect(await t.db.select().from(indicatorValues)).toHaveLength(before.length);
  });

  it('adds and replaces figures, regional and by district, marked as imported and audited', async () => {
    const file = csv([
      HEADER,
      'neet_share;35;;2024;;7,5;15-28;Бюро национальной статистики',
      'neet_share;35;;2024;2;7,1;15-28;',
      `district_youth;35;${karagandaKato};2025;;12 400;14-35;перепись`,
    ]);
    const res = await upload(t.app, URL_COMMIT, file, {
      cookie: cookies.national,
      lang: 'kk',
      name: 'g.csv',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, created: 3 });
    const [neet] = await storedNeet('35', 2024);
    expect(neet.indicator_values).toMatchObject({ value: 7.5, ageBand: '15-28', origin: 'import' });
    const [district] = await t.db
      .select()
      .from(indicatorValues)
      .where(eq(indicatorValues.indicatorId, districtIndicatorId));
    expect(district).toMatchObject({ year: 2025, value: 12400, sourceNote: 'перепись' });
    expect(district.districtId).not.toBeNull();

    // Importing again replaces the figure instead of adding a second one.
    const again = csv([HEADER, 'neet_share;35;;2024;;7,7;15-28;']);
    expect(
      (await upload(t.app, URL_COMMIT, again, { cookie: cookies.national, name: 'h.csv' })).statusCode,
    ).toBe(200);
    const rows = await storedNeet('35', 2024);
    expect(rows).toHaveLength(1);
    expect(rows[0].indicator_values.value).toBe(7.7);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'indicator_value'));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'create', 'create', 'update']);
  });
});
