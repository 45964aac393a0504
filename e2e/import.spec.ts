import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffMember } from '../src/shared/contracts/registry';
import { apiAs } from './support/api';
import { expectAccessible } from './support/axe';
import { launchBrowser, openPage, signInAs } from './support/browser';
import { text } from './support/i18n';
import { type StaffRow, staffWorkbook, XLSX_MIME } from './support/staff-file';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const MANAGER = 'manager.35-001@jastar.kz';
const CENTRE = 'YRC-35-001';
const ru = (key: string, params?: Record<string, unknown>) => text('ru', key, params);

/** Three new people of the manager's centre; the second row's hire date is given by the caller. */
const rows = (secondHireDate: string): StaffRow[] => [
  {
    centreCode: CENTRE,
    lastName: 'Сейітқали',
    firstName: 'Әйгерім',
    middleName: 'Нұрланқызы',
    position: ru('registry:position.psychologist'),
    hireDate: '15.01.2026',
  },
  {
    centreCode: CENTRE,
    lastName: 'Құрманғазы',
    firstName: 'Ерасыл',
    middleName: 'Бақытұлы',
    position: ru('registry:position.specialist'),
    hireDate: secondHireDate,
  },
  {
    centreCode: CENTRE,
    lastName: 'Өмірзақ',
    firstName: 'Дәулет',
    position: ru('registry:position.lawyer'),
    hireDate: new Date(Date.UTC(2025, 8, 1)),
  },
];

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: XLSX_MIME, buffer });
  await page.getByRole('button', { name: ru('registry:import.check') }).click();
}

async function staffNamed(lastName: string) {
  const manager = await apiAs(MANAGER);
  return manager.get<{ items: StaffMember[]; total: number }>(
    `/api/v1/staff?q=${encodeURIComponent(lastName)}&status=all`,
  );
}

describe('staff import', () => {
  it('a centre manager sees the bad row reported with its column and reason, nothing imported, then imports the fixed file', async () => {
    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, MANAGER);
    await page.goto('/import');
    await page.getByRole('heading', { level: 1, name: ru('registry:import.title') }).waitFor();

    await upload(page, 'сотрудники.xlsx', await staffWorkbook('ru', rows('31.02.2026')));
    const report = page.getByRole('region', { name: ru('registry:import.result') });
    await report.getByText(ru('registry:import.hasErrors', { count: 1 }), { exact: true }).waitFor();
    await report.getByText(ru('registry:import.fixAndRetry')).waitFor();
    const errors = report.getByRole('table', { name: ru('registry:import.errorsCaption') });
    const errorRows = await errors.locator('tbody tr').all();
    expect(errorRows.length).toBe(1);
    expect(await errorRows[0].locator('td').allTextContents()).toEqual([
      '3',
      ru('files:staff.column.hireDate'),
      '31.02.2026',
      ru('errors:field.invalid_date'),
    ]);
    expect(await page.getByRole('button', { name: /^Импортировать/ }).count()).toBe(0);
    expect((await staffNamed('Сейітқали')).total).toBe(0);

    await upload(page, 'сотрудники.xlsx', await staffWorkbook('ru', rows('28.02.2026')));
    await report.getByText(ru('registry:import.readyText')).waitFor();
    await page.getByRole('button', { name: ru('registry:import.commit', { count: 3 }) }).click();
    const done = page.getByRole('status').filter({ hasText: ru('registry:import.done') });
    await done.getByText(ru('registry:import.doneText', { count: 3 })).waitFor();

    await page.goto(`/staff?q=${encodeURIComponent('Сейітқали')}`);
    const list = page.getByRole('table', { name: ru('registry:staff.caption') });
    await list.getByRole('link', { name: 'Сейітқали Әйгерім Нұрланқызы' }).waitFor();
    await list.getByText(ru('registry:position.psychologist')).waitFor();
    await list.getByText('15.01.2026').waitFor();

    const imported = await staffNamed('Құрманғазы');
    expect(imported.items.map((s) => [s.fullName, s.hireDate])).toEqual([
      ['Құрманғазы Ерасыл Бақытұлы', '2026-02-28'],
    ]);
    expect((await staffNamed('Өмірзақ')).items.map((s) => s.hireDate)).toEqual(['2025-09-01']);
  });
});

describe('import page accessibility', () => {
  it('has no serious violations while showing a dry-run report', async () => {
    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, MANAGER);
    await page.goto('/import');
    await page.getByRole('button', { name: text('ru', 'registry:import.check') }).waitFor();
    await expectAccessible(page, 'import page');
    const buffer = await staffWorkbook('ru', [
      {
        centreCode: CENTRE,
        lastName: 'Әбенов',
        firstName: 'Нұржан',
        position: 'Психолог',
        hireDate: '31.02.2026',
      },
    ]);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'staff.xlsx', mimeType: XLSX_MIME, buffer });
    await page.getByRole('button', { name: text('ru', 'registry:import.check') }).click();
    await page.getByRole('region', { name: text('ru', 'registry:import.result') }).waitFor();
    await expectAccessible(page, 'import page with a dry-run report');
  });
});
