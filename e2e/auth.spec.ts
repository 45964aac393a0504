import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('sign-in page', () => {
  it('opens in the browser’s language and reports a wrong password in it', async () => {
    const { page, context } = await newPage(browser, 'ru-RU');
    await page.goto('/');
    await page.waitForURL('**/signin');
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    await page.getByLabel(/E-mail/).fill('nobody@jastar.kz');
    await page.locator('input[type="password"]').fill('wrong-password-1');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Неверный e-mail или пароль');
    await page.getByText('Қаз').click();
    await page.getByRole('button', { name: 'Кіру' }).waitFor();
    await context.close();
  });
});
