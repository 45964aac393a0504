import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeSummary } from '../src/shared/contracts/home';
import { REGION_BOUNDARY_ATTRIBUTION } from '../src/shared/contracts/reference';
import { apiAs } from './support/api';
import { expectAccessible } from './support/axe';
import { launchBrowser, openPage, signInAs } from './support/browser';
import { text } from './support/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const ru = (key: string, params?: Record<string, unknown>) => text('ru', key, params);

describe('home page', () => {
  it('draws the region map, lists every region in the table and drills into a region’s centres', async () => {
    const national = await apiAs('national@jastar.kz');
    const summary = await national.get<HomeSummary>('/api/v1/home/summary');
    expect(summary.regions.length).toBe(20);
    const inKaraganda = await national.get<{ total: number }>('/api/v1/centres?regionCode=35&pageSize=1');

    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'national@jastar.kz');
    await page.goto('/');
    // The map is an image for assistive technology, named with what it shows; ECharts draws it on a canvas.
    const mapName = ru('home:map.ariaLabelEmpty', { measure: '' }).split(':')[0];
    await page.getByRole('img', { name: new RegExp(`^${mapName}`) }).waitFor();
    await page.locator('canvas').first().waitFor();
    const box = await page.locator('canvas').first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    await page.getByText(REGION_BOUNDARY_ATTRIBUTION, { exact: false }).first().waitFor();

    const table = page.getByRole('table', { name: ru('home:table.caption') });
    const regionLinks = table.locator('tbody tr th').getByRole('link');
    await regionLinks.first().waitFor();
    expect((await regionLinks.allTextContents()).sort()).toEqual(
      summary.regions.map((r) => r.name.ru).sort(),
    );

    const karaganda = summary.regions.find((r) => r.code === '35')!;
    const row = table
      .locator('tbody tr')
      .filter({ has: page.getByRole('link', { name: karaganda.name.ru }) });
    expect(await row.locator('td').first().textContent()).toBe(String(karaganda.centres));

    await expectAccessible(page, 'home page');

    await table.getByRole('link', { name: karaganda.name.ru, exact: true }).click();
    await page.waitForURL(/\/centres\?regionCode=35$/);
    await page
      .getByText(ru('registry:centres.found', { count: inKaraganda.total }), { exact: true })
      .waitFor();
    const regionCells = page
      .getByRole('table', { name: ru('registry:centres.caption') })
      .locator('tbody tr td:nth-child(4)');
    await regionCells.first().waitFor();
    for (const cell of await regionCells.all()) expect(await cell.textContent()).toContain(karaganda.name.ru);
  });
});
