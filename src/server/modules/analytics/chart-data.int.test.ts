import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeUser, TEST_PASSWORD } from '../../test/factories';

let t: TestApp;
let national: string;
let partner: string;

beforeAll(async () => {
  t = await createTestApp();
  national = await signIn(t.app, (await makeUser(t.db, 'national')).email, TEST_PASSWORD);
  partner = await signIn(
    t.app,
    (await makeUser(t.db, 'partner', { organisation: 'Qazaq Fund' })).email,
    TEST_PASSWORD,
  );
});
afterAll(() => t?.close());

const post = (body: unknown, cookie?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/analytics/chart-data.xlsx',
    headers: { 'accept-language': 'kk', ...(cookie ? { cookie } : {}) },
    payload: body as object,
  });

const chart = {
  title: 'Бағыттар бойынша қызметтер',
  header: ['Бағыт', 'Қызметтер', 'Жастар'],
  rows: [
    ['Жұмыспен қамту', 1204, 873],
    ['Құқықтық көмек', 96, null],
  ],
};

describe('chart data as XLSX', () => {
  it('needs a signed-in staff member', async () => {
    expect((await post(chart)).statusCode).toBe(401);
    expect((await post(chart, partner)).statusCode).toBe(403);
  });

  it('refuses a row narrower or wider than the header, naming the row', async () => {
    const res = await post({ ...chart, rows: [...chart.rows, ['Көшбасшылық', 5]] }, national);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'rows.2', code: 'invalid_value' })]);
    expect((await post({ ...chart, header: [] }, national)).statusCode).toBe(400);
  });

  it('writes the table as the screen showed it: Kazakh headers, numbers as numbers, empty cells empty', async () => {
    const res = await post(chart, national);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
      'Бағыттар бойынша қызметтер.xlsx',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('Бағыттар бойынша қызметтер');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Бағыт', 'Қызметтер', 'Жастар']);
    expect(sheet.getCell('B2').value).toBe(1204);
    expect(sheet.getCell('C2').value).toBe(873);
    expect(sheet.getCell('A3').value).toBe('Құқықтық көмек');
    expect(sheet.getCell('C3').value).toBeNull();
  });
});
