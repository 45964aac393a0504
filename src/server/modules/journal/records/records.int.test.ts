import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { serviceTypes } from '../journal.tables';
import { journalRecords } from './records.tables';
import { expectedRollups, storedRollups } from './rollups';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
const types: Record<string, number> = {};

// PGlite and node-postgres both answer `execute` with `{ rows }`; the driver types differ.
const rowsOf = async <T>(query: SQL) => ((await t.db.execute(query)) as unknown as { rows: T[] }).rows;

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, who?: string, payload?: object, lang = 'en') =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { 'accept-language': lang, ...(who ? { cookie: cookies[who] } : {}) },
  });

const service = (over: object = {}) => ({
  serviceTypeId: types.career,
  youthId: ids.youthA,
  serviceDate: '2026-03-02',
  serviceTime: '10:30',
  format: 'in_person',
  durationMinutes: 45,
  outcome: 'consulted',
  ...over,
});

const person = (lastName: string, over: object = {}) => ({
  lastName,
  firstName: 'Әйгерім',
  birthDate: '2004-03-15',
  gender: 'female',
  status: 'neet',
  categories: [],
  consentGiven: true,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  const almaty = await makeCentre(t.db, { regionCode: '75' });
  const almatyTwo = await makeCentre(t.db, { regionCode: '75' });
  const astana = await makeCentre(t.db, { regionCode: '71' });
  ids.almaty = almaty.id;
  ids.almatyTwo = almatyTwo.id;
  ids.astana = astana.id;
  const users = {
    author: await makeUser(t.db, 'specialist', { centreId: almaty.id }),
    colleague: await makeUser(t.db, 'specialist', { centreId: almaty.id }),
    manager: await makeUser(t.db, 'center_manager', { centreId: almaty.id }),
    neighbour: await makeUser(t.db, 'specialist', { centreId: almatyTwo.id }),
    astana: await makeUser(t.db, 'specialist', { centreId: astana.id }),
    regional: await makeUser(t.db, 'regional', { regionCode: '75' }),
    regionalAstana: await makeUser(t.db, 'regional', { regionCode: '71' }),
    national: await makeUser(t.db, 'national'),
    admin: await makeUser(t.db, 'admin'),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(users)) {
    cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
    ids[`user:${k}`] = u.id;
  }
  for (const row of await t.db.select().from(serviceTypes)) {
    if (row.code === 'career_consultation') types.career = row.id;
    if (row.code === 'psychological_consultation') types.psychology = row.id;
    if (row.code === 'street_outreach') types.outreach = row.id;
    if (row.code === 'seminar') types.seminar = row.id;
  }
  expect(Object.keys(types)).toHaveLength(4);
  const youthA = await call('POST', '/api/v1/youth', 'author', person('Сейітқали'));
  const youthAstana = await call('POST', '/api/v1/youth', 'astana', person('Нұрболов'));
  ids.youthA = youthA.json().youth.id;
  ids.youthAstana = youthAstana.json().youth.id;
});
afterAll(() => t.close());

describe('POST /api/v1/journal/records', () => {
  it('records a named service with the caller as specialist, and an anonymous one where the type allows it', async () => {
    expect((await call('POST', '/api/v1/journal/records', undefined, service())).statusCode).toBe(401);
    const res = await call('POST', '/api/v1/journal/records', 'author', service());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      centreId: ids.almaty,
      regionCode: '75',
      serviceTypeId: types.career,
      youthId: ids.youthA,
      youthName: 'Сейітқали Әйгерім',
      serviceDate: '2026-03-02',
      serviceTime: '10:30',
      specialistId: ids['user:author'],
      specialistName: expect.stringContaining('specialist'),
      recordedBy: ids['user:author'],
      version: 1,
      deleted: false,
      isConfidential: false,
      notesHidden: false,
    });

    const anonymous = await call(
      'POST',
      '/api/v1/journal/records',
      'author',
      service({ serviceTypeId: types.outreach, youthId: null, format: 'outreach' }),
    );
    expect(anonymous.statusCode).toBe(201);
    expect(anonymous.json()).toMatchObject({ youthId: null, youthName: null, format: 'outreach' });
  });

  it('explains refusals field by field in the caller’s language', async () => {
    const before = (await t.db.select().from(journalRecords)).length;
    const fieldError = async (body: object, who = 'author') => {
      const res = await call('POST', '/api/v1/journal/records', who, body, 'ru');
      expect(res.statusCode).toBe(400);
      return res.json().errors;
    };
    expect(await fieldError(service({ youthId: null }))).toEqual([
      expect.objectContaining({
        field: 'youthId',
        code: 'anonymous_not_allowed',
        message: 'Для этого вида услуги нужно указать молодого человека',
      }),
    ]);
    expect(await fieldError(service({ serviceDate: '2099-01-01' }))).toEqual([
      expect.objectContaining({
        field: 'serviceDate',
        code: 'future_date',
        message: 'Дата не может быть в будущем',
      }),
    ]);
    // A young person registered by another centre is not there for this one.
    expect(await fieldError(service({ youthId: ids.youthAstana }))).toEqual([
      expect.objectContaining({ field: 'youthId', code: 'not_found', message: 'Такой записи нет' }),
    ]);
    expect((await fieldError(service({ serviceTypeId: types.seminar })))[0]).toMatchObject({
      field: 'serviceTypeId',
      code: 'group_service_type',
      message: expect.stringMatching(/мероприяти/),
    });
    expect((await fieldError(service({ specialistId: ids['user:neighbour'] })))[0]).toMatchObject({
      field: 'specialistId',
      code: 'not_a_specialist',
    });
    expect((await fieldError(service({ centreId: ids.astana })))[0]).toMatchObject({
      field: 'centreId',
      code: 'out_of_scope',
    });
    // The administrator names the centre and the specialist.
    expect((await fieldError(service(), 'admin'))[0]).toMatchObject({ field: 'centreId', code: 'required' });
    expect(await fieldError(service({ centreId: ids.almaty }), 'admin')).toEqual([
      expect.objectContaining({ field: 'specialistId', code: 'required' }),
    ]);
    expect((await t.db.select().from(journalRecords)).length).toBe(before);

    const byAdmin = await call(
      'POST',
      '/api/v1/journal/records',
      'admin',
      service({ centreId: ids.almaty, specialistId: ids['user:colleague'] }),
    );
    expect(byAdmin.statusCode).toBe(201);
    expect(byAdmin.json()).toMatchObject({
      specialistId: ids['user:colleague'],
      recordedBy: ids['user:admin'],
    });
  });

  it('refuses a young person who withdrew consent, and no longer names them on earlier records', async () => {
    const created = await call('POST', '/api/v1/youth', 'author', person('Қайратов', { gender: 'male' }));
    const id = created.json().youth.id;
    const earlier = (
      await call('POST', '/api/v1/journal/records', 'author', service({ youthId: id }))
    ).json();
    expect(earlier.youthName).toBe('Қайратов Әйгерім');
    expect((await call('POST', `/api/v1/youth/${id}/consent/withdraw`, 'author')).statusCode).toBe(200);
    const res = await call('POST', '/api/v1/journal/records', 'author', service({ youthId: id }), 'kk');
    expect(res.json().errors[0]).toMatchObject({ field: 'youthId', code: 'consent_withdrawn' });
    const read = (await call('GET', `/api/v1/journal/records/${earlier.id}`, 'author')).json();
    expect(read).toMatchObject({ youthId: id, youthName: null });
  });

  it('answers each new record exactly as a read of it gives it, notes and names included', async () => {
    const writes: [string, object][] = [
      ['author', service({ notes: 'Жоспар: түйіндеме' })],
      ['author', service({ serviceTypeId: types.psychology, youthId: null, notes: 'Құпия жазба' })],
      ['author', service({ serviceTypeId: types.outreach, youthId: null, format: 'outreach' })],
      ['manager', service({ specialistId: ids['user:author'], durationMinutes: null })],
      ['admin', service({ centreId: ids.almaty, specialistId: ids['user:author'] })],
    ];
    for (const [who, body] of writes) {
      const created = await call('POST', '/api/v1/journal/records', who, body);
      expect(created.statusCode).toBe(201);
      const read = await call('GET', `/api/v1/journal/records/${created.json().id}`, who);
      expect(created.json()).toEqual(read.json());
    }
  });

  it('lets only centre staff and the administrator write', async () => {
    for (const who of ['regional', 'national', 'partner']) {
      expect((await call('POST', '/api/v1/journal/records', who, service())).statusCode).toBe(403);
    }
  });
});

describe('reading the journal', () => {
  let almatyRecord: number;
  let astanaRecord: number;

  beforeAll(async () => {
    almatyRecord = (
      await call('POST', '/api/v1/journal/records', 'author', service({ serviceDate: '2026-02-10' }))
    ).json().id;
    astanaRecord = (
      await call(
        'POST',
        '/api/v1/journal/records',
        'astana',
        service({ youthId: ids.youthAstana, serviceDate: '2026-02-11' }),
      )
    ).json().id;
  });

  it('keeps each role to its scope: other centre 404, region its own, country all, partners none', async () => {
    expect((await call('GET', `/api/v1/journal/records/${almatyRecord}`, 'neighbour')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/journal/records/${astanaRecord}`, 'author')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/journal/records/${almatyRecord}/history`, 'astana')).statusCode).toBe(
      404,
    );
    expect((await call('GET', '/api/v1/journal/records', 'partner')).statusCode).toBe(403);
    expect((await call('GET', `/api/v1/journal/records/${almatyRecord}`, 'partner')).statusCode).toBe(403);

    expect((await call('GET', `/api/v1/journal/records/${almatyRecord}`, 'regional')).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/journal/records/${astanaRecord}`, 'regional')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/journal/records/${astanaRecord}`, 'regionalAstana')).statusCode).toBe(
      200,
    );
    expect((await call('GET', `/api/v1/journal/records/${almatyRecord}`, 'regionalAstana')).statusCode).toBe(
      404,
    );
    const regionalList = (await call('GET', '/api/v1/journal/records?pageSize=200', 'regional')).json();
    expect(regionalList.items.length).toBeGreaterThan(0);
    expect(regionalList.items.every((r: { regionCode: string }) => r.regionCode === '75')).toBe(true);

    const national = (await call('GET', '/api/v1/journal/records?pageSize=200', 'national')).json();
    const nationalIds = national.items.map((r: { id: number }) => r.id);
    expect(nationalIds).toEqual(expect.arrayContaining([almatyRecord, astanaRecord]));
    expect(national.total).toBe((await t.db.select().from(journalRecords)).length);
    expect(
      (
        await call('PUT', `/api/v1/journal/records/${astanaRecord}`, 'national', {
          ...service(),
          reason: 'Тест',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await call('DELETE', `/api/v1/journal/records/${astanaRecord}`, 'national', { reason: 'Тест' }))
        .statusCode,
    ).toBe(403);
  });

  it('lists newest service first, filters and pages on the server', async () => {
    const page = (await call('GET', '/api/v1/journal/records?pageSize=2', 'author')).json();
    expect(page.items).toHaveLength(2);
    const all = (await call('GET', '/api/v1/journal/records?pageSize=200', 'author')).json();
    expect(page.total).toBe(all.total);
    const keys = all.items.map((r: { serviceDate: string; serviceTime: string | null; id: number }) => [
      r.serviceDate,
      r.serviceTime ?? '',
      r.id,
    ]);
    const sorted = [...keys].sort((a, b) =>
      a[0] !== b[0] ? (a[0] < b[0] ? 1 : -1) : a[1] !== b[1] ? (a[1] < b[1] ? 1 : -1) : b[2] - a[2],
    );
    expect(keys).toEqual(sorted);

    const february = (
      await call('GET', '/api/v1/journal/records?from=2026-02-01&to=2026-02-28', 'national')
    ).json();
    expect(february.items.map((r: { id: number }) => r.id).sort()).toEqual(
      [almatyRecord, astanaRecord].sort(),
    );
    const astana = (await call('GET', `/api/v1/journal/records?centreId=${ids.astana}`, 'national')).json();
    expect(astana.items.map((r: { id: number }) => r.id)).toEqual([astanaRecord]);
    const outreach = (
      await call('GET', `/api/v1/journal/records?serviceTypeId=${types.outreach}`, 'author')
    ).json();
    expect(outreach.items.every((r: { youthId: null }) => r.youthId === null)).toBe(true);
    const bySpecialist = (
      await call('GET', `/api/v1/journal/records?specialistId=${ids['user:colleague']}`, 'manager')
    ).json();
    expect(bySpecialist.items.length).toBe(1);
    const byYouth = (
      await call('GET', `/api/v1/journal/records?youthId=${ids.youthAstana}`, 'national')
    ).json();
    expect(byYouth.items.map((r: { id: number }) => r.id)).toEqual([astanaRecord]);
  });
});

describe('corrections and deletions', () => {
  it('correct with a reason, bump the version and keep the history', async () => {
    const created = (
      await call('POST', '/api/v1/journal/records', 'author', service({ notes: 'Обычная заметка' }))
    ).json();
    const url = `/api/v1/journal/records/${created.id}`;
    const noReason = await call('PUT', url, 'author', service({ durationMinutes: 60 }));
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toMatchObject({ field: 'reason', code: 'required' });
    // A colleague who did not record it may not change it; the manager may.
    expect((await call('PUT', url, 'colleague', { ...service(), reason: 'Не моя запись' })).statusCode).toBe(
      403,
    );
    expect((await call('DELETE', url, 'colleague', { reason: 'Не моя запись' })).statusCode).toBe(403);

    const corrected = await call('PUT', url, 'author', {
      ...service({ durationMinutes: 60, serviceDate: '2026-03-03', notes: 'Обычная заметка' }),
      reason: 'Неверная длительность',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ version: 2, durationMinutes: 60, serviceDate: '2026-03-03' });
    const byManager = await call('PUT', url, 'manager', {
      ...service({
        durationMinutes: 60,
        serviceDate: '2026-03-03',
        outcome: 'resolved',
        notes: 'Исправлено',
      }),
      reason: 'Вопрос решён',
    });
    expect(byManager.json()).toMatchObject({ version: 3, outcome: 'resolved', notes: 'Исправлено' });

    const history = (await call('GET', `${url}/history`, 'regional')).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(['correct', 'correct', 'create']);
    expect(history[0]).toMatchObject({
      reason: 'Вопрос решён',
      version: 3,
      actor: expect.stringContaining('center_manager'),
    });
    expect(history[0].changes).toEqual([
      { field: 'outcome', before: 'consulted', after: 'resolved', hidden: false },
      { field: 'notes', before: 'Обычная заметка', after: 'Исправлено', hidden: false },
    ]);
    // The same entries read as the shared history list reads them: values before and after, the reason.
    expect(history[0].before).toMatchObject({ outcome: 'consulted', notes: 'Обычная заметка' });
    expect(history[0].after).toMatchObject({
      outcome: 'resolved',
      notes: 'Исправлено',
      reason: 'Вопрос решён',
    });
    expect(history[1]).toMatchObject({ reason: 'Неверная длительность', version: 2 });
    expect(history[1].changes).toEqual([
      { field: 'serviceDate', before: '2026-03-02', after: '2026-03-03', hidden: false },
      { field: 'durationMinutes', before: 45, after: 60, hidden: false },
    ]);
    expect(history[2]).toMatchObject({ reason: null, version: 1 });
  });

  it('keep a specialist who has left and a young person who withdrew consent when other fields change', async () => {
    const leaving = await makeUser(t.db, 'specialist', { centreId: ids.almaty });
    const created = await call(
      'POST',
      '/api/v1/journal/records',
      'manager',
      service({ specialistId: leaving.id }),
    );
    expect(created.statusCode).toBe(201);
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, leaving.id));
    const url = `/api/v1/journal/records/${created.json().id}`;
    const kept = await call('PUT', url, 'manager', {
      ...service({ specialistId: leaving.id, outcome: 'follow_up' }),
      reason: 'Нужна повторная встреча',
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ specialistId: leaving.id, outcome: 'follow_up', version: 2 });
    // Naming them anew on another record is refused.
    const fresh = await call(
      'POST',
      '/api/v1/journal/records',
      'manager',
      service({ specialistId: leaving.id }),
    );
    expect(fresh.json().errors[0]).toMatchObject({ field: 'specialistId', code: 'not_a_specialist' });
  });

  it('delete softly with a reason: gone from lists and rollups, readable as deleted, history kept', async () => {
    const created = (
      await call('POST', '/api/v1/journal/records', 'author', service({ serviceDate: '2026-01-05' }))
    ).json();
    const url = `/api/v1/journal/records/${created.id}`;
    const [rollupBefore] = await rowsOf<{ services: number }>(
      sql`select services from journal_daily_rollup where centre_id = ${ids.almaty} and day = '2026-01-05'`,
    );
    expect(Number(rollupBefore.services)).toBe(1);

    expect((await call('DELETE', url, 'author', {})).statusCode).toBe(400);
    expect((await call('DELETE', url, 'author', { reason: 'Запись внесена дважды' })).statusCode).toBe(204);
    expect((await call('DELETE', url, 'author', { reason: 'Ещё раз' })).statusCode).toBe(409);
    expect((await call('PUT', url, 'author', { ...service(), reason: 'Поздно' })).statusCode).toBe(409);

    const list = (await call('GET', '/api/v1/journal/records?pageSize=200', 'author')).json();
    expect(list.items.map((r: { id: number }) => r.id)).not.toContain(created.id);
    const read = (await call('GET', url, 'author')).json();
    expect(read).toMatchObject({ deleted: true, version: 2 });
    const history = (await call('GET', `${url}/history`, 'author')).json();
    expect(history[0]).toMatchObject({ action: 'delete', reason: 'Запись внесена дважды', changes: [] });

    const left = await rowsOf<{ services: number }>(
      sql`select services from journal_daily_rollup where centre_id = ${ids.almaty} and day = '2026-01-05'`,
    );
    expect(left).toEqual([]);
    expect(await storedRollups(t.db)).toEqual(await expectedRollups(t.db));
  });
});

describe('confidential notes of psychological consultations', () => {
  // A phrase that exists nowhere else, so any trace of it in the database is a leak.
  const phrase = `Тревожность-${Date.now().toString(36)}-құпия`;
  let id: number;

  beforeAll(async () => {
    const res = await call(
      'POST',
      '/api/v1/journal/records',
      'author',
      service({ serviceTypeId: types.psychology, youthId: null, notes: phrase }),
    );
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ notes: phrase, isConfidential: true, notesHidden: false });
  });

  it('open for their author only, on read, list and history', async () => {
    const url = `/api/v1/journal/records/${id}`;
    expect((await call('GET', url, 'author')).json()).toMatchObject({ notes: phrase, notesHidden: false });
    for (const who of ['colleague', 'manager', 'regional', 'national', 'admin']) {
      const read = await call('GET', url, who);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ notes: null, notesHidden: true, isConfidential: true });
    }
    // Lists say only that a consultation took place, even to the author.
    for (const who of ['author', 'colleague', 'manager', 'regional', 'national', 'admin']) {
      const list = await call('GET', `/api/v1/journal/records?serviceTypeId=${types.psychology}`, who);
      expect(list.json().items.find((r: { id: number }) => r.id === id)).toMatchObject({
        notes: null,
        notesHidden: true,
      });
      expect(list.body).not.toContain(phrase);
      const history = await call('GET', `${url}/history`, who);
      expect(history.statusCode).toBe(200);
      expect(history.body).not.toContain(phrase);
      expect(history.json()[0].after).not.toHaveProperty('notes');
      expect(history.json()[0].changes).toContainEqual({
        field: 'notes',
        before: null,
        after: null,
        hidden: true,
      });
    }
  });

  it('stay untouched when the manager corrects other fields, and only their author changes them', async () => {
    const url = `/api/v1/journal/records/${id}`;
    const fields = service({ serviceTypeId: types.psychology, youthId: null });
    const other = await call(
      'PUT',
      url,
      'manager',
      { ...fields, notes: 'Чужая заметка', reason: 'Правка' },
      'ru',
    );
    expect(other.statusCode).toBe(400);
    expect(other.json().errors[0]).toMatchObject({ field: 'notes', code: 'author_only' });
    const corrected = await call('PUT', url, 'manager', {
      ...fields,
      durationMinutes: 90,
      reason: 'Длительность',
    });
    expect(corrected.json()).toMatchObject({
      version: 2,
      durationMinutes: 90,
      notes: null,
      notesHidden: true,
    });
    expect((await call('GET', url, 'author')).json()).toMatchObject({ notes: phrase, version: 2 });

    const history = (await call('GET', `${url}/history`, 'author')).json();
    expect(history[0].changes).toEqual([{ field: 'durationMinutes', before: 45, after: 90, hidden: false }]);

    const rewritten = await call('PUT', url, 'author', {
      ...fields,
      durationMinutes: 90,
      notes: `${phrase} (дополнено)`,
      reason: 'Дополнение',
    });
    expect(rewritten.json()).toMatchObject({ version: 3, notes: `${phrase} (дополнено)` });
    const after = (await call('GET', `${url}/history`, 'manager')).json();
    expect(after[0]).toMatchObject({
      reason: 'Дополнение',
      changes: [{ field: 'notes', before: null, after: null, hidden: true }],
    });
    expect(JSON.stringify(after)).not.toContain(phrase);
  });

  it('become confidential when a record is corrected into a confidential type, also in its earlier history', async () => {
    const plain = `Plain-${Date.now().toString(36)}`;
    const created = await call('POST', '/api/v1/journal/records', 'author', service({ notes: plain }));
    const url = `/api/v1/journal/records/${created.json().id}`;
    expect((await call('GET', url, 'manager')).json()).toMatchObject({ notes: plain, notesHidden: false });
    // The manager re-types it as a psychological consultation: the author's plain notes are encrypted.
    const moved = await call('PUT', url, 'manager', {
      ...service({ serviceTypeId: types.psychology }),
      reason: 'Это была консультация психолога',
    });
    expect(moved.json()).toMatchObject({ isConfidential: true, notes: null, notesHidden: true });
    expect((await call('GET', url, 'author')).json()).toMatchObject({ notes: plain, notesHidden: false });
    const [row] = await t.db.select().from(journalRecords).where(eq(journalRecords.id, created.json().id));
    expect(row).toMatchObject({ notes: null, notesEncrypted: expect.stringMatching(/^v1:/) });
    for (const who of ['author', 'manager', 'national']) {
      const history = await call('GET', `${url}/history`, who);
      expect(history.body).not.toContain(plain);
      expect(history.json()[0].changes).toContainEqual({
        field: 'notes',
        before: null,
        after: null,
        hidden: true,
      });
    }
  });

  it('are nowhere in the database in plain text: not in the record, not in the audit, not in any table', async () => {
    const [row] = await t.db.select().from(journalRecords).where(eq(journalRecords.id, id));
    expect(row.notes).toBeNull();
    expect(row.notesEncrypted).toMatch(/^v1:/);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(id)));
    expect(audit.length).toBe(3);
    expect(JSON.stringify(audit)).not.toContain(phrase);

    const tables = await rowsOf<{ table_schema: string; table_name: string }>(
      sql`select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
    );
    expect(tables.map((x) => x.table_name)).toEqual(expect.arrayContaining(['journal_records', 'audit_log']));
    const found: string[] = [];
    const fragment = phrase.slice(0, 20);
    for (const { table_schema, table_name } of tables) {
      const name = sql.raw(`"${table_schema}"."${table_name}"`);
      const [hit] = await rowsOf<{ n: number }>(
        sql`select count(*)::int as n from ${name} x where x::text like ${`%${fragment}%`}`,
      );
      if (Number(hit.n) > 0) found.push(table_name);
    }
    expect(found).toEqual([]);
  });
});
