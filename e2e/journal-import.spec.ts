import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalRecord } from '../src/shared/contracts/journal-records';
import type { Youth } from '../src/shared/contracts/youth';
import { apiAs } from './support/api';
import { launchBrowser, openPage, signInAs } from './support/browser';
import { text } from './support/i18n';
import { XLSX_MIME } from './support/staff-file';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const MANAGER = 'manager.35-001@jastar.kz';
const SPECIALIST_NAME = 'Тарихи Жазба Импорты';
const DAY = '2024-02-29';
const ru = (key: string, params?: Record<string, unknown>) => text('ru', key, params);

const COLUMNS = [
  'serviceDate',
  'serviceTypeCode',
  'youth',
  'format',
  'durationMinutes',
  'specialistName',
  'outcome',
];

/** A historical journal of the manager's own centre (no centre column), headers in Russian. */
async function journalFile(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Журнал');
  sheet.addRow(['Журнал услуг за 2024 год']);
  sheet.addRow(COLUMNS.map((c) => ru(`files:journal.column.${c}`)));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(page: Page, buffer: Buffer) {
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'журнал.xlsx', mimeType: XLSX_MIME, buffer });
  await page.getByRole('button', { name: ru('registry:import.check') }).click();
}

async function importedRecords() {
  const manager = await apiAs(MANAGER);
  const page = await manager.get<{ items: JournalRecord[] }>(
    `/api/v1/journal/records?from=${DAY}&to=${DAY}&pageSize=100`,
  );
  return page.items.filter((r) => r.specialistName === SPECIALIST_NAME);
}

describe('journal import', () => {
  it('a centre manager sees the bad row with its column and reason, nothing imported, then imports the fixed file', async () => {
    const manager = await apiAs(MANAGER);
    const [person] = (await manager.get<{ items: Youth[] }>('/api/v1/youth?pageSize=1')).items;
    expect(person).toBeDefined();
    const rows = (secondDate: string) => [
      [
        '29.02.2024',
        'career_consultation',
        person.id,
        ru('files:journal.format.in_person'),
        40,
        SPECIALIST_NAME,
        ru('files:journal.outcome.consulted'),
      ],
      [secondDate, 'street_outreach', null, ru('files:journal.format.outreach'), 90, SPECIALIST_NAME, null],
    ];

    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, MANAGER);
    await page.goto('/import?target=journal');
    await page.getByRole('heading', { level: 1, name: ru('registry:import.title') }).waitFor();
    await page.getByText(ru('files:import.journalHint')).waitFor();

    await upload(page, await journalFile(rows('01.01.2099')));
    const report = page.getByRole('region', { name: ru('registry:import.result') });
    await report.getByText(ru('registry:import.hasErrors', { count: 1 }), { exact: true }).waitFor();
    const errors = report.getByRole('table', { name: ru('registry:import.errorsCaption') });
    const errorRows = await errors.locator('tbody tr').all();
    expect(errorRows.length).toBe(1);
    expect(await errorRows[0].locator('td').allTextContents()).toEqual([
      '4',
      ru('files:journal.column.serviceDate'),
      '01.01.2099',
      ru('files:error.future_date'),
    ]);
    expect(await page.getByRole('button', { name: /^Импортировать/ }).count()).toBe(0);
    expect(await importedRecords()).toHaveLength(0);

    await upload(page, await journalFile(rows('29.02.2024')));
    await report.getByText(ru('registry:import.readyText')).waitFor();
    await page.getByRole('button', { name: ru('registry:import.commit', { count: 2 }) }).click();
    const done = page.getByRole('status').filter({ hasText: ru('registry:import.done') });
    await done.getByText(ru('registry:import.doneText', { count: 2 })).waitFor();

    const imported = await importedRecords();
    expect(imported.map((r) => [r.youthId, r.format, r.durationMinutes, r.outcome]).sort()).toEqual(
      [
        [person.id, 'in_person', 40, 'consulted'],
        [null, 'outreach', 90, null],
      ].sort(),
    );

    // The journal list offers the export of what it shows.
    await page.goto(`/journal?from=${DAY}&to=${DAY}`);
    const exportXlsx = page.getByRole('link', { name: ru('files:export.xlsx') });
    expect(await exportXlsx.getAttribute('href')).toBe(
      `/api/v1/journal/export?format=xlsx&from=${DAY}&to=${DAY}`,
    );
  });
});
