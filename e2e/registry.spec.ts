import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Centre } from '../src/shared/contracts/registry';
import { apiAs } from './support/api';
import { expectAccessible } from './support/axe';
import { launchBrowser, openPage, signInAs } from './support/browser';
import { text } from './support/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface CentrePage {
  items: Centre[];
  total: number;
}

const KARAGANDA = { code: '35', ru: 'Карагандинская область' };

/** The centres table, found by its caption. */
const centresTable = (page: Page) =>
  page.getByRole('table', { name: text('ru', 'registry:centres.caption') });

/** Body rows of a table once they are data rows (the loading row has a single cell). */
async function dataRows(table: Locator): Promise<Locator[]> {
  const rows = table.locator('tbody tr');
  await rows.first().locator('td').nth(1).waitFor();
  return rows.all();
}

/** The input of a Mantine select, by its label (a required one's label ends with an asterisk). */
const selectInput = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`)).first();

/** Picks an option of a Mantine select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await selectInput(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('scope in the registry screens', () => {
  it('a regional user sees only their region’s centres, one region to filter by, and no other region’s centre', async () => {
    const national = await apiAs('national@jastar.kz');
    const inRegion = await national.get<CentrePage>(
      `/api/v1/centres?regionCode=${KARAGANDA.code}&pageSize=200`,
    );
    const everywhere = await national.get<CentrePage>('/api/v1/centres?pageSize=1');
    expect(inRegion.total).toBeGreaterThan(1);
    expect(everywhere.total).toBeGreaterThan(inRegion.total);
    const elsewhere = await national.get<CentrePage>('/api/v1/centres?regionCode=75&pageSize=1');

    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'regional.35@jastar.kz');
    await page.goto('/centres');
    await page
      .getByText(text('ru', 'registry:centres.found', { count: inRegion.total }), { exact: true })
      .waitFor();
    const rows = await dataRows(centresTable(page));
    expect(rows.length).toBe(Math.min(inRegion.total, 25));
    for (const row of rows) expect(await row.locator('td').nth(3).textContent()).toContain(KARAGANDA.ru);

    await selectInput(page, text('ru', 'registry:field.region')).click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual([KARAGANDA.ru]);
    await page.keyboard.press('Escape');

    await page.goto(`/centres/${elsewhere.items[0].id}`);
    await page.getByRole('heading', { name: text('ru', 'notFound.title') }).waitFor();
    expect(await page.getByText(elsewhere.items[0].code).count()).toBe(0);
  });

  it('a specialist sees only their own centre', async () => {
    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'specialist.35-002@jastar.kz');
    await page.goto('/centres');
    await page.getByText(text('ru', 'registry:centres.found', { count: 1 }), { exact: true }).waitFor();
    const rows = await dataRows(centresTable(page));
    expect(rows.length).toBe(1);
    expect(await rows[0].locator('td').nth(1).textContent()).toBe('YRC-35-002');
    expect(await page.getByRole('link', { name: text('ru', 'registry:centres.new') }).count()).toBe(0);
  });
});

describe('centre create and edit', () => {
  it('national creates a centre (after fixing a bad e-mail) and edits it; the page and its history show the change', async () => {
    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'national@jastar.kz');
    await page.goto('/centres');
    await page.getByRole('link', { name: text('ru', 'registry:centres.new') }).click();
    await page.getByRole('heading', { name: text('ru', 'registry:centres.new') }).waitFor();

    const field = (key: string) =>
      page.getByRole('textbox', { name: text('ru', `registry:field.${key}`), exact: true });
    await field('code').fill('YRC-35-901');
    await choose(page, text('ru', 'registry:field.kind'), text('ru', 'registry:kind.district'));
    await field('nameKk').fill('Жаңаарқа ауданының жастар ресурстық орталығы');
    await field('nameRu').fill('Молодёжный ресурсный центр Жанааркинского района');
    await choose(page, text('ru', 'registry:field.region'), KARAGANDA.ru);
    await field('address').fill('Атасу кенті, Тәуелсіздік көшесі, 12');
    await field('email').fill('zhanaarka-at-jastar');
    await page.getByRole('button', { name: text('ru', 'save') }).click();

    const emailError = page.getByText(text('ru', 'errors:field.invalid_email'), { exact: true });
    await emailError.waitFor();
    expect(page.url()).toMatch(/\/centres\/new$/);

    await field('email').fill('zhanaarka@jastar.kz');
    await emailError.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: text('ru', 'save') }).click();
    await page.waitForURL(/\/centres\/\d+$/);
    await page
      .getByRole('heading', { level: 1, name: 'Молодёжный ресурсный центр Жанааркинского района' })
      .waitFor();
    const details = page.getByRole('table', { name: text('ru', 'registry:centre.details') });
    await details.getByText('zhanaarka@jastar.kz').waitFor();
    await details.getByText(KARAGANDA.ru).waitFor();

    await page.getByRole('link', { name: text('ru', 'edit') }).click();
    await field('address').waitFor();
    expect(await field('address').inputValue()).toBe('Атасу кенті, Тәуелсіздік көшесі, 12');
    await field('address').fill('Атасу кенті, Сәкен Сейфуллин көшесі, 3');
    await page.getByRole('button', { name: text('ru', 'save') }).click();
    await page.waitForURL(/\/centres\/\d+$/);
    await details.getByText('Атасу кенті, Сәкен Сейфуллин көшесі, 3').waitFor();

    const history = page.getByRole('region', { name: text('ru', 'registry:history.title') });
    await history.getByText(new RegExp(`^${text('ru', 'registry:action.update')} · `)).waitFor();
    await history.getByText('Атасу кенті, Тәуелсіздік көшесі, 12').first().waitFor();
    await history.getByText('Атасу кенті, Сәкен Сейфуллин көшесі, 3').first().waitFor();
    await history.getByText(new RegExp(`^${text('ru', 'registry:action.create')} · `)).waitFor();
  });
});

describe('accessibility of the registry screens', () => {
  it('the centres list and a centre page have no serious violations', async () => {
    const { page } = await openPage(browser, 'kk-KZ');
    await signInAs(page, 'regional.35@jastar.kz');
    await page.goto('/centres');
    await dataRows(page.getByRole('table', { name: text('kk', 'registry:centres.caption') }));
    await expectAccessible(page, 'centres list');
    await page.locator('tbody tr').first().getByRole('link').click();
    await page.getByRole('region', { name: text('kk', 'registry:history.title') }).waitFor();
    await page.getByRole('table', { name: text('kk', 'registry:centre.details') }).waitFor();
    // Let the staff table and the map finish loading: axe checks the page a user reads.
    await dataRows(page.getByRole('table', { name: new RegExp(`^${text('kk', 'registry:centre.staff')}`) }));
    await page.getByRole('img', { name: /.+/ }).first().waitFor();
    await expectAccessible(page, 'centre page');
  });
});
