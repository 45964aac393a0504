import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_IMPORT_COLUMNS } from '../../../shared/contracts/files';
import { readTable } from '../../platform/files';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeStaff, makeUser, TEST_PASSWORD } from '../../test/factories';
import { importColumnSpecs, STAFF_IMPORT_DEFS } from './registry.file-columns';
import { sheetRows, upload } from './registry.files.test-support';

let t: TestApp;
const cookies: Record<string, string> = {};
const KAZAKH = {
  lastName: 'Әбілқайырова-Ғабитқызы',
  firstName: 'Өрнұр Ұлжан',
  middleName: 'Һәкімқызы Іңкәр Үміт',
};

beforeAll(async () => {
  t = await createTestApp();
  const karaganda = await makeCentre(t.db, { regionCode: '35', code: 'YRC-35-001', kind: 'regional' });
  const astana = await makeCentre(t.db, { regionCode: '71', code: 'YRC-71-001', kind: 'regional' });
  await makeStaff(t.db, {
    centreId: karaganda.id,
    ...KAZAKH,
    position: 'psychologist',
    hireDate: '2024-02-05',
    phone: '+7 701 123 45 67',
  });
  await makeStaff(t.db, {
    centreId: karaganda.id,
    lastName: 'Ёлкина',
    firstName: 'Наталья',
    hireDate: '2022-01-10',
  });
  await makeStaff(t.db, {
    centreId: astana.id,
    lastName: 'Астанова',
    firstName: 'Айгерім',
    hireDate: '2023-03-01',
  });
  const users = {
    national: await makeUser(t.db, 'national'),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [name, user] of Object.entries(users))
    cookies[name] = await signIn(t.app, user.email, TEST_PASSWORD);
});
afterAll(() => t.close());

const get = (url: string, cookie?: string, lang = 'ru') =>
  t.app.inject({ url, headers: { ...(cookie ? { cookie } : {}), 'accept-language': lang } });

describe('GET /api/v1/staff/export', () => {
  it('answers 401 signed out, 400 for an unknown format, 403 for partners', async () => {
    expect((await get('/api/v1/staff/export')).statusCode).toBe(401);
    expect((await get('/api/v1/staff/export?format=pdf', cookies.national)).statusCode).toBe(400);
    expect((await get('/api/v1/staff/export?format=xlsx', cookies.partner)).statusCode).toBe(403);
  });

  it('exports only the regional user’s region, with headers in their language and real dates', async () => {
    const res = await get('/api/v1/staff/export?format=xlsx', cookies.regional, 'ru');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="staff-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("''")[1])).toMatch(/^Сотрудники-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0].slice(0, 7)).toEqual([
      'Код центра',
      'Центр',
      'Фамилия',
      'Имя',
      'Отчество',
      'Должность',
      'Дата приёма',
    ]);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['Ёлкина', KAZAKH.lastName]);
    expect(rows.find((r) => r[2] === KAZAKH.lastName)?.[6]).toEqual(new Date(Date.UTC(2024, 1, 5)));
    const national = await sheetRows((await get('/api/v1/staff/export', cookies.national)).rawPayload);
    expect(national).toHaveLength(4);
  });

  it('applies the list filters', async () => {
    const res = await get('/api/v1/staff/export?format=xlsx&q=%D3%99%D0%B1%D1%96%D0%BB', cookies.national);
    const rows = await sheetRows(res.rawPayload);
    expect(rows.slice(1).map((r) => r[2])).toEqual([KAZAKH.lastName]);
  });

  it('round-trips Kazakh text: the exported XLSX reads back equal and re-imports as duplicates', async () => {
    const res = await get('/api/v1/staff/export?format=xlsx', cookies.regional, 'kk');
    const table = await readTable(res.rawPayload, importColumnSpecs('staff', STAFF_IMPORT_DEFS), {
      maxRows: 100,
    });
    expect(Object.keys(table.headers).sort()).toEqual([...STAFF_IMPORT_COLUMNS].sort());
    const row = table.rows.find((r) => r.cells.lastName === KAZAKH.lastName)!;
    expect(row.cells).toMatchObject({
      ...KAZAKH,
      centreCode: 'YRC-35-001',
      hireDate: new Date(Date.UTC(2024, 1, 5)),
    });
    const dry = await upload(t.app, '/api/v1/staff/import?mode=dry-run', res.rawPayload, {
      cookie: cookies.regional,
      lang: 'kk',
    });
    expect(dry.json()).toMatchObject({ totalRows: 2, invalidRows: 2 });
    expect(dry.json().errors.map((e: { code: string }) => e.code)).toEqual(['duplicate', 'duplicate']);
  });

  it('writes CSV in UTF-8 with a BOM, ; for ru and , for en, dates as dd.mm.yyyy', async () => {
    const ru = await get('/api/v1/staff/export?format=csv', cookies.regional, 'ru');
    expect(ru.headers['content-type']).toContain('text/csv');
    expect([...ru.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = ru.rawPayload.toString('utf8');
    expect(text).toContain(`${KAZAKH.lastName};${KAZAKH.firstName};${KAZAKH.middleName};`);
    expect(text).toContain(';05.02.2024;');
    const en = (await get('/api/v1/staff/export?format=csv', cookies.regional, 'en')).rawPayload.toString(
      'utf8',
    );
    expect(en.split('\r\n')[0]).toMatch(/^\uFEFFCentre code,Centre,Last name,/);
  });
});

describe('GET /api/v1/centres/export', () => {
  it('answers 401 signed out and 400 for an unknown format or filter', async () => {
    expect((await get('/api/v1/centres/export')).statusCode).toBe(401);
    expect((await get('/api/v1/centres/export?format=doc', cookies.national)).statusCode).toBe(400);
    expect((await get('/api/v1/centres/export?kind=village', cookies.national)).statusCode).toBe(400);
  });

  it('exports the centres of the caller’s scope only, filters applied', async () => {
    const regional = await sheetRows((await get('/api/v1/centres/export', cookies.regional)).rawPayload);
    expect(regional.slice(1).map((r) => r[0])).toEqual(['YRC-35-001']);
    const filtered = await sheetRows(
      (await get('/api/v1/centres/export?regionCode=71', cookies.national)).rawPayload,
    );
    expect(filtered.slice(1).map((r) => r[0])).toEqual(['YRC-71-001']);
    expect(filtered[0].slice(0, 4)).toEqual(['Код', 'Тип', 'Код вышестоящего центра', 'Код региона']);
  });
});

describe('import templates', () => {
  it('gives the staff template in the caller’s language with an example row that passes a dry run', async () => {
    expect((await get('/api/v1/staff/import-template')).statusCode).toBe(401);
    expect((await get('/api/v1/staff/import-template?format=x', cookies.regional)).statusCode).toBe(400);
    expect((await get('/api/v1/staff/import-template', cookies.partner)).statusCode).toBe(403);
    const res = await get('/api/v1/staff/import-template?format=xlsx', cookies.regional, 'kk');
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0]).toEqual([
      'Орталық коды',
      'Тегі',
      'Аты',
      'Әкесінің аты',
      'Лауазымы',
      'Жұмысқа қабылданған күні',
      'Жұмыстан босаған күні',
      'Телефон',
      'Электрондық пошта',
    ]);
    expect(rows).toHaveLength(2);
    const dry = await upload(t.app, '/api/v1/staff/import?mode=dry-run', res.rawPayload, {
      cookie: cookies.regional,
    });
    expect(dry.json()).toMatchObject({ ok: true, totalRows: 1, errors: [] });
  });

  it('gives the centre template to national users only', async () => {
    expect((await get('/api/v1/centres/import-template')).statusCode).toBe(401);
    expect((await get('/api/v1/centres/import-template?format=ods', cookies.national)).statusCode).toBe(400);
    expect((await get('/api/v1/centres/import-template', cookies.regional)).statusCode).toBe(403);
    const res = await get('/api/v1/centres/import-template?format=csv', cookies.national, 'en');
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.toString('utf8').split('\r\n')[0]).toBe(
      '\uFEFFCode,Kind,Parent centre code,Region code,District or city,Name (Kazakh),Name (Russian),Name (English),Address,Latitude,Longitude,Phone,E-mail,Opening hours,Services',
    );
  });
});
