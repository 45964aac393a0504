import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { launchBrowser, mainNav, openPage, signInAs } from './support/browser';
import { text } from './support/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The input of a Mantine field by its label (a required one's label ends with an asterisk). */
const field = (scope: Page | Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`)).first();

const openProgrammes = async (page: Page) => {
  await mainNav(page, 'kk')
    .getByRole('link', { name: text('kk', 'nav.programmes'), exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: text('kk', 'programmes:title') }).waitFor();
};

describe('state programmes', () => {
  it('a specialist finds a NEET programme in Kazakh, with the English-only fields labelled, and cannot edit', async () => {
    const { page } = await openPage(browser, 'kk-KZ');
    await signInAs(page, 'specialist.35-002@jastar.kz');
    await openProgrammes(page);
    await page.getByLabel(text('kk', 'programmes:search')).fill('zhas project');
    await page.getByText(text('kk', 'programmes:count', { count: 1 })).waitFor();
    const card = page.getByRole('article', { name: 'Zhas Project' });
    await card.getByText(text('kk', 'programmes:kkMissing')).waitFor();
    await card.getByText(text('kk', 'programmes:agesRange', { min: 18, max: 35 })).waitFor();
    await card.getByText(text('kk', 'programmes:youthStatus.neet'), { exact: false }).first().waitFor();
    expect(await card.getByText(`(${text('kk', 'programmes:englishOnly')})`).count()).toBeGreaterThan(0);
    expect(await card.getByRole('button', { name: text('kk', 'programmes:editTerms') }).count()).toBe(0);
    await expectAccessible(page, 'state programmes');
  });

  it('a national user edits a programme’s terms: ages out of order are refused, the fix is shown', async () => {
    const { page } = await openPage(browser, 'kk-KZ');
    await signInAs(page, 'national@jastar.kz');
    await openProgrammes(page);
    await page.getByLabel(text('kk', 'programmes:search')).fill('Дарын');
    const card = page.getByRole('article', { name: /Дарын/ });
    await card.getByRole('button', { name: text('kk', 'programmes:editTerms') }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, text('kk', 'programmes:field.minAge')).fill('30');
    await dialog.getByRole('button', { name: text('kk', 'save') }).click();
    await dialog.getByText(text('kk', 'errors:field.invalid_value')).waitFor();
    await field(dialog, text('kk', 'programmes:field.minAge')).fill('16');
    await dialog.getByRole('button', { name: text('kk', 'save') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText(text('kk', 'programmes:agesRange', { min: 16, max: 29 })).waitFor();
  });
});
