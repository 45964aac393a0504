import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKazakhstan } from '../src/shared/today';
import { expectAccessible } from './support/axe';
import { launchBrowser, mainNav, openPage, signInAs } from './support/browser';
import { literally, text } from './support/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const THIS_YEAR = Number(todayInKazakhstan().slice(0, 4));
const NEET_DIRECTIONS = [
  'Профориентация',
  'Содействие трудоустройству',
  'Предпринимательство',
  'Аутрич-работа',
  'Государственные программы',
];

describe('needs profile', () => {
  it('a centre director in a high-NEET region sees NEET work first and why, in numbers', async () => {
    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'manager.47-001@jastar.kz');
    await mainNav(page, 'ru')
      .getByRole('link', { name: text('ru', 'nav.needs'), exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: text('ru', 'needs:profile.title') }).waitFor();
    const first = page.getByRole('button', { name: /^1\./ });
    await first.waitFor();
    const firstName = (await first.textContent()) ?? '';
    expect(NEET_DIRECTIONS.some((n) => firstName.includes(n))).toBe(true);

    await page.getByRole('button', { name: literally('Содействие трудоустройству') }).click();
    const panel = page.getByRole('region', { name: literally('Содействие трудоустройству') });
    // Mangystau: NEET 10 % in 2025 (band not stated in the source) against the 3.5 % target.
    await panel
      .getByText(
        text('ru', 'needs:explain.neet_gap.value', {
          value: '10',
          year: 2025,
          band: text('ru', 'needs:band.notStated'),
          target: '3,5',
        }),
      )
      .waitFor();
    await panel
      .getByText(text('ru', 'needs:formula', { normalized: '1', weight: '0,4', points: '40' }))
      .waitFor();
    await expectAccessible(page, 'needs profile');
  });

  it('a national user saves next year’s methodology as a revision after a field error', async () => {
    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'national@jastar.kz');
    await mainNav(page, 'ru')
      .getByRole('link', { name: text('ru', 'nav.needsMethodology'), exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: text('ru', 'needs:methodology.title') }).waitFor();
    const next = String(THIS_YEAR + 1);
    await page.getByLabel(text('ru', 'needs:methodology.year'), { exact: true }).first().click();
    await page.getByRole('option', { name: next, exact: true }).click();
    const target = page.getByLabel(literally(text('ru', 'needs:param.neetTarget.label')));
    await expect.poll(() => target.inputValue()).toBe('3.5');

    await target.fill('');
    await page.getByRole('button', { name: text('ru', 'needs:methodology.save') }).click();
    await page.getByText(text('ru', 'errors:field.required')).first().waitFor();

    await target.fill('3.5');
    await page.getByLabel(text('ru', 'needs:methodology.note')).fill('Методика на следующий год');
    await page.getByRole('button', { name: text('ru', 'needs:methodology.save') }).click();
    // The new revision heads the history, saved by the signed-in user, with the note.
    const saved = page.getByRole('row').filter({ hasText: 'Методика на следующий год' }).first();
    await saved.getByText(text('ru', 'needs:methodology.current')).waitFor();
    await saved.getByText('Дархан Омаров').waitFor();
    await expectAccessible(page, 'needs methodology');
  });
});
