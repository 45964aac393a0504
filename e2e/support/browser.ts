import { mkdirSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { inject, onTestFinished } from 'vitest';
import type { Locale } from '../../src/shared/constants/roles';
import { chromiumPath } from './chromium';
import { text } from './i18n';

export const baseUrl = () => inject('baseUrl');

/** Every demo user's password (see the README's demo users). */
export const DEMO_PASSWORD = 'Jastar-demo-2026';

/** Where failure screenshots go (ignored by git). */
export const RESULTS_DIR = 'test-results';

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
export async function newPage(
  browser: Browser,
  locale = 'ru-RU',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale,
    baseURL: baseUrl(),
    viewport: { width: 1280, height: 860 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/**
 * Like newPage, for use inside a test: when the test fails the page is saved as a screenshot in
 * test-results/, and the context is closed when the test ends either way.
 */
export async function openPage(browser: Browser, locale = 'ru-RU') {
  const opened = await newPage(browser, locale);
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail') {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const name = `${task.file?.name ?? 'e2e'}-${task.name}`.replace(/[^\p{L}\d]+/gu, '-').slice(0, 120);
      await opened.page.screenshot({ path: `${RESULTS_DIR}/${name}.png`, fullPage: true }).catch(() => {});
    }
    await opened.context.close();
  });
  return opened;
}

/** Signs in through the sign-in page, as a user does, and waits for the signed-in shell. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/signin');
  await page.getByLabel(/E-mail/).fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await page.getByRole('navigation').first().waitFor();
}

/** Signs out with the header button (named in the UI language) and waits for the sign-in page. */
export async function signOut(page: Page, locale: Locale) {
  await page.getByRole('button', { name: text(locale, 'signOut') }).click();
  await page.waitForURL('**/signin');
}

/** The main navigation landmark, named in the UI language. */
export const mainNav = (page: Page, locale: Locale) =>
  page.getByRole('navigation', { name: text(locale, 'nav.main') });

/** The input of a Mantine field by its label (a required one's label ends with an asterisk). */
export const fieldByLabel = (scope: Page | Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`)).first();
