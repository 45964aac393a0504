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
  it('an admin creates a specialist for a centre; they sign in with the temporary password and see that centre as their scope', async () => {
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
    await signInAs(page, email, password);
    const header = page.getByRole('banner');
    await header.getByText(text('ru', 'role.specialist'), { exact: true }).waitFor();
    await header.getByText(centre.name.ru, { exact: true }).waitFor();
    const me = await (await apiAs(email, password)).get<{ scope: { centreId: number } }>('/api/v1/auth/me');
    expect(me.scope.centreId).toBe(centre.id);
  });
});
