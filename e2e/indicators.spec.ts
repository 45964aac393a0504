import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../src/shared/constants/roles';
import { expectAccessible } from './support/axe';
import { launchBrowser, mainNav, openPage, signInAs } from './support/browser';
import { text } from './support/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const openIndicators = async (page: Page, locale: Locale) => {
  await mainNav(page, locale)
    .getByRole('link', { name: text(locale, 'nav.indicators'), exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: text(locale, 'plans:title') }).waitFor();
};

const chooseIndicator = async (page: Page, locale: Locale, name: string) => {
  await page.getByLabel(text(locale, 'plans:indicator'), { exact: true }).first().click();
  await page.getByRole('option', { name, exact: true }).click();
};

const row = (page: Page, region: string) => page.getByRole('row').filter({ hasText: region });

describe('indicators', () => {
  it('a national user reads the regional figures in Kazakh with their years, age bands and sources', async () => {
    const { page } = await openPage(browser, 'kk-KZ');
    await signInAs(page, 'national@jastar.kz');
    await openIndicators(page, 'kk');
    await page.getByText(text('kk', 'plans:tableCaption', { indicator: 'Жастар саны' })).waitFor();
    const akmola = row(page, 'Ақмола облысы');
    await akmola.getByText('2023', { exact: true }).waitFor();
    await akmola.getByText(/212\s233/).waitFor();
    await akmola.getByText('14-35', { exact: true }).waitFor();
    expect(
      await akmola.getByRole('link', { name: text('kk', 'plans:sourceLink') }).getAttribute('href'),
    ).toMatch(/^https:\/\/aqmolanews\.kz\//);
    // A figure whose band the source did not give says so in Kazakh.
    await row(page, 'Абай облысы').getByText(text('kk', 'plans:ageBand.notStated')).waitFor();
    await expectAccessible(page, 'indicators');

    await chooseIndicator(page, 'kk', 'NEET жастарының үлесі');
    await page.getByText(text('kk', 'plans:tableCaption', { indicator: 'NEET жастарының үлесі' })).waitFor();
    const neet = row(page, 'Ақмола облысы');
    await neet.getByText('8,9 %').waitFor();
    await neet.getByText('15-28', { exact: true }).waitFor();
    await neet.getByText('2021', { exact: true }).waitFor();
  });

  it('a regional user sees only their own region, in Russian', async () => {
    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'regional.35@jastar.kz');
    await openIndicators(page, 'ru');
    // Karaganda has no youth population figure in the shipped data.
    await page.getByText(text('ru', 'plans:empty')).waitFor();
    await chooseIndicator(page, 'ru', 'Доля молодёжи NEET');
    await row(page, 'Карагандинская область').getByText('7,9 %').waitFor();
    // Header row + Karaganda only.
    expect(await page.getByRole('row').count()).toBe(2);
  });
});
