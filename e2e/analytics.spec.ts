import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, Rankings, Targets } from '../src/shared/contracts/analytics';
import type { ServiceDirection } from '../src/shared/contracts/journal';
import type { PlanProgress } from '../src/shared/contracts/plan-progress';
import type { Region } from '../src/shared/contracts/reference';
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

const ru = (key: string, params?: Record<string, unknown>) => text('ru', `analytics:${key}`, params);
const TOTALS = ['services', 'youngPeople', 'neetReached', 'anonymousServices'] as const;

/** The headline figures as shown, digits only (the ru format groups thousands with a no-break space). */
async function headline(page: Page) {
  const shown: Record<string, string> = {};
  for (const key of TOTALS) {
    const card = page.getByRole('group', { name: ru(`totals.${key}`), exact: true });
    shown[key] = ((await card.locator(`[data-figure="${key}"]`).textContent()) ?? '').replace(/\s/g, '');
  }
  return shown;
}
const expected = (d: Dashboard) => Object.fromEntries(TOTALS.map((k) => [k, String(d.totals[k])]));

/** Waits until the headline shows the API's answer (the page refetches after a filter change). */
async function expectHeadline(page: Page, d: Dashboard) {
  const want = expected(d);
  await page
    .locator('[data-figure="services"]')
    .filter({ hasText: new RegExp(`^${d.totals.services.toLocaleString('ru-RU').replace(/\s/g, '\\s')}$`) })
    .waitFor();
  await page.locator('[aria-busy="false"]').first().waitFor();
  expect(await headline(page)).toEqual(want);
}

describe('analytics dashboard', () => {
  it('shows the national figures, follows the direction filter and drills into a region', async () => {
    const national = await apiAs('national@jastar.kz');
    const all = await national.get<Dashboard>('/api/v1/analytics/dashboard');
    const directions = await national.get<ServiceDirection[]>('/api/v1/service-directions');
    const regions = await national.get<Region[]>('/api/v1/regions');
    // The direction with the fewest services (but some), so its numbers differ from the whole.
    const direction = [...all.byDirection]
      .filter((d) => d.services > 0)
      .sort((a, b) => a.services - b.services)[0];
    const directionName = directions.find((d) => d.id === direction.directionId)!.name.ru;
    const byDirection = await national.get<Dashboard>(
      `/api/v1/analytics/dashboard?directionId=${direction.directionId}`,
    );
    expect(byDirection.totals.services).toBeLessThan(all.totals.services);
    const karaganda = regions.find((r) => r.code === '35')!;
    const drilled = await national.get<Dashboard>(
      `/api/v1/analytics/dashboard?directionId=${direction.directionId}&regionCode=35`,
    );

    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'national@jastar.kz');
    await page.goto('/analytics');
    await expectHeadline(page, all);
    await page.getByText(REGION_BOUNDARY_ATTRIBUTION, { exact: false }).first().waitFor();
    await page.locator('canvas').first().waitFor();
    await expectAccessible(page, 'analytics page');

    // Progress against the national targets for the period's year, as the API counts it.
    const targets = await national.get<Targets>(
      `/api/v1/analytics/targets?year=${all.period.to.slice(0, 4)}`,
    );
    const served = page.getByRole('group', { name: ru('targets.served', { year: targets.year }) });
    await expect
      .poll(async () =>
        ((await served.locator('[data-target="served"]').textContent()) ?? '').replace(/\s/g, ''),
      )
      .toBe(String(targets.youthServed.value));
    await page
      .getByRole('group', { name: ru('targets.neet') })
      .getByText(
        ru('targets.neetGoal', {
          target: '3,5',
          baseline: '6,7',
          baselineYear: 2023,
        }),
      )
      .waitFor();
    await page.screenshot({ path: 'test-results/analytics-targets.png', fullPage: true });

    // The month chart's data as CSV: a BOM for spreadsheet programs, the header, one line per month.
    const monthPanel = page.getByRole('region', { name: ru('charts.byMonth') });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      monthPanel.getByRole('button', { name: ru('charts.downloadCsv') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('services-by-month.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')).toEqual([
      `\uFEFF${ru('charts.month')},${ru('charts.services')},${ru('charts.youngPeople')}`,
      ...all.byMonth.map((m) => `${m.month},${m.services},${m.youngPeople}`),
      '',
    ]);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      monthPanel.getByRole('button', { name: ru('charts.downloadPng') }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('services-by-month.png');
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');

    await page.getByLabel(ru('filters.direction'), { exact: true }).first().click();
    await page.getByRole('option', { name: directionName, exact: true }).click();
    await page.waitForURL(new RegExp(`directionId=${direction.directionId}`));
    await expectHeadline(page, byDirection);

    const table = page.getByRole('table', { name: ru('table.caption') });
    await table.getByRole('button', { name: ru('table.choose', { region: karaganda.name.ru }) }).click();
    await page.waitForURL(/regionCode=35/);
    await page.getByRole('heading', { name: ru('region.drilled', { region: karaganda.name.ru }) }).waitFor();
    await expectHeadline(page, drilled);
    expect(await page.getByRole('link', { name: ru('region.centres') }).getAttribute('href')).toBe(
      '/centres?regionCode=35',
    );
  });

  it('holds a regional user to their region, without a region filter', async () => {
    const regional = await apiAs('regional.35@jastar.kz');
    const own = await regional.get<Dashboard>('/api/v1/analytics/dashboard');
    const regions = await regional.get<Region[]>('/api/v1/regions');

    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'regional.35@jastar.kz');
    await page.goto('/analytics');
    await expectHeadline(page, own);
    // The filters are there (direction), the region filter is not.
    await page.getByLabel(ru('filters.direction'), { exact: true }).first().waitFor();
    expect(await page.getByLabel(ru('filters.region'), { exact: true }).count()).toBe(0);
    const table = page.getByRole('table', { name: ru('table.caption') });
    const names = await table.locator('tbody tr th').allTextContents();
    expect(names).toEqual(own.byRegion.map((r) => regions.find((x) => x.code === r.regionCode)!.name.ru));
    expect(own.byRegion.map((r) => r.regionCode)).toEqual(['35']);

    // The direction filter lists the catalogue and narrows the region's figures.
    const directions = await regional.get<ServiceDirection[]>('/api/v1/service-directions');
    const direction = own.byDirection.find((d) => d.services > 0 && d.services < own.totals.services)!;
    const narrowed = await regional.get<Dashboard>(
      `/api/v1/analytics/dashboard?directionId=${direction.directionId}`,
    );
    await page.getByLabel(ru('filters.direction'), { exact: true }).first().click();
    await page
      .getByRole('option', {
        name: directions.find((d) => d.id === direction.directionId)!.name.ru,
        exact: true,
      })
      .click();
    await expectHeadline(page, narrowed);
  });

  it('ranks regions by young people with the move since the previous period, and downloads the table as XLSX', async () => {
    const national = await apiAs('national@jastar.kz');
    const ranked = await national.get<Rankings>(
      '/api/v1/analytics/rankings?level=region&measure=young_people',
    );
    const regions = await national.get<Region[]>('/api/v1/regions');
    const regionName = (code: string) => regions.find((r) => r.code === code)!.name.ru;
    const top = ranked.items[0];

    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'national@jastar.kz');
    await page.goto('/analytics');
    await page.getByRole('link', { name: ru('rankings.open') }).click();
    await page.getByRole('heading', { level: 1, name: ru('rankings.title') }).waitFor();
    await page
      .getByRole('radiogroup', { name: ru('rankings.level') })
      .getByText(ru('rankings.levels.region'), { exact: true })
      .click();
    await page.waitForURL(/level=region/);
    await page.getByLabel(ru('rankings.measure'), { exact: true }).first().click();
    await page.getByRole('option', { name: ru('rankings.measures.young_people'), exact: true }).click();
    await page.waitForURL(/level=region&measure=young_people|measure=young_people&level=region/);
    const table = page.getByRole('table', {
      name: ru('rankings.caption', {
        level: ru('rankings.levels.region'),
        measure: ru('rankings.measures.young_people'),
      }),
    });
    await table.getByRole('rowheader', { name: regionName(top.regionCode), exact: true }).waitFor();
    const names = await table.locator('tbody tr th').allTextContents();
    expect(names).toEqual(ranked.items.map((i) => regionName(i.regionCode)));
    const firstRow = await table.locator('tbody tr').first().locator('td').allTextContents();
    expect(firstRow[0]).toBe(String(top.rank));
    expect(firstRow[2].replace(/\s/g, '')).toBe(String(top.value));
    await expectAccessible(page, 'rankings page');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: ru('charts.downloadXlsx') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ranking-region-young_people.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0];
    expect(sheet.getCell('A1').value).toBe(ru('rankings.rank'));
    expect(sheet.getCell('B2').value).toBe(regionName(top.regionCode));
    expect(sheet.getCell('C2').value).toBe(top.value);
    expect(sheet.rowCount).toBe(ranked.items.length + 1);
  });
  it('shows how the development plans go: approved plans, fulfilment to date and the regions with plans', async () => {
    const national = await apiAs('national@jastar.kz');
    const progress = await national.get<PlanProgress>('/api/v1/analytics/plan-progress');
    const regions = await national.get<Region[]>('/api/v1/regions');
    // The demo approves this year's plans in the three highest-NEET regions.
    expect(progress.approved).toBeGreaterThanOrEqual(3);
    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'national@jastar.kz');
    await page.goto('/analytics');
    const panel = page.getByRole('region', { name: ru('plans.title', { year: progress.year }) });
    const num = (v: number) => v.toLocaleString('ru-RU');
    await panel
      .locator('[data-plans="approved"]')
      .getByText(ru('plans.approvedOf', { approved: num(progress.approved), centres: num(progress.centres) }))
      .waitFor();
    const percent = `${num(Math.round(progress.fulfilment! * 100))} %`;
    expect(await panel.locator('[data-plans="fulfilment"]').textContent()).toBe(percent);
    await panel.getByText(ru('plans.status.behind', { count: progress.kpis.behind })).waitFor();
    for (const r of progress.byRegion.filter((x) => x.approved > 0)) {
      const row = panel.getByRole('row', { name: regions.find((x) => x.code === r.regionCode)!.name.ru });
      await row.getByText(`${num(Math.round(r.fulfilment! * 100))} %`).waitFor();
    }
    await expectAccessible(page, 'analytics plans panel');
  });
});
