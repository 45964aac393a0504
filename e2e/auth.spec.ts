import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale, Role } from '../src/shared/constants/roles';
import type { CurrentUser } from '../src/shared/contracts/auth';
import { apiAs } from './support/api';
import { expectAccessible } from './support/axe';
import { launchBrowser, mainNav, openPage, signInAs, signOut } from './support/browser';
import { text } from './support/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Clicks a language in the kk / ru / en switch (its labels are the languages' own names). */
async function chooseLanguage(page: Page, label: 'Қаз' | 'Рус' | 'Eng') {
  await page.getByText(label, { exact: true }).first().click();
}

describe('sign-in page', () => {
  it('opens in the browser’s language and reports a wrong password in it', async () => {
    const { page } = await openPage(browser, 'ru-RU');
    await page.goto('/');
    await page.waitForURL('**/signin');
    await page.getByRole('button', { name: text('ru', 'auth:signIn') }).waitFor();
    await page.getByLabel(/E-mail/).fill('nobody@jastar.kz');
    await page.locator('input[type="password"]').fill('wrong-password-1');
    await page.getByRole('button', { name: text('ru', 'auth:signIn') }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      text('ru', 'errors:code.invalid_credentials'),
    );
    await chooseLanguage(page, 'Қаз');
    await page.getByRole('button', { name: text('kk', 'auth:signIn') }).waitFor();
  });

  it('has no serious accessibility violations', async () => {
    const { page } = await openPage(browser, 'kk-KZ');
    await page.goto('/signin');
    await page.getByRole('button', { name: text('kk', 'auth:signIn') }).waitFor();
    await expectAccessible(page, 'sign-in page');
  });
});

/** What each role's navigation offers: the server refuses the same sections to the others. */
const SECTIONS: Record<Role, { staff: boolean; import: boolean; audit: boolean }> = {
  national: { staff: true, import: true, audit: true },
  admin: { staff: true, import: true, audit: true },
  regional: { staff: true, import: true, audit: false },
  center_manager: { staff: true, import: true, audit: false },
  specialist: { staff: true, import: false, audit: false },
  partner: { staff: false, import: false, audit: false },
};

const USERS: { email: string; role: Role }[] = [
  { email: 'national@jastar.kz', role: 'national' },
  { email: 'regional.35@jastar.kz', role: 'regional' },
  { email: 'manager.35-001@jastar.kz', role: 'center_manager' },
  { email: 'specialist.35-002@jastar.kz', role: 'specialist' },
  { email: 'partner@jastar.kz', role: 'partner' },
  { email: 'admin@jastar.kz', role: 'admin' },
];

describe('role-aware shell', () => {
  for (const { email, role } of USERS) {
    it(`${role} (${email}) sees their role, their scope and only their sections`, async () => {
      const locale: Locale = 'ru';
      const me = await (await apiAs(email)).get<CurrentUser>('/api/v1/auth/me');
      expect(me.role).toBe(role);
      const { page } = await openPage(browser, 'ru-RU');
      await signInAs(page, email);

      const header = page.getByRole('banner');
      await header.getByText(text(locale, `role.${role}`), { exact: true }).waitFor();
      const scopeName = me.scopeName ? me.scopeName.ru : text(locale, `scope.${me.scope.kind}`);
      await header.getByText(scopeName, { exact: true }).waitFor();

      const nav = mainNav(page, locale);
      const link = (key: string) => nav.getByRole('link', { name: text(locale, `nav.${key}`), exact: true });
      await link('home').waitFor();
      await link('centres').waitFor();
      for (const section of ['staff', 'import', 'audit'] as const) {
        expect(await link(section).count(), `${role}: nav.${section}`).toBe(SECTIONS[role][section] ? 1 : 0);
      }
      // A hidden section stays closed when typed into the address bar.
      for (const section of ['import', 'audit'] as const) {
        if (SECTIONS[role][section]) continue;
        await page.goto(`/${section}`);
        await page.getByRole('heading', { level: 1, name: text(locale, 'notFound.title') }).waitFor();
      }
    });
  }
});

describe('language', () => {
  it('switches kk ↔ ru ↔ en and remembers the choice for the user across sign-out and devices', async () => {
    const email = 'regional.11@jastar.kz';
    const first = await openPage(browser, 'ru-RU');
    await signInAs(first.page, email);
    const navLink = (page: Page, locale: Locale, key: string) =>
      mainNav(page, locale).getByRole('link', { name: text(locale, `nav.${key}`), exact: true });

    await navLink(first.page, 'ru', 'centres').waitFor();
    await chooseLanguage(first.page, 'Қаз');
    await navLink(first.page, 'kk', 'centres').waitFor();
    expect(await first.page.getAttribute('html', 'lang')).toBe('kk');
    await chooseLanguage(first.page, 'Eng');
    await navLink(first.page, 'en', 'centres').waitFor();
    await first.page.getByRole('button', { name: text('en', 'signOut') }).waitFor();
    // The choice is saved on the server before we leave.
    await expect
      .poll(async () => (await (await apiAs(email)).get<CurrentUser>('/api/v1/auth/me')).locale)
      .toBe('en');

    await signOut(first.page, 'en');
    await first.page.getByRole('button', { name: text('en', 'auth:signIn') }).waitFor();
    await signInAs(first.page, email);
    await navLink(first.page, 'en', 'centres').waitFor();

    // Another device whose browser prefers Russian: after sign-in the user's saved language wins.
    const second = await openPage(browser, 'ru-RU');
    await second.page.goto('/signin');
    await second.page.getByRole('button', { name: text('ru', 'auth:signIn') }).waitFor();
    await signInAs(second.page, email);
    await navLink(second.page, 'en', 'centres').waitFor();
    await navLink(second.page, 'en', 'home').waitFor();
  });
});
