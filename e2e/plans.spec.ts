import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, signInAs } from './support/browser';
import { literally, text } from './support/i18n';

// West Kazakhstan Region (27) and next year: no other spec makes plans there.
const MANAGER = 'manager.27-001@jastar.kz';
const REGIONAL = 'regional.27@jastar.kz';
const NATIONAL = 'national@jastar.kz';
const YEAR = String(
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date()).slice(0, 4)) + 1,
);

const ru = (key: string, params: Record<string, unknown> = {}) => text('ru', key, params);

let browser: Browser;
// One page per person, kept across the steps below (each step is one test, in order).
let manager: Page;
let regional: Page;
let national: Page;
let planUrl = '';
let itemName = '';
beforeAll(async () => {
  browser = await launchBrowser();
  manager = (await newPage(browser, 'ru-RU')).page;
  regional = (await newPage(browser, 'ru-RU')).page;
  national = (await newPage(browser, 'ru-RU')).page;
});
afterAll(() => browser?.close());

/** The plan's review status as the review panel shows it. */
const status = (page: Page) => page.getByTestId('plan-status');

/** Takes a review step from the panel: the button, then (with an optional comment) its dialog's confirm. */
async function step(page: Page, action: string, comment?: string) {
  const name = ru(`review:action.${action}`);
  await page.getByRole('button', { name, exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name });
  if (comment) await dialog.getByRole('textbox').first().fill(comment);
  await dialog.getByRole('button', { name, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function expectStatus(page: Page, s: string) {
  await expect.poll(() => status(page).textContent()).toBe(ru(`review:status.${s}`));
}

describe('plan review: a generated plan through a return with an item comment to national approval', () => {
  it('the centre manager generates next year’s draft and submits it', async () => {
    await signInAs(manager, MANAGER);
    await manager.goto('/plans');
    await manager
      .locator('section[aria-labelledby="generate-plan"]')
      .getByLabel(ru('plan:year'), { exact: true })
      .click();
    await manager.getByRole('option', { name: YEAR, exact: true }).click();
    await manager.getByRole('button', { name: ru('plan:generate.button') }).click();
    await manager.waitForURL(/\/plans\/\d+$/);
    planUrl = new URL(manager.url()).pathname;
    await expectStatus(manager, 'draft');

    // The KPI table: short quarter headers that say in full what they hold, and on a phone the
    // table keeps its columns and scrolls sideways instead of squeezing them.
    const kpis = manager.locator('section[aria-labelledby="plan-kpis"] table');
    const q1 = kpis.getByRole('columnheader', { name: ru('plan:col.quarterShort.q1'), exact: true });
    expect(await q1.locator('abbr').getAttribute('title')).toBe(ru('plan:col.quarterFull.q1'));
    await manager.setViewportSize({ width: 390, height: 860 });
    const width = () => kpis.evaluate((t) => t.getBoundingClientRect().width);
    expect(await width()).toBeGreaterThan(900);
    await manager.setViewportSize({ width: 1280, height: 860 });
    await step(manager, 'submit');
    await expectStatus(manager, 'submitted');
  });

  it('the regional user opens it from the notification, takes it and returns it with an item comment', async () => {
    await signInAs(regional, REGIONAL);
    await regional.getByRole('button', { name: literally(ru('notifications:title')) }).click();
    await regional
      .getByRole('menuitem', { name: literally(YEAR) })
      .first()
      .click();
    await regional.waitForURL(`**${planUrl}`);
    await step(regional, 'take_regional');
    await expectStatus(regional, 'regional_review');

    const returnName = ru('review:action.return');
    await regional.getByRole('button', { name: returnName, exact: true }).click();
    const dialog = regional.getByRole('dialog', { name: returnName });
    await dialog.getByRole('button', { name: returnName, exact: true }).click();
    await dialog.getByText(ru('errors:field.required')).waitFor();
    await dialog
      .getByLabel(literally(ru('review:dialog.reasonRequired')))
      .fill('Уточните целевые показатели');
    await dialog.getByRole('button', { name: ru('review:dialog.addItemComment') }).click();
    await dialog.getByLabel(ru('review:dialog.item'), { exact: true }).click();
    const option = regional.getByRole('option', { name: /^k\d+ · / }).first();
    itemName = (await option.textContent())!;
    await option.click();
    await dialog.getByLabel(ru('review:dialog.itemComment')).fill('Поднимите годовой план на 10');
    await dialog.getByRole('button', { name: returnName, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectStatus(regional, 'returned');
  });

  it('the manager reads the comments, edits the plan and submits it again', async () => {
    await manager.reload();
    await expectStatus(manager, 'returned');
    const comment = manager.getByTestId('plan-comment').filter({ hasText: 'Поднимите годовой план на 10' });
    await expect.poll(() => comment.textContent()).toContain(itemName);
    await manager.getByText('Уточните целевые показатели').waitFor();
    const target = manager.getByLabel(/^Годовой план:/).first();
    const before = Number((await target.inputValue()).replace(/\s/g, ''));
    await target.fill(String(before + 10));
    await manager.getByRole('button', { name: ru('plan:save') }).click();
    await manager.getByText(ru('plan:saved')).waitFor();

    // The remark is dealt with: the manager marks it resolved, and it folds, greyed, to its heading.
    const remark = manager.getByTestId('plan-comment').filter({ hasText: itemName });
    await remark.getByRole('button', { name: ru('review:comments.resolve') }).click();
    await remark.getByText(ru('review:comments.resolved'), { exact: true }).waitFor();
    await remark.getByText('Поднимите годовой план на 10').waitFor({ state: 'hidden' });
    await remark.getByRole('button', { name: ru('review:comments.unfold') }).click();
    await remark.getByText('Поднимите годовой план на 10').waitFor();
    await step(manager, 'submit');
    await expectStatus(manager, 'submitted');
  });

  it('the region forwards it and the national user approves it from the review queue', async () => {
    await regional.reload();
    // The reviewer sees the remark marked resolved, and cannot change that.
    const remark = regional.getByTestId('plan-comment').filter({ hasText: itemName });
    await remark.getByText(ru('review:comments.resolved'), { exact: true }).waitFor();
    expect(await remark.getByRole('button', { name: ru('review:comments.reopen') }).count()).toBe(0);
    await step(regional, 'take_regional');
    await step(regional, 'forward_national');
    await expectStatus(regional, 'national_review');

    await signInAs(national, NATIONAL);
    await national.goto('/plans/review');
    await national.getByRole('tab', { name: ru('review:queue.mine') }).waitFor();
    await national.locator(`a[href="${planUrl}"]`).click();
    await national.waitForURL(`**${planUrl}`);
    await step(national, 'approve', 'Утверждено');
    await expectStatus(national, 'approved');

    await manager.reload();
    await expectStatus(manager, 'approved');
    const trail = manager.getByTestId('plan-trail-entry');
    await expect.poll(() => trail.count()).toBe(7);
    await manager.getByText('Утверждено', { exact: true }).waitFor();
  });
});
