import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { YouthProgrammes } from '../src/shared/contracts/youth';
import { apiAs } from './support/api';
import { expectAccessible } from './support/axe';
import { launchBrowser, mainNav, openPage, signInAs } from './support/browser';
import { text } from './support/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const SPECIALIST = 'specialist.35-002@jastar.kz';

/** The input of a Mantine field by its label (a required one's label ends with an asterisk). */
const field = (scope: Page | Locator, label: string) =>
  scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`)).first();

/** A surname no demo record has, so the run finds only its own people. */
const surname = () => {
  const letters = 'әғқңөұүһі';
  const pick = () => letters[Math.floor(Math.random() * letters.length)];
  return `Сынақ${pick()}${pick()}${pick()}ова`;
};

/** A birth date 22 years back (1 March), typed dd.mm.yyyy: NEET at 22 fits programmes for 18–35. */
const birthDate = `01.03.${new Date().getUTCFullYear() - 22}`;

async function choose(page: Page, label: string, option: string) {
  await field(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fills the registration form in Kazakh and saves; answers the new card's id. */
async function register(page: Page, lastName: string) {
  await page.goto('/youth');
  await page.getByRole('heading', { level: 1, name: text('kk', 'youth:title') }).waitFor();
  await page.getByRole('link', { name: text('kk', 'youth:list.new') }).click();
  await page.getByRole('heading', { level: 1, name: text('kk', 'youth:form.newTitle') }).waitFor();
  await field(page, text('kk', 'youth:field.lastName')).fill(lastName);
  await field(page, text('kk', 'youth:field.firstName')).fill('Айгүл');
  const date = field(page, text('kk', 'youth:field.birthDate'));
  await date.fill(birthDate);
  await date.press('Tab');
  await choose(page, text('kk', 'youth:field.gender'), text('kk', 'youth:gender.female'));
  await choose(page, text('kk', 'youth:field.status'), text('kk', 'youth:status.neet'));
  await page.getByRole('checkbox', { name: text('kk', 'youth:consent.checkbox') }).check();
  await page.getByRole('button', { name: text('kk', 'youth:form.register') }).click();
  await page.waitForURL(/\/youth\/\d+$/);
  await page.getByRole('heading', { level: 1, name: new RegExp(lastName) }).waitFor();
  return Number(new URL(page.url()).pathname.split('/').pop());
}

describe('youth registry', () => {
  it('a specialist registers a young person, sees the duplicate warning on a twin, merges them, and the card shows fitted programmes', async () => {
    const { page } = await openPage(browser, 'kk-KZ');
    await signInAs(page, SPECIALIST);
    await mainNav(page, 'kk')
      .getByRole('link', { name: text('kk', 'nav.youth'), exact: true })
      .waitFor();
    const lastName = surname();

    const firstId = await register(page, lastName);
    // No twin yet: no duplicate warning.
    expect(await page.getByText(text('kk', 'youth:duplicates.title')).count()).toBe(0);

    const secondId = await register(page, lastName);
    expect(secondId).not.toBe(firstId);
    const warning = page.getByRole('status').filter({ hasText: text('kk', 'youth:duplicates.title') });
    await warning.waitFor();
    await warning
      .getByRole('link', { name: text('kk', 'youth:duplicates.record', { id: firstId }) })
      .waitFor();
    await expectAccessible(page, 'young person card with a duplicate warning');

    // The list finds both by the typed birth date and surname.
    await page.goto(`/youth?q=${encodeURIComponent(`${lastName} ${birthDate}`)}`);
    await page.getByText(text('kk', 'youth:list.found', { count: 2 })).waitFor();

    // Merge the second into the first.
    await page.goto(`/youth/${secondId}`);
    await page.getByRole('button', { name: text('kk', 'youth:card.merge') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio').first().waitFor();
    expect(await dialog.getByRole('radio').count()).toBe(1);
    await dialog.getByRole('radio').first().check();
    await dialog.getByRole('button', { name: text('kk', 'youth:merge.confirm') }).click();
    await dialog
      .getByText(text('kk', 'youth:merge.confirmText', { name: `${lastName} Айгүл`, date: birthDate }))
      .waitFor();
    await dialog.getByRole('button', { name: text('kk', 'youth:merge.confirm') }).click();
    await page.waitForURL(new RegExp(`/youth/${firstId}$`));

    // The survivor's card lists the programmes a 22-year-old NEET person fits this year.
    const expected = await (await apiAs(SPECIALIST)).get<YouthProgrammes>(
      `/api/v1/youth/${firstId}/programmes`,
    );
    expect(expected.fitting.map((p) => p.code)).toContain('zhas-project');
    const fitted = page.getByRole('list', {
      name: text('kk', 'youth:programmes.fitting', { year: expected.year }),
    });
    await fitted.waitFor();
    const zhasProject = expected.fitting.find((p) => p.code === 'zhas-project');
    await fitted.getByText(zhasProject!.name.kk, { exact: true }).waitFor();
    await page.getByRole('link', { name: text('kk', 'youth:card.journal') }).waitFor();
    expect(
      await page.getByRole('link', { name: text('kk', 'youth:card.journal') }).getAttribute('href'),
    ).toBe(`/journal?youthId=${firstId}`);

    // Only one of the twins is left in the list; the merged one points at the survivor.
    await page.goto(`/youth?q=${encodeURIComponent(lastName)}`);
    await page.getByText(text('kk', 'youth:list.found', { count: 1 })).waitFor();
    await page.goto(`/youth/${secondId}`);
    await page.getByRole('link', { name: text('kk', 'youth:card.openSurvivor', { id: firstId }) }).waitFor();
  });
});
