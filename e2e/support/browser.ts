import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumPath } from './chromium';

export const baseUrl = () => inject('baseUrl');

/** Headless Debian Chromium with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (no cookies) with the browser language set, as a new visitor would arrive. */
export async function newPage(browser: Browser, locale = 'ru-RU'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, baseURL: baseUrl(), viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the sign-in page, as a user does. */
export async function signInAs(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await page.getByLabel(/E-mail/).fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}
