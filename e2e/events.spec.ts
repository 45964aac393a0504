import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { baseUrl, DEMO_PASSWORD, launchBrowser, mainNav, openPage, signInAs } from './support/browser';
import { text } from './support/i18n';

const SPECIALIST = 'specialist.35-002@jastar.kz';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The input of a Mantine field by its label (a required one's label ends with an asterisk). */
const field = (page: Page | Locator, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`)).first();

/** A signed-in API client for test setup and for checking what the journal holds afterwards. */
async function apiClient(email: string) {
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
  const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!r.ok) throw new Error(`${method} ${path} as ${email}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  return {
    get: <T>(path: string) => request<T>('GET', path),
    post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  };
}

/** A surname no demo person has: Kazakh letters from the clock, so name search finds exactly ours. */
function uniqueSurname(): string {
  const letters = 'әғқңөұүһіабвгд';
  const digits = String(Date.now()).slice(-6);
  return `Сынақ${[...digits].map((d) => letters[Number(d)]).join('')}ов`;
}

/** A day `days` from today, as the API (yyyy-mm-dd) and as typed on screen (dd.mm.yyyy). */
function day(days: number) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  const iso = d.toISOString().slice(0, 10);
  const [y, m, dd] = iso.split('-');
  return { iso, shown: `${dd}.${m}.${y}` };
}

describe('group events', () => {
  it('a specialist plans a training, registers three young people, ticks two attended from the keyboard, marks it held, and the journal shows two services', async () => {
    const api = await apiClient(SPECIALIST);
    const surname = uniqueSurname();
    const firstNames = ['Әсел', 'Бекзат', 'Гүлжан'];
    for (const firstName of firstNames)
      await api.post('/api/v1/youth', {
        lastName: surname,
        firstName,
        birthDate: '2003-05-20',
        gender: firstName === 'Бекзат' ? 'male' : 'female',
        status: 'neet',
        consentGiven: true,
      });

    const { page } = await openPage(browser, 'kk-KZ');
    await signInAs(page, SPECIALIST);
    await mainNav(page, 'kk')
      .getByRole('link', { name: text('kk', 'nav.events'), exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: text('kk', 'events:title') }).waitFor();
    await page.getByRole('link', { name: text('kk', 'events:list.new') }).click();
    await page.getByRole('heading', { level: 1, name: text('kk', 'events:form.createTitle') }).waitFor();

    // Only group service types are offered.
    const title = `Цифрлық сауаттылық ${surname}`;
    await field(page, text('kk', 'events:field.title')).fill(title);
    await field(page, text('kk', 'events:field.serviceType')).click();
    await expect(
      page.getByRole('option', { name: 'Кәсіби бағдар беру бойынша кеңес' }).count(),
    ).resolves.toBe(0);
    await page.getByRole('option', { name: 'Тренинг', exact: true }).click();
    const held = day(-2);
    await field(page, text('kk', 'events:field.eventDate')).fill(held.shown);
    await field(page, text('kk', 'events:field.capacity')).fill('10');
    await page.getByRole('button', { name: text('kk', 'create') }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const eventId = Number(new URL(page.url()).pathname.split('/').pop());

    // Register the three by name search.
    await field(page, text('kk', 'events:registration.search')).fill(surname);
    await page
      .getByRole('button', { name: text('kk', 'events:registration.registerAll', { count: 3 }) })
      .click();
    const list = page.getByRole('table', { name: text('kk', 'events:attendance.caption', { count: 3 }) });
    await list.waitFor();
    await expectAccessible(page, 'event page');

    // Tick the first two on the list from the keyboard: Space ticks, ↓ moves on, Ctrl+Enter saves.
    const boxes = list.getByRole('checkbox');
    await boxes.first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.getByText(text('kk', 'events:attendance.ticked', { count: 2 })).waitFor();
    await page.keyboard.press('Control+Enter');
    await page.getByText(text('kk', 'events:summary.services', { count: 2 })).waitFor();
    await expect(boxes.nth(2).isChecked()).resolves.toBe(false);
    const tickName = (label: string | null) =>
      (label ?? '').replace(text('kk', 'events:attendance.tick', { name: '' }).trim(), '').trim();
    const attended = [
      tickName(await boxes.nth(0).getAttribute('aria-label')),
      tickName(await boxes.nth(1).getAttribute('aria-label')),
    ];

    await page.getByRole('button', { name: text('kk', 'events:action.markHeld') }).click();
    await page.getByText(text('kk', 'events:status.held'), { exact: true }).first().waitFor();
    await page.getByText(text('kk', 'events:registration.closed')).waitFor();

    const journal = await api.get<{ items: { eventId: number | null; youthName: string | null }[] }>(
      `/api/v1/journal/records?from=${held.iso}&to=${held.iso}&pageSize=200`,
    );
    const ofEvent = journal.items.filter((r) => r.eventId === eventId);
    expect(ofEvent.map((r) => r.youthName).sort()).toEqual(attended.sort());
    expect(attended.every((name) => name.startsWith(surname))).toBe(true);
    const event = await api.get<{ status: string; services: number }>(`/api/v1/events/${eventId}`);
    expect(event).toMatchObject({ status: 'held', services: 2 });
  });
});
