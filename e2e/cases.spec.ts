import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { baseUrl, DEMO_PASSWORD, launchBrowser, mainNav, openPage, signInAs } from './support/browser';
import { text } from './support/i18n';

const SPECIALIST = 'specialist.35-001@jastar.kz';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The input of a Mantine field by its label (a required one's label ends with an asterisk). */
const field = (page: Page | Locator, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`)).first();

async function post<T>(email: string, path: string, body: unknown): Promise<T> {
  const login = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`API sign-in as ${email} failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const r = await fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`POST ${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

/** A surname no demo person has: Kazakh letters from the clock, so name search finds exactly ours. */
function uniqueSurname(): string {
  const letters = 'әғқңөұүһіабвгд';
  const digits = String(Date.now()).slice(-6);
  return `Кейсов${[...digits].map((d) => letters[Number(d)]).join('')}`;
}

/** The day `months` calendar months before today in Kazakhstan, as typed on screen (dd.mm.yyyy). */
function monthsAgo(months: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

const ru = (key: string, params: Record<string, unknown> = {}) => text('ru', `cases:${key}`, params);

describe('NEET cases', () => {
  it('a specialist takes a NEET case from opening to an outcome confirmed at 3 and 6 months', async () => {
    const surname = uniqueSurname();
    const registered = await post<{ youth: { id: number } }>(SPECIALIST, '/api/v1/youth', {
      lastName: surname,
      firstName: 'Дәурен',
      birthDate: '2002-02-11',
      gender: 'male',
      status: 'neet',
      consentGiven: true,
    });
    const name = `${surname} Дәурен`;

    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, SPECIALIST);
    await mainNav(page, 'ru')
      .getByRole('link', { name: text('ru', 'nav.cases'), exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: ru('title') }).waitFor();
    await page.getByRole('link', { name: ru('open.title') }).click();

    // Find the young person by name: only NEET young people are listed.
    await field(page, ru('open.searchLabel')).fill(surname);
    await page.getByRole('button', { name: ru('open.chooseFor', { name }) }).click();
    await field(page, ru('field.openedOn')).fill(monthsAgo(9));
    await field(page, ru('field.goal')).fill('Найти постоянную работу');
    await page.getByRole('button', { name: ru('open.submit') }).click();
    await page.getByRole('heading', { level: 1, name: ru('case.title', { name }) }).waitFor();
    await page.getByText(ru('status.open'), { exact: true }).first().waitFor();

    // Refused actions are not offered: no outcome before a step is done, no follow-up before an outcome.
    const actionButton = (key: string) => page.getByRole('button', { name: ru(`action.${key}`) });
    await expect(actionButton('record_outcome').count()).resolves.toBe(0);
    await expect(actionButton('follow_up_3m').count()).resolves.toBe(0);
    await expect(actionButton('follow_up_6m').count()).resolves.toBe(0);

    // Two pathway steps.
    const dialog = page.getByRole('dialog');
    const steps = [
      { kind: 'consultation', description: 'Консультация по профориентации', due: monthsAgo(8) },
      { kind: 'employer', description: 'Собеседование в ТОО «Қарағанды Жарық»', due: monthsAgo(7) },
    ];
    for (const s of steps) {
      await actionButton('add_step').click();
      await field(dialog, ru('step.kind')).click();
      await page.getByRole('option', { name: ru(`stepKind.${s.kind}`), exact: true }).click();
      await field(dialog, ru('step.description')).fill(s.description);
      await field(dialog, ru('step.dueOn')).fill(s.due);
      await dialog.getByRole('button', { name: ru('save') }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('cell', { name: s.description, exact: true }).waitFor();
    }
    // A planned step can still be changed.
    const renamed = 'Собеседование в ТОО «Қарағанды Жарық», цех №2';
    await page.getByRole('button', { name: ru('step.editNamed', { name: steps[1].description }) }).click();
    await field(dialog, ru('step.description')).fill(renamed);
    await dialog.getByRole('button', { name: ru('save') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: renamed, exact: true }).waitFor();
    steps[1].description = renamed;
    await expect(page.getByText(ru('step.overdue'), { exact: true }).count()).resolves.toBe(2);
    await expect(actionButton('record_outcome').count()).resolves.toBe(0);
    await expectAccessible(page, 'case page with steps');

    // Complete both with their results.
    const results = ['Выбрано направление: электромонтёр', 'Принят на работу электромонтёром'];
    for (const [i, s] of steps.entries()) {
      await page.getByRole('button', { name: ru('step.completeNamed', { name: s.description }) }).click();
      await field(dialog, ru('step.doneOn')).fill(s.due);
      await field(dialog, ru('step.result')).fill(results[i]);
      await dialog.getByRole('button', { name: ru('save') }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(results[i], { exact: true }).waitFor();
    }

    // The outcome, seven months ago: both follow-ups are due.
    await actionButton('record_outcome').click();
    await field(dialog, ru('field.outcome')).click();
    await page.getByRole('option', { name: ru('outcome.employed'), exact: true }).click();
    await field(dialog, ru('field.outcomeOn')).fill(monthsAgo(7));
    await dialog.getByRole('button', { name: ru('save') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(ru('status.outcome_recorded'), { exact: true }).first().waitFor();
    await page.getByText(ru('followUp.due', { date: monthsAgo(4) })).waitFor();
    await page.getByText(ru('followUp.due', { date: monthsAgo(1) })).waitFor();
    // The 6-month follow-up waits for the 3-month one.
    await expect(actionButton('follow_up_6m').count()).resolves.toBe(0);

    await actionButton('follow_up_3m').click();
    await dialog.getByRole('radio', { name: ru('followUp.held') }).check();
    await dialog.getByRole('button', { name: ru('save') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(ru('status.follow_up_3m_confirmed'), { exact: true }).first().waitFor();

    await actionButton('follow_up_6m').click();
    await dialog.getByRole('radio', { name: ru('followUp.held') }).check();
    await field(dialog, ru('field.comment')).fill('Работает, всё хорошо');
    await dialog.getByRole('button', { name: ru('save') }).click();
    await dialog.waitFor({ state: 'detached' });

    // Closed with the confirmed outcome, nothing more to do, and the whole timeline.
    await page.getByText(ru('status.closed_confirmed'), { exact: true }).first().waitFor();
    await page.getByText(ru('case.confirmedNote')).waitFor();
    for (const key of ['add_step', 'record_outcome', 'follow_up_3m', 'follow_up_6m', 'close', 'reopen'])
      await expect(actionButton(key).count()).resolves.toBe(0);
    const timeline = page.getByRole('region', { name: ru('timeline.title') });
    const expected = [
      'open',
      'add_step',
      'add_step',
      'update_step',
      'complete_step',
      'complete_step',
      'record_outcome',
      'follow_up_3m',
      'follow_up_6m',
    ];
    const titles = await timeline.locator('.mantine-Timeline-itemTitle').allInnerTexts();
    expect(titles).toEqual(expected.map((a) => ru(`timelineAction.${a}`)));
    await timeline.getByText('Работает, всё хорошо').waitFor();
    await expectAccessible(page, 'closed case');

    // The caseload lists it among closed cases with the confirmed outcome.
    await page.getByRole('link', { name: ru('backToList') }).click();
    await field(page, ru('field.status')).click();
    await page.getByRole('option', { name: ru('list.closed'), exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByText(ru('status.closed_confirmed')).waitFor();

    // The links the youth card uses: this young person's cases, and a new case with them already chosen.
    await page.goto(`/cases?youthId=${registered.youth.id}&status=all`);
    await page.getByRole('row').filter({ hasText: name }).getByText(ru('status.closed_confirmed')).waitFor();
    await expect(page.getByText(ru('list.found', { count: 1 })).count()).resolves.toBe(1);
    await page.goto(`/cases/new?youthId=${registered.youth.id}`);
    await page.getByRole('heading', { name: ru('open.forWhom', { name }) }).waitFor();
  });
});
