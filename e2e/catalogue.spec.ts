import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { launchBrowser, mainNav, openPage, signInAs } from './support/browser';
import { text } from './support/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The input of a Mantine field by its label (a required one's label ends with an asterisk). */
const field = (page: Page | Locator, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`)).first();

describe('service catalogue', () => {
  it('a national user sees directions with flagged types in Kazakh and adds a group type, refused first without a code', async () => {
    const { page } = await openPage(browser, 'kk-KZ');
    await signInAs(page, 'national@jastar.kz');
    await mainNav(page, 'kk')
      .getByRole('link', { name: text('kk', 'nav.catalogue'), exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: text('kk', 'journal:title') }).waitFor();
    const psychology = page.getByRole('region', { name: 'Психологиялық қолдау' });
    await psychology
      .getByRole('row', { name: /Психологиялық кеңес/ })
      .getByText(text('kk', 'journal:flag.confidential'))
      .waitFor();
    await expectAccessible(page, 'service catalogue');

    const events = page.getByRole('region', { name: 'Іс-шаралар' });
    await events.getByRole('button', { name: text('kk', 'journal:type.add') }).click();
    const dialog = page.getByRole('dialog', { name: text('kk', 'journal:type.addTitle') });
    const code = `forum_${Date.now()}`;
    await field(dialog, text('kk', 'journal:field.nameKk')).fill('Жастар форумы');
    await field(dialog, text('kk', 'journal:field.nameRu')).fill('Молодёжный форум');
    await field(dialog, text('kk', 'journal:field.nameEn')).fill('Youth forum');
    await dialog.getByLabel(text('kk', 'journal:flag.group')).check();
    await dialog.getByRole('button', { name: text('kk', 'save') }).click();
    await dialog.getByText(text('kk', 'errors:field.required')).waitFor();
    await field(dialog, text('kk', 'journal:field.code')).fill(code);
    await dialog.getByRole('button', { name: text('kk', 'save') }).click();
    await events
      .getByRole('row', { name: /Жастар форумы/ })
      .getByText(text('kk', 'journal:flag.group'))
      .waitFor();
  });
});
