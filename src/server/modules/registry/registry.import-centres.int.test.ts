import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, centres } from '../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../test/factories';
import { upload, xlsxOf } from './registry.files.test-support';

let t: TestApp;
const cookies: Record<string, string> = {};
const DRY = '/api/v1/centres/import?mode=dry-run';
const COMMIT = '/api/v1/centres/import?mode=commit';
const HEADER = [
  'Код',
  'Тип',
  'Код вышестоящего центра',
  'Регион',
  'Район или город',
  'Название (каз.)',
  'Название (рус.)',
  'Адрес',
  'Широта',
  'Долгота',
  'Услуги',
];

beforeAll(async () => {
  t = await createTestApp();
  await makeCentre(t.db, { regionCode: '35', code: 'YRC-35-001', kind: 'regional' });
  const users = {
    national: await makeUser(t.db, 'national'),
    admin: await makeUser(t.db, 'admin'),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
  };
  for (const [name, user] of Object.entries(users))
    cookies[name] = await signIn(t.app, user.email, TEST_PASSWORD);
});
afterAll(() => t.close());

const centreCount = async () => (await t.db.select({ n: count() }).from(centres))[0].n;

const file = (rows: unknown[][]) => xlsxOf([['Реестр МРЦ'], [], HEADER, ...rows]);

const goodRows = [
  // A district centre whose parent is defined further down the same file.
  [
    'YRC-10-002',
    'Районный',
    'YRC-10-001',
    'область Абай',
    'Абай ауданы',
    'Абай ауданының ЖРО',
    'МРЦ Абайского района',
    'Қарауыл а., Абай к-сі, 1',
    null,
    null,
    'Профориентация; Волонтёрство',
  ],
  [
    'YRC-10-001',
    'regional',
    null,
    '10',
    'Семей',
    'Абай облысының ЖРО',
    'МРЦ области Абай',
    'Семей қ., Абай к-сі, 10',
    '50,4111',
    80.2275,
    '',
  ],
  [
    'YRC-35-003',
    'Аудандық',
    'yrc-35-001',
    35,
    'Абайский район',
    'Абай ауданының жастар орталығы',
    'МРЦ Абайского района Карагандинской области',
    'Абай қ., 5',
    49.6318,
    72.8587,
    'psychology, legal',
  ],
];

describe('POST /api/v1/centres/import', () => {
  it('answers 401 signed out, 400 for a bad mode, 403 for regional users', async () => {
    const f = await file(goodRows);
    expect((await upload(t.app, DRY, f)).statusCode).toBe(401);
    expect((await upload(t.app, '/api/v1/centres/import', f, { cookie: cookies.national })).statusCode).toBe(
      400,
    );
    expect((await upload(t.app, DRY, f, { cookie: cookies.regional })).statusCode).toBe(403);
  });

  it('dry run names every bad row, its column as in the file and the reason', async () => {
    const res = await upload(
      t.app,
      DRY,
      await file([
        ...goodRows,
        [
          'YRC-35-001',
          'Городской',
          'YRC-35-001',
          '35',
          'Балхаш',
          'Балқаш',
          'Балхаш',
          'Балқаш қ.',
          null,
          null,
          null,
        ],
        ['YRC-99-001', 'сельский', null, '99', null, 'А', 'А', 'А', null, null, 'танцы'],
        ['YRC-35-004', 'Районный', 'YRC-71-404', '35', 'Нет такого района', 'Б', 'Б', 'Б', 40.1, 70, null],
        ['YRC-10-002', 'Районный', 'YRC-35-001', '10', null, 'В', 'В', 'В', 'север', null, null],
      ]),
      { cookie: cookies.national, lang: 'ru' },
    );
    expect(res.statusCode).toBe(200);
    const errors = res
      .json()
      .errors.map((e: Record<string, unknown>) => [e.row, e.column, e.code, e.message]);
    expect(errors).toEqual([
      [7, 'Код', 'duplicate', 'Центр с таким кодом уже есть'],
      [8, 'Тип', 'invalid_choice', 'Неизвестный тип; укажите региональный, городской или районный'],
      [8, 'Регион', 'not_found', 'Нет региона с таким кодом или названием'],
      [8, 'Услуги', 'invalid_choice', 'Неизвестная услуга «танцы»'],
      [9, 'Район или город', 'not_found', 'В этом регионе нет такого района или города'],
      [9, 'Код вышестоящего центра', 'not_found', 'Нет центра с таким кодом'],
      [9, 'Широта', 'too_small', 'Не меньше 40.5'],
      [10, 'Код', 'duplicate', 'Этот код уже есть в строке 4 этого файла'],
      [10, 'Широта', 'invalid_number', 'Должно быть числом'],
    ]);
    expect(res.json()).toMatchObject({ totalRows: 7, validRows: 3, invalidRows: 4 });
  });

  it('refuses a parent from another region and a parent for a regional centre', async () => {
    const res = await upload(
      t.app,
      DRY,
      await file([
        ['YRC-71-002', 'Городской', 'YRC-35-001', '71', null, 'А', 'А', 'А', null, null, null],
        ['YRC-71-001', 'Региональный', 'YRC-35-001', '71', null, 'Б', 'Б', 'Б', null, null, null],
      ]),
      { cookie: cookies.national, lang: 'kk' },
    );
    expect(res.json().errors.map((e: Record<string, unknown>) => [e.row, e.field, e.message])).toEqual([
      [4, 'parentCode', 'Жоғары тұрған орталық тек сол өңірдің өңірлік орталығы бола алады'],
      [5, 'parentCode', 'Өңірлік орталықтың жоғары тұрған орталығы болмайды'],
    ]);
  });

  it('commit with a bad row answers 422 and writes nothing', async () => {
    const before = await centreCount();
    const bad = [...goodRows, ['YRC-35-009', 'Районный', null, '35', null, '', 'Г', 'Г', null, null, null]];
    const res = await upload(t.app, COMMIT, await file(bad), { cookie: cookies.admin });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'import_invalid', report: { invalidRows: 1 } });
    expect(res.json().report.errors).toEqual([
      expect.objectContaining({ row: 7, column: 'Название (каз.)', code: 'required' }),
    ]);
    expect(await centreCount()).toBe(before);
  });

  it('commits a good file: places resolved, parents linked (also within the file), audited', async () => {
    const before = await centreCount();
    const res = await upload(t.app, COMMIT, await file(goodRows), { cookie: cookies.national });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, created: 3 });
    expect(await centreCount()).toBe(before + 3);
    const byCode = Object.fromEntries((await t.db.select().from(centres)).map((c) => [c.code, c]));
    expect(byCode['YRC-10-002']).toMatchObject({
      kind: 'district',
      regionCode: '10',
      parentId: byCode['YRC-10-001'].id,
      nameKk: 'Абай ауданының ЖРО',
      services: ['career_guidance', 'volunteering'],
    });
    expect(byCode['YRC-10-001']).toMatchObject({
      kind: 'regional',
      parentId: null,
      latitude: 50.4111,
      nameEn: expect.any(String),
    });
    expect(byCode['YRC-35-003']).toMatchObject({
      parentId: byCode['YRC-35-001'].id,
      services: ['psychology', 'legal'],
    });
    expect(byCode['YRC-35-003'].districtId).not.toBeNull();
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'import'));
    expect(audits.map((a) => a.entityId).sort()).toEqual(
      ['YRC-10-001', 'YRC-10-002', 'YRC-35-003'].map((c) => String(byCode[c].id)).sort(),
    );
    expect(audits.find((a) => a.entityId === String(byCode['YRC-10-002'].id))?.after).toMatchObject({
      parentId: byCode['YRC-10-001'].id,
      parentName: expect.objectContaining({ kk: 'Абай облысының ЖРО' }),
    });
  });
});
