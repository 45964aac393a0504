import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, staff } from '../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeStaff, makeUser, TEST_PASSWORD } from '../../test/factories';
import { upload, xlsxOf } from './registry.files.test-support';

let t: TestApp;
const cookies: Record<string, string> = {};
const URL_DRY = '/api/v1/staff/import?mode=dry-run';
const URL_COMMIT = '/api/v1/staff/import?mode=commit';
const HEADER_RU = [
  'Код центра',
  'Фамилия',
  'Имя',
  'Отчество',
  'Должность',
  'Дата приёма',
  'Телефон',
  'Эл. почта',
];

beforeAll(async () => {
  t = await createTestApp();
  const karaganda = await makeCentre(t.db, { regionCode: '35', code: 'YRC-35-001', kind: 'regional' });
  await makeCentre(t.db, { regionCode: '35', code: 'YRC-35-002', kind: 'city' });
  await makeCentre(t.db, { regionCode: '71', code: 'YRC-71-001', kind: 'regional' });
  await makeStaff(t.db, {
    centreId: karaganda.id,
    lastName: 'Жұмабаева',
    firstName: 'Гүлнұр',
    hireDate: '2023-09-01',
  });
  const users = {
    national: await makeUser(t.db, 'national'),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
    manager: await makeUser(t.db, 'center_manager', { centreId: karaganda.id }),
    specialist: await makeUser(t.db, 'specialist', { centreId: karaganda.id }),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [name, user] of Object.entries(users))
    cookies[name] = await signIn(t.app, user.email, TEST_PASSWORD);
});
afterAll(() => t.close());

const staffCount = async () => (await t.db.select({ n: count() }).from(staff))[0].n;

/** A file as offices make them: a merged-looking title, a blank row, then the header on row 3. */
const officeFile = (rows: unknown[][]) =>
  xlsxOf([['Список сотрудников МРЦ Карагандинской области'], [], HEADER_RU, ...rows]);

const goodRows = [
  [
    'YRC-35-001',
    'Сейітқалиева',
    'Әлия',
    'Нұрланқызы',
    'Психолог',
    new Date(Date.UTC(2024, 8, 2)),
    '+7 701 123 45 67',
    'aliya@example.kz',
  ],
  ['yrc-35-002', 'Иванов', 'Сергей', null, 'specialist', '05.02.2024', 87011234567, null],
  ['YRC-35-002', 'Өмірзақов', 'Ұлан', 'Үсенұлы', 'Маман', 45170, null, null],
];

describe('POST /api/v1/staff/import', () => {
  it('answers 401 signed out, 400 for a bad mode or no file, 403 for specialists and partners', async () => {
    const file = await officeFile(goodRows);
    expect((await upload(t.app, URL_DRY, file)).statusCode).toBe(401);
    const badMode = await upload(t.app, '/api/v1/staff/import?mode=maybe', file, {
      cookie: cookies.national,
    });
    expect(badMode.statusCode).toBe(400);
    const noFile = await upload(t.app, URL_DRY, null, { cookie: cookies.national });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().errors).toEqual([expect.objectContaining({ field: 'file', code: 'required' })]);
    for (const who of ['specialist', 'partner']) {
      expect((await upload(t.app, URL_DRY, file, { cookie: cookies[who] })).statusCode).toBe(403);
    }
  });

  it('answers 415 for a file that is neither XLSX nor CSV', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe])]);
    const res = await upload(t.app, URL_DRY, pdf, { cookie: cookies.national, name: 'staff.pdf' });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'unsupported_file' });
  });

  it('dry run reports exactly the bad row, its header as in the file and the reason in ru and kk', async () => {
    const rows = [...goodRows];
    rows.splice(1, 0, ['YRC-35-001', 'Ахметов', 'Дәулет', null, 'Юрист', '31.02.2024', null, null]);
    const file = await officeFile(rows);
    const ru = await upload(t.app, URL_DRY, file, { cookie: cookies.national, lang: 'ru' });
    expect(ru.statusCode).toBe(200);
    expect(ru.json()).toMatchObject({
      mode: 'dry-run',
      ok: false,
      headerRow: 3,
      totalRows: 4,
      validRows: 3,
      invalidRows: 1,
      created: 0,
    });
    expect(ru.json().errors).toEqual([
      {
        row: 5,
        column: 'Дата приёма',
        field: 'hireDate',
        code: 'invalid_date',
        message: 'Некорректная дата; используйте дд.мм.гггг',
        value: '31.02.2024',
      },
    ]);
    const kk = await upload(t.app, URL_DRY, file, { cookie: cookies.national, lang: 'kk' });
    expect(kk.json().errors[0]).toMatchObject({
      row: 5,
      column: 'Дата приёма',
      message: 'Күн қате; кк.аа.жжжж пішімін пайдаланыңыз',
    });
  });

  it('commit of a file with a bad row answers 422 with the same errors and writes nothing', async () => {
    const before = await staffCount();
    const file = await officeFile([
      ...goodRows,
      ['YRC-35-001', 'Ахметов', '', null, 'Юрист', '01.03.2024', 'нет', null],
    ]);
    const res = await upload(t.app, URL_COMMIT, file, { cookie: cookies.national });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'import_invalid',
      title: 'В файле есть ошибки; ничего не импортировано',
    });
    expect(res.json().report.errors).toEqual([
      expect.objectContaining({ row: 7, column: 'Имя', field: 'firstName', code: 'required' }),
      expect.objectContaining({
        row: 7,
        column: 'Телефон',
        field: 'phone',
        code: 'invalid_phone',
        value: 'нет',
      }),
    ]);
    expect(await staffCount()).toBe(before);
  });

  it('commits every row of a good file in one go, with an audit entry per row', async () => {
    const before = await staffCount();
    const res = await upload(t.app, URL_COMMIT, await officeFile(goodRows), { cookie: cookies.national });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mode: 'commit', ok: true, totalRows: 3, created: 3, errors: [] });
    expect(await staffCount()).toBe(before + 3);
    const [aliya] = await t.db.select().from(staff).where(eq(staff.lastName, 'Сейітқалиева'));
    expect(aliya).toMatchObject({
      firstName: 'Әлия',
      middleName: 'Нұрланқызы',
      position: 'psychologist',
      hireDate: '2024-09-02',
    });
    const [ulan] = await t.db.select().from(staff).where(eq(staff.lastName, 'Өмірзақов'));
    expect(ulan).toMatchObject({ firstName: 'Ұлан', position: 'specialist', hireDate: '2023-09-01' });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'import'));
    expect(audits).toHaveLength(3);
    expect(audits.map((a) => a.entityType)).toEqual(['staff', 'staff', 'staff']);
    expect(audits.find((a) => a.entityId === String(aliya.id))?.after).toMatchObject({
      fullName: 'Сейітқалиева Әлия Нұрланқызы',
    });
  });

  it('reports duplicates inside the file and against staff already registered', async () => {
    const file = await officeFile([
      ['YRC-35-001', 'Жұмабаева', 'Гүлнұр', null, 'Специалист', '01.09.2023', null, null],
      ['YRC-35-002', 'Ким', 'Ольга', null, 'Методист', '2024-03-01', null, null],
      ['YRC-35-002', 'КИМ', 'Ольга', null, 'Методист', '01.03.2024', null, null],
    ]);
    const res = await upload(t.app, URL_DRY, file, { cookie: cookies.national, lang: 'en' });
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        row: 4,
        field: 'lastName',
        column: 'Фамилия',
        code: 'duplicate',
        message: expect.stringContaining('already registered'),
      }),
      expect.objectContaining({
        row: 6,
        field: 'lastName',
        code: 'duplicate',
        message: expect.stringContaining('row 5'),
      }),
    ]);
  });

  it('keeps users to their scope: another region’s or another centre’s code is not found', async () => {
    const file = await officeFile([
      ['YRC-71-001', 'Нұрланов', 'Асқар', null, 'Юрист', '01.03.2024', null, null],
      ['YRC-35-002', 'Серікова', 'Дина', null, 'Юрист', '01.03.2024', null, null],
    ]);
    const regional = await upload(t.app, URL_DRY, file, { cookie: cookies.regional });
    expect(regional.json().errors).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'Код центра',
        field: 'centreCode',
        code: 'not_found',
        value: 'YRC-71-001',
      }),
    ]);
    const manager = await upload(t.app, URL_DRY, file, { cookie: cookies.manager });
    expect(manager.json().errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [4, 'not_found'],
      [5, 'not_found'],
    ]);
  });

  it('names the missing columns when the header lacks required ones', async () => {
    const file = await xlsxOf([
      ['Фамилия', 'Имя'],
      ['Ким', 'Ольга'],
    ]);
    const res = await upload(t.app, URL_DRY, file, { cookie: cookies.national });
    expect(res.json()).toMatchObject({ ok: false, headerRow: 1, invalidRows: 1 });
    expect(res.json().errors.map((e: { column: string }) => e.column)).toEqual([
      'Код центра',
      'Должность',
      'Дата приёма',
    ]);
    expect(res.json().errors[0].message).toBe('В файле нет столбца «Код центра»');
  });

  it('reads a semicolon CSV with BOM in Kazakh headers and commits it', async () => {
    const csv =
      '\uFEFFОрталық коды;Тегі;Аты;Лауазымы;Жұмысқа қабылданған күні\r\nYRC-35-001;Қасымов;Нұрсұлтан;Заңгер;2.9.2024\r\n';
    const res = await upload(t.app, URL_COMMIT, Buffer.from(csv), {
      cookie: cookies.regional,
      name: 'staff.csv',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ format: 'csv', created: 1 });
    const [row] = await t.db.select().from(staff).where(eq(staff.lastName, 'Қасымов'));
    expect(row).toMatchObject({ firstName: 'Нұрсұлтан', position: 'lawyer', hireDate: '2024-09-02' });
  });
});
