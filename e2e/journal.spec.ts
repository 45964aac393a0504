import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentUser } from '../src/shared/contracts/auth';
import type { ServiceDirection } from '../src/shared/contracts/journal';
import type { JournalRecord, JournalRecordHistoryEntry } from '../src/shared/contracts/journal-records';
import type { Programme } from '../src/shared/contracts/programmes';
import type { Youth } from '../src/shared/contracts/youth';
import { apiAs } from './support/api';
import { expectAccessible } from './support/axe';
import { baseUrl, DEMO_PASSWORD, launchBrowser, mainNav, openPage, signInAs } from './support/browser';
import { literally, text } from './support/i18n';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// A specialist and the manager of the same centre (YRC-35-002).
const SPECIALIST = 'specialist.35-002@jastar.kz';
const MANAGER = 'manager.35-002@jastar.kz';
const ru = (key: string, params: Record<string, unknown> = {}) => text('ru', key, params);

/** Registers young people through the API as the specialist (test setup, not what the spec checks). */
async function registerYouth(people: { lastName: string; firstName: string }[]): Promise<Youth[]> {
  const login = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: SPECIALIST, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in for setup failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const out: Youth[] = [];
  for (const p of people) {
    const res = await fetch(`${baseUrl()}/api/v1/youth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        ...p,
        birthDate: `${new Date().getFullYear() - 21}-04-12`,
        gender: 'female',
        status: 'neet',
        consentGiven: true,
      }),
    });
    if (res.status !== 201) throw new Error(`registering ${p.lastName}: ${res.status} ${await res.text()}`);
    out.push(((await res.json()) as { youth: Youth }).youth);
  }
  return out;
}

/** The accessible label of the focused control (its <label>, aria-label or text). */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const byFor = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return (byFor?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });

/** Presses Tab until the control labelled `label` has the focus, as a keyboard user does. */
async function tabTo(page: Page, label: string) {
  for (let i = 0; i < 25; i++) {
    if ((await focusedLabel(page)).startsWith(label)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${label}" (focus is on "${await focusedLabel(page)}")`);
}

/** Waits until the control labelled `label` has the focus. */
async function waitFocused(page: Page, label: string) {
  await page.waitForFunction((l) => {
    const el = document.activeElement as HTMLElement | null;
    const byFor = el?.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return (byFor?.textContent ?? '').trim().startsWith(l);
  }, label);
}

/** Types into the focused list, waits for the option and takes it with Enter. */
async function typeAndPick(page: Page, typed: string, option: string | RegExp) {
  await page.keyboard.type(typed);
  // As a person does: Enter once the wanted option is the highlighted one, not merely on screen
  // (on a loaded machine the list can still be filtering the last letters).
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .and(page.locator('[data-combobox-selected]'))
    .waitFor();
  await page.keyboard.press('Enter');
}

/** The value a field shows. */
const shownValue = (page: Page, label: string) =>
  page
    .getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`))
    .first()
    .inputValue();

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('service journal', () => {
  it('a specialist records a day of services with the keyboard only; the manager sees no confidential note; a correction and a deletion keep their history', async () => {
    // Unique surnames: each is found by typing its own few letters.
    const letters = 'бвгджзклмнпрстфхцчш';
    const stamp = Date.now();
    const tag = Array.from(
      { length: 4 },
      (_, i) => letters[Math.floor(stamp / letters.length ** i) % letters.length],
    ).join('');
    const bases = ['Абенова', 'Жумабаева', 'Сейтова', 'Нурланова', 'Касымова'];
    const people = await registerYouth(
      bases.map((b, i) => ({ lastName: `${b}${tag}${'аеиоу'[i]}`, firstName: 'Айгерим' })),
    );
    const typed = (i: number) => `${tag}${'аеиоу'[i]}`;
    const nameOf = (i: number) => `${people[i].lastName} ${people[i].firstName}`;

    const specialistApi = await apiAs(SPECIALIST);
    const me = await specialistApi.get<CurrentUser>('/api/v1/auth/me');
    const day = today();
    const dayQuery = `/api/v1/journal/records?from=${day}&to=${day}&specialistId=${me.id}&pageSize=200`;
    const before = (await specialistApi.get<{ total: number }>(dayQuery)).total;
    const catalogue = await specialistApi.get<ServiceDirection[]>('/api/v1/service-directions');
    const typeId = (code: string) => catalogue.flatMap((d) => d.types).find((t) => t.code === code)!.id;
    const typeName = (code: string) =>
      catalogue.flatMap((d) => d.types).find((t) => t.code === code)!.name.ru;
    const programmes = await specialistApi.get<Programme[]>('/api/v1/state-programmes');
    const zhasMaman = programmes.find((p) => p.code === 'zhas-maman')!;

    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, SPECIALIST);
    await mainNav(page, 'ru')
      .getByRole('link', { name: text('ru', 'nav.journal'), exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: ru('journal:list.title') }).waitFor();
    await page.getByRole('link', { name: ru('journal:list.record') }).click();
    await page.getByRole('heading', { level: 1, name: ru('journal:quick.title') }).waitFor();
    // From here on only the keyboard.
    const youthLabel = ru('journal:quick.youth');
    await waitFocused(page, youthLabel);
    const dayHeading = (n: number) =>
      page
        .getByRole('heading', { level: 2, name: ru('journal:quick.today', { count: before + n }) })
        .waitFor();
    await dayHeading(0);
    await page.getByText(ru('journal:shortcuts.title')).waitFor();
    await expectAccessible(page, 'quick entry');

    const saved = async (n: number, who: string, what: string) => {
      await page.getByRole('status').getByText(ru('journal:quick.saved', { who, what })).waitFor();
      await dayHeading(n);
      await waitFocused(page, youthLabel);
    };

    // 1. Career consultation with an outcome.
    await page.keyboard.type(typed(0));
    await typeAndPick(page, '', literally(people[0].lastName!));
    await waitFocused(page, ru('journal:recordField.serviceType'));
    await typeAndPick(page, 'профор', typeName('career_consultation'));
    await tabTo(page, ru('journal:recordField.outcome'));
    await typeAndPick(page, 'прокон', ru('journal:outcome.consulted'));
    await page.keyboard.press('Control+Enter');
    await saved(1, nameOf(0), typeName('career_consultation'));
    // The service type, format and duration stay for the next record.
    expect(await shownValue(page, ru('journal:recordField.serviceType'))).toBe(
      typeName('career_consultation'),
    );
    expect(await shownValue(page, ru('journal:recordField.format'))).toBe(ru('journal:format.in_person'));
    expect(await shownValue(page, ru('journal:recordField.durationMinutes'))).toBe('30');
    expect(await shownValue(page, ru('journal:recordField.outcome'))).toBe('');

    // 2. The same service to another person: name, Enter, Ctrl+Enter.
    await page.keyboard.type(typed(1));
    await typeAndPick(page, '', literally(people[1].lastName!));
    await page.keyboard.press('Control+Enter');
    await saved(2, nameOf(1), typeName('career_consultation'));

    // 3. A state programme explained, 45 minutes.
    await page.keyboard.type(typed(2));
    await typeAndPick(page, '', literally(people[2].lastName!));
    await typeAndPick(page, 'разъясн', typeName('state_programme_explanation'));
    await tabTo(page, ru('journal:recordField.durationMinutes'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('45');
    await tabTo(page, ru('journal:recordField.programme'));
    await typeAndPick(page, 'Жас маман', zhasMaman.name.ru);
    await page.keyboard.press('Control+Enter');
    await saved(3, nameOf(2), typeName('state_programme_explanation'));

    // 4. An unnamed young person's psychological consultation with a confidential note.
    const note = `Тревожность перед экзаменами ${tag}`;
    await page.keyboard.press('Alt+A');
    await waitFocused(page, ru('journal:recordField.serviceType'));
    await typeAndPick(page, 'психол', typeName('psychological_consultation'));
    await page.getByText(ru('journal:quick.confidentialNote')).waitFor();
    await tabTo(page, ru('journal:recordField.notes'));
    await page.keyboard.type(note);
    await page.keyboard.press('Control+Enter');
    await saved(4, ru('journal:list.unnamed'), typeName('psychological_consultation'));

    // 5. Employment consultation online with a referral, saved with Enter on the save button.
    await page.keyboard.type(typed(3));
    await typeAndPick(page, '', literally(people[3].lastName!));
    await typeAndPick(page, 'трудоустр', typeName('employment_consultation'));
    await tabTo(page, ru('journal:recordField.format'));
    await typeAndPick(page, 'онл', ru('journal:format.online'));
    await tabTo(page, ru('journal:recordField.referral'));
    await typeAndPick(page, 'центр зан', ru('journal:referral.employment_centre'));
    await tabTo(page, ru('journal:quick.save'));
    await page.keyboard.press('Enter');
    await saved(5, nameOf(3), typeName('employment_consultation'));

    // 6. The remembered type and format carry over: name, Enter, Ctrl+Enter.
    await page.keyboard.type(typed(4));
    await typeAndPick(page, '', literally(people[4].lastName!));
    expect(await shownValue(page, ru('journal:recordField.format'))).toBe(ru('journal:format.online'));
    await page.keyboard.press('Control+Enter');
    await saved(6, nameOf(4), typeName('employment_consultation'));

    // The day's list shows every record, the newest first.
    const dayList = page.getByRole('list', { name: ru('journal:quick.today', { count: before + 6 }) });
    const entries = dayList.getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(before + 6);
    // Newest first among this test's records (other specs may have added records at other times today).
    const order = async () => {
      const texts = await entries.allTextContents();
      return [0, 4].map((i) => texts.findIndex((t) => t.includes(nameOf(i))));
    };
    await expect
      .poll(async () => {
        const [first, last] = await order();
        return last >= 0 && last < first;
      })
      .toBe(true);
    for (let i = 0; i < 5; i++) await dayList.getByRole('link', { name: nameOf(i) }).waitFor();
    await dayList
      .getByRole('link', { name: ru('journal:list.unnamed') })
      .first()
      .waitFor();

    // What the API stored.
    const records = (await specialistApi.get<{ items: JournalRecord[] }>(dayQuery)).items;
    const of = (i: number) => records.find((r) => r.youthId === people[i].id)!;
    expect(of(0)).toMatchObject({
      serviceTypeId: typeId('career_consultation'),
      format: 'in_person',
      durationMinutes: 30,
      outcome: 'consulted',
    });
    expect(of(1)).toMatchObject({
      serviceTypeId: typeId('career_consultation'),
      durationMinutes: 30,
      outcome: null,
    });
    expect(of(2)).toMatchObject({
      serviceTypeId: typeId('state_programme_explanation'),
      programmeId: zhasMaman.id,
      durationMinutes: 45,
    });
    expect(of(3)).toMatchObject({
      serviceTypeId: typeId('employment_consultation'),
      format: 'online',
      referral: 'employment_centre',
    });
    expect(of(4)).toMatchObject({ serviceTypeId: typeId('employment_consultation'), format: 'online' });
    // Lists never carry a confidential note; its author reads it on the record itself.
    const psychologyListed = records
      .filter((r) => r.youthId === null && r.serviceTypeId === typeId('psychological_consultation'))
      .sort((x, y) => y.id - x.id)[0];
    expect(psychologyListed).toMatchObject({ isConfidential: true, notes: null, notesHidden: true });
    const psychology = await specialistApi.get<JournalRecord>(
      `/api/v1/journal/records/${psychologyListed.id}`,
    );
    expect(psychology).toMatchObject({ notes: note, notesHidden: false, isConfidential: true });

    // The centre's manager opens the psychological record: no note, only that there is one.
    const managerApi = await apiAs(MANAGER);
    expect(await managerApi.get<JournalRecord>(`/api/v1/journal/records/${psychology.id}`)).toMatchObject({
      notes: null,
      notesHidden: true,
    });
    const manager = await openPage(browser, 'ru-RU');
    await signInAs(manager.page, MANAGER);
    await manager.page.goto(`/journal/records/${psychology.id}`);
    await manager.page
      .getByRole('heading', { level: 1, name: literally(typeName('psychological_consultation')) })
      .waitFor();
    await manager.page
      .getByRole('region', { name: ru('journal:record.details') })
      .getByText(ru('journal:list.noteHidden'))
      .waitFor();
    expect(await manager.page.getByText(note).count()).toBe(0);
    await manager.page.goto('/journal');
    await manager.page.getByRole('heading', { level: 1, name: ru('journal:list.title') }).waitFor();
    await manager.page
      .getByRole('row', { name: new RegExp(ru('journal:list.noteHidden')) })
      .first()
      .waitFor();
    expect(await manager.page.getByText(note).count()).toBe(0);

    // The specialist corrects the first record's duration with a reason; the history shows it.
    const reason = 'Консультация длилась дольше';
    await page.goto(`/journal/records/${of(0).id}`);
    await page.getByRole('button', { name: ru('journal:record.correct') }).click();
    const duration = page.getByLabel(ru('journal:recordField.durationMinutes'));
    await duration.fill('60');
    await page.getByRole('button', { name: ru('save'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: ru('journal:record.correctTitle') });
    await dialog.getByRole('button', { name: ru('save'), exact: true }).click();
    await dialog.getByText(ru('errors:field.required')).waitFor();
    await dialog.getByLabel(literally(ru('journal:record.reason'))).fill(reason);
    await dialog.getByRole('button', { name: ru('save'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const history = page.getByRole('region', { name: ru('journal:record.history') });
    const change = history.getByRole('table', { name: literally(ru('journal:history.corrected')) });
    await change
      .getByRole('row', { name: new RegExp(`${ru('journal:recordField.durationMinutes')}.*30.*60`) })
      .waitFor();
    await change.getByRole('row', { name: literally(reason) }).waitFor();
    await page
      .getByRole('region', { name: ru('journal:record.details') })
      .getByText(ru('journal:list.minutes', { count: 60 }))
      .waitFor();
    const entriesApi = await specialistApi.get<JournalRecordHistoryEntry[]>(
      `/api/v1/journal/records/${of(0).id}/history`,
    );
    expect(entriesApi.find((e) => e.action === 'correct')).toMatchObject({
      reason,
      changes: [{ field: 'durationMinutes', before: 30, after: 60, hidden: false }],
    });

    // A record given by mistake is deleted with a reason: gone from the list, kept with its history.
    await page.goto(`/journal/records/${of(1).id}`);
    await page.getByRole('button', { name: ru('journal:record.delete') }).click();
    const confirm = page.getByRole('dialog', { name: ru('journal:record.deleteTitle') });
    await confirm.getByLabel(literally(ru('journal:record.reason'))).fill('Записано по ошибке');
    await confirm.getByRole('button', { name: ru('journal:record.delete') }).click();
    await page.getByRole('heading', { level: 1, name: ru('journal:list.title') }).waitFor();
    const left = (await specialistApi.get<{ items: JournalRecord[] }>(dayQuery)).items;
    expect(left.some((r) => r.id === of(1).id)).toBe(false);
    expect(await specialistApi.get<JournalRecord>(`/api/v1/journal/records/${of(1).id}`)).toMatchObject({
      deleted: true,
    });
    const deletion = await specialistApi.get<JournalRecordHistoryEntry[]>(
      `/api/v1/journal/records/${of(1).id}/history`,
    );
    expect(deletion.find((e) => e.action === 'delete')?.reason).toBe('Записано по ошибке');
  });

  it('a list pick made with the keyboard sticks even when letters arrive before the list has settled', async () => {
    const { page } = await openPage(browser, 'ru-RU');
    await signInAs(page, SPECIALIST);
    await page.goto(`${baseUrl()}/journal/quick`);
    await page.getByRole('heading', { level: 1, name: ru('journal:quick.title') }).waitFor();
    await waitFocused(page, ru('journal:quick.youth'));
    await tabTo(page, ru('journal:recordField.serviceType'));
    // A busy page: whenever a list takes the focus, the main thread is held for half a second, so the
    // letters typed meanwhile reach the list before the timers it set when it opened (as on a loaded
    // machine, where key presses are served before timers).
    await page.evaluate(() => {
      window.addEventListener(
        'focusin',
        (e) => {
          if ((e.target as HTMLElement).getAttribute('role') !== 'combobox') return;
          setTimeout(() => {
            const until = performance.now() + 500;
            while (performance.now() < until) {}
          }, 0);
        },
        true,
      );
    });
    const pickRightAway = async (typed: string, option: string) => {
      await page.keyboard.press('Tab');
      await page.keyboard.insertText(typed);
      await page
        .getByRole('option', { name: option, exact: true })
        .and(page.locator('[data-combobox-selected]'))
        .waitFor();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value))
        .toBe(option);
    };
    await pickRightAway('онл', ru('journal:format.online'));
    await tabTo(page, ru('journal:recordField.programme'));
    await pickRightAway('центр зан', ru('journal:referral.employment_centre'));
    await page.keyboard.press('Tab');
    expect(await shownValue(page, ru('journal:recordField.format'))).toBe(ru('journal:format.online'));
    expect(await shownValue(page, ru('journal:recordField.referral'))).toBe(
      ru('journal:referral.employment_centre'),
    );
  });
});
