import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Centre } from '../src/shared/contracts/registry';
import { apiAs } from './support/api';
import { expectAccessible } from './support/axe';
import { launchBrowser, mainNav, openPage, signInAs, signOut } from './support/browser';
import { text } from './support/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The input of a Mantine field by its label (a required one's label ends with an asterisk). */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`)).first();

describe('user administration', () => {
  it('an admin creates a specialist for a centre; signed in with the temporary password, they must choose their own, then see that centre', async () => {
    const admin = await apiAs('admin@jastar.kz');
    const [centre] = (await admin.get<{ items: Centre[] }>('/api/v1/centres?q=YRC-35-002')).items;
    expect(centre.code).toBe('YRC-35-002');
    const email = `specialist.e2e.${Date.now()}@jastar.kz`;

    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'admin@jastar.kz');
    await mainNav(page, 'ru')
      .getByRole('link', { name: text('ru', 'nav.users'), exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: text('ru', 'users:list.title') }).waitFor();
    await page.locator('tbody tr td').nth(1).waitFor();
    await expectAccessible(page, 'users list');

    await page.getByRole('link', { name: text('ru', 'users:list.new') }).click();
    await field(page, text('ru', 'users:field.email')).fill(email);
    await field(page, text('ru', 'users:field.fullName')).fill('Әлия Серікқызы Жұмабаева');
    await field(page, text('ru', 'users:field.role')).click();
    await page.getByRole('option', { name: text('ru', 'role.specialist'), exact: true }).click();
    // Submitting without the centre is refused under the centre field, in Russian.
    await page.getByRole('button', { name: text('ru', 'create') }).click();
    await page.getByText(text('ru', 'errors:field.required')).waitFor();
    await field(page, text('ru', 'users:field.centreId')).fill('YRC-35-002');
    await page.getByRole('option', { name: centre.name.ru, exact: true }).click();
    await page.getByRole('button', { name: text('ru', 'create') }).click();

    const dialog = page.getByRole('dialog', { name: text('ru', 'users:password.title') });
    await dialog.getByText(text('ru', 'users:password.once')).waitFor();
    await dialog.getByRole('button', { name: text('ru', 'users:password.copy') }).waitFor();
    // Let the modal's fade-in finish, or axe measures the contrast of half-transparent text.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="dialog"], .mantine-Modal-overlay')].every(
        (el) => getComputedStyle(el).opacity === '1',
      ),
    );
    await expectAccessible(page, 'temporary password dialog');
    const password = await dialog.getByLabel(text('ru', 'users:password.label')).inputValue();
    expect(password).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    await dialog.getByRole('button', { name: text('ru', 'users:password.done') }).click();
    await page.getByRole('heading', { level: 1, name: /Жұмабаева/ }).waitFor();

    await signOut(page, 'ru');
    // Signed in with the temporary password, the only thing on offer is choosing their own.
    await page.goto('/signin');
    await page.getByLabel(/E-mail/).fill(email);
    await page.locator('input[type="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
    await page.getByRole('heading', { level: 1, name: text('ru', 'auth:choosePassword.title') }).waitFor();
    await page.getByText(text('ru', 'auth:choosePassword.explanation')).waitFor();
    expect(await mainNav(page, 'ru').count()).toBe(0);
    await expectAccessible(page, 'choose password page');
    const own = 'Көктемгі-таң-2026';
    await field(page, text('ru', 'auth:choosePassword.temporaryPassword')).fill(password);
    await field(page, text('ru', 'auth:account.newPassword')).fill(own);
    await field(page, text('ru', 'auth:account.repeatPassword')).fill(own);
    await page.getByRole('button', { name: text('ru', 'auth:choosePassword.submit') }).click();

    // Then the app opens on their centre.
    await mainNav(page, 'ru')
      .getByRole('link', { name: text('ru', 'nav.centres'), exact: true })
      .click();
    await page.getByText(text('ru', 'registry:centres.found', { count: 1 }), { exact: true }).waitFor();
    await page.getByRole('main').getByRole('link', { name: centre.name.ru, exact: true }).waitFor();
    const header = page.getByRole('banner');
    await header.getByText(text('ru', 'role.specialist'), { exact: true }).waitFor();
    await header.getByText(centre.name.ru, { exact: true }).waitFor();
    const me = await (await apiAs(email, own)).get<{
      scope: { centreId: number };
      mustChangePassword: boolean;
    }>('/api/v1/auth/me');
    expect(me).toMatchObject({ scope: { centreId: centre.id }, mustChangePassword: false });
  });
});
