import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iinCheckDigit } from '../../../../shared/iin';
import { auditLog } from '../../../db/schema';
import { dataProtection } from '../../../platform/crypto';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { upload, xlsxOf } from '../../registry/registry.files.test-support';
import { youth, youthConsents } from './youth.tables';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
const DRY = '/api/v1/youth/import?mode=dry-run';
const COMMIT = '/api/v1/youth/import?mode=commit';
const HEADER_RU = [
  'Код центра',
  'Фамилия',
  'Имя',
  'Отчество',
  'Дата рождения',
  'Пол',
  'Телефон',
  'Статус',
  'Категории',
  'ИИН',
  'Согласие записано',
];

/** A valid IIN for a birth date (yyyy-mm-dd, 2000s) and gender. */
function iinFor(birthDate: string, gender: 'male' | 'female', serial = 1): string {
  const [y, m, d] = birthDate.split('-');
  const century = gender === 'male' ? '5' : '6';
  for (let s = serial; ; s++) {
    const first11 = `${y.slice(2)}${m}${d}${century}${String(s).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}
const IIN_KNOWN = iinFor('2003-05-20', 'male', 40);
const IIN_NEW = iinFor('2006-01-09', 'female', 7);

beforeAll(async () => {
  t = await createTestApp();
  const a = await makeCentre(t.db, { regionCode: '35', code: 'YRC-35-001', kind: 'regional' });
  const b = await makeCentre(t.db, { regionCode: '35', code: 'YRC-35-002', kind: 'city' });
  ids.a = a.id;
  const users = {
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
    managerA: await makeUser(t.db, 'center_manager', { centreId: a.id }),
    specialistA: await makeUser(t.db, 'specialist', { centreId: a.id }),
  };
  for (const [name, user] of Object.entries(users))
    cookies[name] = await signIn(t.app, user.email, TEST_PASSWORD);
  ids.manager = users.managerA.id;
  // Already registered: one with an IIN, one who shares names and birth date with a row of the file.
  const [known] = await t.db
    .insert(youth)
    .values([
      {
        centreId: b.id,
        regionCode: '35',
        lastName: 'Қасымов',
        firstName: 'Ерлан',
        birthDate: '2003-05-20',
        gender: 'male',
        status: 'employed',
        iinHash: dataProtection().keyedHash(IIN_KNOWN),
      },
      {
        centreId: a.id,
        regionCode: '35',
        lastName: 'Омарова',
        firstName: 'Аружан',
        birthDate: '2005-04-12',
        gender: 'female',
        status: 'neet',
      },
    ])
    .returning();
  const twin = (await t.db.select().from(youth).where(eq(youth.lastName, 'Омарова')))[0];
  ids.twin = twin.id;
  await t.db.insert(youthConsents).values([
    { youthId: known.id, scope: 'services', recordedBy: users.managerA.id },
    { youthId: twin.id, scope: 'services', recordedBy: users.managerA.id },
  ]);
});
afterAll(() => t.close());

const youthCount = async () => (await t.db.select({ n: count() }).from(youth))[0].n;
const file = (rows: unknown[][]) => xlsxOf([['Список молодёжи'], HEADER_RU, ...rows]);

const good = () => [
  [
    'YRC-35-001',
    'Омарова',
    'Аружан',
    'Серікқызы',
    '12.04.2005',
    'Женский',
    '+7 701 555 12 34',
    'NEET',
    'Сельская молодёжь; low_income',
    null,
    'да',
  ],
  [
    'YRC-35-001',
    'Ахметов',
    'Дәулет',
    null,
    new Date(Date.UTC(2001, 10, 3)),
    'м',
    null,
    'Учится',
    null,
    null,
    'Иә',
  ],
  ['YRC-35-002', 'Бекова', 'Айым', null, '09.01.2006', 'ж', null, 'employed', null, IIN_NEW, 'yes'],
];

describe('POST /api/v1/youth/import', () => {
  it('refuses rows without recorded consent and duplicate IINs, in Russian, and writes nothing', async () => {
    const before = await youthCount();
    const rows = [
      ...good(),
      ['YRC-35-001', 'Серіков', 'Арман', null, '01.02.2004', 'Мужской', null, 'Работает', null, null, null],
      ['YRC-35-001', 'Сериков', 'Арман', null, '01.02.2004', 'Мужской', null, 'Работает', null, null, 'нет'],
      [
        'YRC-35-001',
        'Қасымов',
        'Ерлан',
        null,
        '20.05.2003',
        'Мужской',
        null,
        'Работает',
        null,
        IIN_KNOWN,
        'да',
      ],
      ['YRC-35-001', 'Бекова', 'Айым', null, '09.01.2006', 'Женский', null, 'Работает', null, IIN_NEW, 'да'],
      ['YRC-35-001', 'Бекова', 'Айым', null, '09.01.2007', 'Женский', null, 'Работает', null, IIN_NEW, 'да'],
    ];
    const res = await upload(t.app, COMMIT, await file(rows), { cookie: cookies.regional, lang: 'ru' });
    expect(res.statusCode).toBe(422);
    const brief = res
      .json()
      .report.errors.map((e: { row: number; column: string; message: string }) => [
        e.row,
        e.column,
        e.message,
      ]);
    const noConsent = 'Без записанного согласия молодого человека регистрировать нельзя; укажите «да»';
    expect(brief).toEqual([
      [6, 'Согласие записано', noConsent],
      [7, 'Согласие записано', noConsent],
      [8, 'ИИН', 'Молодой человек с этим ИИН уже есть в реестре'],
      [9, 'ИИН', 'Этот ИИН уже есть в строке 5 этого файла'],
      [10, 'ИИН', 'ИИН не совпадает с датой рождения или полом'],
    ]);
    expect(await youthCount()).toBe(before);
  });

  it('a dry run of a good file warns about the same names and birth date and writes nothing', async () => {
    const before = await youthCount();
    const older = [
      'YRC-35-001',
      'Ержанов',
      'Болат',
      null,
      '01.01.1980',
      'м',
      null,
      'Работает',
      null,
      null,
      'да',
    ];
    const res = await upload(t.app, DRY, await file([...good(), older]), {
      cookie: cookies.regional,
      lang: 'ru',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, totalRows: 4, validRows: 4, created: 0, errors: [] });
    expect(res.json().warnings).toEqual([
      expect.objectContaining({
        row: 3,
        ids: [ids.twin],
        message: expect.stringContaining(`ID ${ids.twin}`),
      }),
      {
        row: 6,
        field: 'birthDate',
        ids: [],
        message: 'Возраст вне 14–35 лет: молодёжная политика охватывает 14–35 лет; проверьте дату рождения',
      },
    ]);
    expect(await youthCount()).toBe(before);
  });

  it('a centre manager imports only into their own centre; specialists may not import', async () => {
    const res = await upload(t.app, DRY, await file(good()), { cookie: cookies.managerA, lang: 'ru' });
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        row: 5,
        field: 'centreCode',
        message: 'Импортировать можно только в свой центр',
      }),
    ]);
    expect((await upload(t.app, DRY, await file(good()), { cookie: cookies.specialistA })).statusCode).toBe(
      403,
    );
  });

  it('commits every row with its consent, the IIN only as hash and encrypted, audited without it', async () => {
    const before = await youthCount();
    const res = await upload(t.app, COMMIT, await file(good()), { cookie: cookies.regional, lang: 'ru' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mode: 'commit', ok: true, created: 3 });
    expect(await youthCount()).toBe(before + 3);
    const [aruzhan, daulet, aiym] = await t.db
      .select()
      .from(youth)
      .where(eq(youth.regionCode, '35'))
      .orderBy(youth.id)
      .then((rows) => rows.slice(-3));
    expect(aruzhan).toMatchObject({
      centreId: ids.a,
      middleName: 'Серікқызы',
      gender: 'female',
      status: 'neet',
      categories: ['rural', 'low_income'],
      phone: '+7 701 555 12 34',
    });
    expect(daulet).toMatchObject({
      birthDate: '2001-11-03',
      gender: 'male',
      status: 'studying',
      iinHash: null,
    });
    expect(aiym.iinHash).toBe(dataProtection().keyedHash(IIN_NEW));
    expect(dataProtection().decrypt(aiym.iinEncrypted!, String(aiym.id))).toBe(IIN_NEW);
    const consents = await t.db.select().from(youthConsents).where(eq(youthConsents.youthId, aiym.id));
    expect(consents).toHaveLength(1);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'youth'));
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain(IIN_NEW);
    expect(audit.find((a) => a.entityId === String(aiym.id))?.after).toMatchObject({ hasIin: true });
  });
});
