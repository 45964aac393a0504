import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { launchBrowser, mainNav, openPage, signInAs } from './support/browser';
import { text } from './support/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const title = 'Опрос для колледжей Караганды';
let link = '';

describe('needs surveys', () => {
  it('a centre manager starts a survey and gets its public link and QR code', async () => {
    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'manager.35-001@jastar.kz');
    await mainNav(page, 'ru')
      .getByRole('link', { name: text('ru', 'nav.surveys'), exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: text('ru', 'surveys:title') }).waitFor();
    await page.getByRole('button', { name: text('ru', 'surveys:new') }).click();
    await page.getByLabel(text('ru', 'surveys:form.title')).fill(title);
    await page.getByRole('button', { name: text('ru', 'surveys:form.create') }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    link = await page.getByLabel(text('ru', 'surveys:detail.publicLink'), { exact: true }).inputValue();
    expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{20,}$/);
    await page.getByRole('img', { name: text('ru', 'surveys:detail.publicLink') }).waitFor();
  });

  it('a young person answers on the public page in Kazakh without signing in, once per phone', async () => {
    const { page: youth } = await openPage(browser, 'kk-KZ');
    await youth.goto(link);
    await youth.getByRole('heading', { level: 1, name: title }).waitFor();
    await youth.getByText(text('kk', 'surveys:public.directions')).waitFor();
    await expectAccessible(youth, 'public survey');
    await youth.getByRole('checkbox', { name: 'Жұмысқа орналасуға көмек' }).check();
    await youth.getByRole('checkbox', { name: 'Психологиялық қолдау' }).check();
    await youth.getByRole('radio', { name: '18-22' }).check();
    await youth.getByRole('button', { name: text('kk', 'surveys:public.submit') }).click();
    await youth.getByText(text('kk', 'surveys:public.thanks')).waitFor();

    // The same phone tries again after reloading: refused, in Kazakh.
    await youth.reload();
    await youth.getByRole('checkbox', { name: 'Құқықтық көмек' }).check();
    await youth.getByRole('button', { name: text('kk', 'surveys:public.submit') }).click();
    await youth.getByText(text('kk', 'surveys:public.alreadyAnswered')).waitFor();
  });

  it('the manager sees the one answer counted in the results', async () => {
    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'manager.35-001@jastar.kz');
    await page.goto('/surveys');
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 2, name: text('ru', 'surveys:detail.results') }).waitFor();
    await page.getByText(`${text('ru', 'surveys:column.answers')}: 1`).waitFor();
    await page
      .getByRole('row', { name: /Содействие трудоустройству/ })
      .getByText('100%')
      .first()
      .waitFor();
  });
});
