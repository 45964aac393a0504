import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../http/app-error';
import type { ColumnSpec } from './headers';
import { readTable } from './read-table';
import { writeCsv, writeXlsx } from './write-table';

type Id = 'lastName' | 'firstName' | 'hireDate' | 'phone';
const COLUMNS: ColumnSpec<Id>[] = [
  { id: 'lastName', aliases: ['Фамилия', 'Тегі', 'Last name'] },
  { id: 'firstName', aliases: ['Имя', 'Аты', 'First name'] },
  { id: 'hireDate', aliases: ['Дата приёма', 'Hire date'] },
  { id: 'phone', aliases: ['Телефон', 'Phone'] },
];
const OPTIONS = { maxRows: 100 };
const KAZAKH = 'ӘҒҚҢӨҰҮҺІ әғқңөұүһі';

async function officeWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Қызметкерлер');
  ws.getCell('A1').value = 'Список сотрудников МРЦ на 01.09.2024';
  ws.mergeCells('A1:D1');
  // Rows 2–3 are left blank, as offices do; row 4 holds the header with untidy spacing and case.
  ws.getRow(4).values = ['  ФАМИЛИЯ ', 'Имя', 'Дата  приема:', 'Примечание'];
  ws.getRow(5).values = ['Әбілқасымов', 'Нұрлан', new Date(Date.UTC(2024, 1, 5)), 'ок'];
  ws.getRow(6).values = [];
  ws.getRow(7).values = [{ richText: [{ text: 'Иван' }, { text: 'ова' }] }, 'Мария', 45170, null];
  ws.getRow(8).values = [null, null, null, 'только примечание'];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readTable on XLSX', () => {
  it('finds the header row under a merged title and blank rows, keeping row numbers as in the file', async () => {
    const table = await readTable(await officeWorkbook(), COLUMNS, OPTIONS);
    expect(table).toMatchObject({ format: 'xlsx', sheet: 'Қызметкерлер', headerRow: 4 });
    expect(table.headers).toEqual({ lastName: 'ФАМИЛИЯ', firstName: 'Имя', hireDate: 'Дата  приема:' });
    expect(table.ignoredHeaders).toEqual(['Примечание']);
    expect(table.rows).toEqual([
      {
        rowNumber: 5,
        cells: { lastName: 'Әбілқасымов', firstName: 'Нұрлан', hireDate: new Date(Date.UTC(2024, 1, 5)) },
      },
      { rowNumber: 7, cells: { lastName: 'Иванова', firstName: 'Мария', hireDate: 45170 } },
    ]);
  });

  it('keeps Kazakh and Russian text and dates through write and read', async () => {
    const people = [{ last: KAZAKH, first: 'Сергей Ёлкин', hired: '2023-09-01', phone: '+7 701 123 45 67' }];
    const file = await writeXlsx(
      'Staff',
      [
        { header: 'Тегі', value: (p: (typeof people)[0]) => p.last },
        { header: 'Аты', value: (p) => p.first },
        { header: 'Hire date', kind: 'date', value: (p) => p.hired },
        { header: 'Phone', value: (p) => p.phone },
      ],
      people,
    );
    const table = await readTable(file, COLUMNS, OPTIONS);
    expect(table.headerRow).toBe(1);
    expect(table.rows[0].cells).toEqual({
      lastName: KAZAKH,
      firstName: 'Сергей Ёлкин',
      hireDate: new Date(Date.UTC(2023, 8, 1)),
      phone: '+7 701 123 45 67',
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('C2').numFmt).toBe('dd.mm.yyyy');
  });

  it('reports no header when no row names two known columns', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['Фамилия', 'что-то ещё']);
    const table = await readTable(Buffer.from(await wb.xlsx.writeBuffer()), COLUMNS, OPTIONS);
    expect(table.headerRow).toBeNull();
    expect(table.rows).toEqual([]);
  });

  it('answers 413 for more data rows than allowed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.addRow(['Фамилия', 'Имя']);
    for (let i = 0; i < 5; i++) ws.addRow([`Ф${i}`, 'И']);
    const read = readTable(Buffer.from(await wb.xlsx.writeBuffer()), COLUMNS, { maxRows: 4 });
    await expect(read).rejects.toMatchObject({ code: 'payload_too_large' });
  });
});

describe('readTable on CSV', () => {
  it('reads comma and semicolon files, with and without BOM, title lines above', async () => {
    const body =
      'Сотрудники\n\nФамилия;Имя;Дата приёма\r\nӘлиев;Бауыржан;05.02.2024\n"Ким; мл.";Ольга;2024-03-01\n';
    for (const file of [
      Buffer.from(body),
      Buffer.from(`\uFEFF${body}`),
      Buffer.from(body.replaceAll(';', ',')),
    ]) {
      const table = await readTable(file, COLUMNS, OPTIONS);
      expect(table).toMatchObject({ format: 'csv', headerRow: 3 });
      expect(table.rows[0]).toEqual({
        rowNumber: 4,
        cells: { lastName: 'Әлиев', firstName: 'Бауыржан', hireDate: '05.02.2024' },
      });
    }
    const semicolon = await readTable(Buffer.from(body), COLUMNS, OPTIONS);
    expect(semicolon.rows[1].cells.lastName).toBe('Ким; мл.');
  });

  it('round-trips our own CSV export: BOM, Kazakh letters, dd.mm.yyyy, guarded phone numbers', async () => {
    const file = writeCsv(
      [
        { header: 'Тегі', value: (r: string[]) => r[0] },
        { header: 'Аты', value: (r) => r[1] },
        { header: 'Дата приёма', kind: 'date', value: (r) => r[2] },
        { header: 'Телефон', value: (r) => r[3] },
      ],
      [[KAZAKH, 'Әйгерім, "Айка"', '2024-02-05', '+7 701 123 45 67']],
      ';',
    );
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.toString('utf8')).toContain("'+7 701 123 45 67");
    const table = await readTable(file, COLUMNS, OPTIONS);
    expect(table.rows[0].cells).toEqual({
      lastName: KAZAKH,
      firstName: 'Әйгерім, "Айка"',
      hireDate: '05.02.2024',
      phone: '+7 701 123 45 67',
    });
  });

  it('rejects files that are neither XLSX nor text with unsupported_file', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const brokenZip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    for (const file of [xls, brokenZip]) {
      const error = await readTable(file, COLUMNS, OPTIONS).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('unsupported_file');
    }
  });
});
