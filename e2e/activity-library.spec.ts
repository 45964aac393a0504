import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './support/api';
import { expectAccessible } from './support/axe';
import { fieldByLabel as field, launchBrowser, openPage, signInAs } from './support/browser';
import { text } from './support/i18n';

const ru = (key: string, params: Record<string, unknown> = {}) => text('ru', key, params);

interface Template {
  id: number;
  code: string;
  name: { kk: string; ru: string; en: string };
  quarters: number[];
  defaultCost: number;
  isActive: boolean;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('activity library', () => {
  it('a national user adds a template in three languages, refused first with reasons, then changes it', async () => {
    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, 'national@jastar.kz');
    await page.goto('/activity-library');
    await page.getByRole('heading', { level: 1, name: ru('plan:library.title') }).waitFor();

    await page.getByRole('button', { name: ru('plan:library.add') }).click();
    const dialog = page.getByRole('dialog', { name: ru('plan:library.form.addTitle') });
    await field(dialog, ru('plan:library.form.code')).fill('Вечерняя школа');
    await dialog.getByRole('button', { name: ru('save') }).click();
    // Nothing is saved while the form shows its reasons under the fields, in Russian.
    await dialog.getByText(ru('errors:field.invalid_value')).waitFor();
    await expect.poll(() => dialog.getByText(ru('errors:field.required')).count()).toBeGreaterThanOrEqual(4);
    await expectAccessible(page, 'activity template form');

    await field(dialog, ru('plan:library.form.code')).fill('evening_school');
    await field(dialog, ru('plan:library.form.name.kk')).fill('Кешкі мектеп');
    await field(dialog, ru('plan:library.form.name.ru')).fill('Вечерняя школа');
    await field(dialog, ru('plan:library.form.name.en')).fill('Evening school');
    await field(dialog, ru('plan:library.form.description.ru')).fill('Занятия после работы');
    await field(dialog, ru('plan:library.directions')).click();
    const option = page.getByRole('option').first();
    const direction = (await option.textContent())!.trim();
    await option.click();
    await page.keyboard.press('Escape');
    // A quarter chip is its label (the checkbox under it is hidden).
    await dialog.getByText(ru('plan:col.quarter', { quarter: 1 }), { exact: true }).click();
    await field(dialog, ru('plan:library.cost')).fill('120000');
    await dialog.getByRole('button', { name: ru('save') }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByRole('row', { name: /Вечерняя школа/ });
    await row.getByText(direction).waitFor();
    const api = await apiAs('national@jastar.kz');
    const saved = (await api.get<{ items: Template[] }>('/api/v1/activity-templates')).items.find(
      (x) => x.code === 'evening_school',
    );
    expect(saved).toMatchObject({
      name: { kk: 'Кешкі мектеп', ru: 'Вечерняя школа', en: 'Evening school' },
      quarters: [2, 3, 4],
      defaultCost: 120_000,
      isActive: true,
    });

    await row.getByRole('button', { name: ru('plan:library.editFor', { name: 'Вечерняя школа' }) }).click();
    const edit = page.getByRole('dialog', {
      name: ru('plan:library.form.editTitle', { name: 'Вечерняя школа' }),
    });
    // The code is fixed once the template exists: plans refer to it.
    expect(await field(edit, ru('plan:library.form.code')).getAttribute('readonly')).not.toBeNull();
    await field(edit, ru('plan:library.form.name.ru')).fill('');
    await edit.getByRole('button', { name: ru('save') }).click();
    await edit.getByText(ru('errors:field.required')).waitFor();
    await field(edit, ru('plan:library.form.name.ru')).fill('Вечерняя школа взрослых');
    await edit.getByText(ru('plan:col.quarter', { quarter: 4 }), { exact: true }).click();
    // Switched off, so that the plans other specs generate do not pick it up.
    await edit.getByRole('switch', { name: ru('plan:library.active') }).click();
    await edit.getByRole('button', { name: ru('save') }).click();
    await edit.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: /Вечерняя школа взрослых/ }).waitFor();
    const changed = (await api.get<{ items: Template[] }>('/api/v1/activity-templates')).items.find(
      (x) => x.code === 'evening_school',
    );
    expect(changed).toMatchObject({
      id: saved!.id,
      quarters: [2, 3],
      name: { ru: 'Вечерняя школа взрослых' },
    });
  });
});
