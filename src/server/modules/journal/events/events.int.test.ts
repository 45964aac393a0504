import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKazakhstan } from '../../../../shared/today';
import { auditLog, journalRecords, serviceTypes } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { expectedRollups, storedRollups } from '../records/rollups';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
const people: Record<string, number> = {};

type Method = 'GET' | 'POST' | 'PUT';
const call = (method: Method, url: string, who?: string, payload?: object, lang = 'en') =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { 'accept-language': lang, ...(who ? { cookie: cookies[who] } : {}) },
  });

/** A day `days` from today in Kazakhstan, yyyy-mm-dd. */
function dayFromToday(days: number): string {
  const d = new Date(`${todayInKazakhstan()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const training = (over: object = {}) => ({
  serviceTypeId: ids.training,
  kind: 'training',
  title: 'Цифрлық сауаттылық тренингі',
  description: 'Компьютермен жұмыс негіздері',
  eventDate: dayFromToday(-3),
  startTime: '10:00',
  durationMinutes: 90,
  format: 'in_person',
  location: 'Абай даңғылы, 1',
  capacity: 3,
  ...over,
});

/** Live journal records of an event. */
const liveRecords = (eventId: number) =>
  t.db
    .select()
    .from(journalRecords)
    .where(and(eq(journalRecords.eventId, eventId), isNull(journalRecords.deletedAt)));

/** The rollups as stored must equal a recomputation from the raw journal. */
async function expectRollupsExact() {
  expect(await storedRollups(t.db)).toEqual(await expectedRollups(t.db));
}

/** Services the daily rollup counts for one centre, day and type. */
async function rollupServices(centreId: number, day: string, serviceTypeId: number) {
  const { daily } = await storedRollups(t.db);
  const row = daily.find(
    (r) =>
      r.centre_id === centreId && String(r.day).slice(0, 10) === day && r.service_type_id === serviceTypeId,
  );
  return row ? { services: Number(row.services), anonymous: Number(row.anonymous_services) } : null;
}

async function typeId(code: string) {
  const [row] = await t.db.select().from(serviceTypes).where(eq(serviceTypes.code, code));
  return row.id;
}

async function register(who: string, lastName: string, firstName: string, extra: object = {}) {
  const res = await call('POST', '/api/v1/youth', who, {
    lastName,
    firstName,
    birthDate: '2004-03-15',
    gender: 'female',
    status: 'neet',
    consentGiven: true,
    ...extra,
  });
  expect(res.statusCode).toBe(201);
  return res.json().youth.id as number;
}

beforeAll(async () => {
  t = await createTestApp();
  const almaty = await makeCentre(t.db, { regionCode: '75' });
  const almatyTwo = await makeCentre(t.db, { regionCode: '75' });
  const astana = await makeCentre(t.db, { regionCode: '71' });
  ids.almaty = almaty.id;
  ids.almatyTwo = almatyTwo.id;
  ids.astana = astana.id;
  ids.training = await typeId('training');
  ids.jobFair = await typeId('job_fair');
  ids.consultation = await typeId('career_consultation');
  // No shipped group type allows anonymous records; a fair that counts walk-ins is the case to test.
  await t.db.update(serviceTypes).set({ allowsAnonymous: true }).where(eq(serviceTypes.id, ids.jobFair));
  const users = {
    specialist: await makeUser(t.db, 'specialist', { centreId: almaty.id }),
    manager: await makeUser(t.db, 'center_manager', { centreId: almaty.id }),
    neighbour: await makeUser(t.db, 'specialist', { centreId: almatyTwo.id }),
    regional: await makeUser(t.db, 'regional', { regionCode: '75' }),
    astanaRegional: await makeUser(t.db, 'regional', { regionCode: '71' }),
    national: await makeUser(t.db, 'national'),
    admin: await makeUser(t.db, 'admin'),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  ids.specialistUser = users.specialist.id;
  for (const [k, u] of Object.entries(users)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
  people.aigerim = await register('specialist', 'Сейітқали', 'Әйгерім');
  people.darkhan = await register('specialist', 'Нұрболов', 'Дархан', { gender: 'male', status: 'studying' });
  people.dana = await register('specialist', 'Ержанова', 'Дана', { birthDate: '1995-06-01' });
  people.bolat = await register('specialist', 'Қасымов', 'Болат', { gender: 'male' });
  people.withdrawn = await register('specialist', 'Оспанова', 'Гүлнар');
  await call('POST', `/api/v1/youth/${people.withdrawn}/consent/withdraw`, 'specialist');
  people.neighbours = await register('neighbour', 'Жұмабаев', 'Ерлан', { gender: 'male' });
});
afterAll(() => t.close());

describe('POST /api/v1/events', () => {
  it('climbs 401 → 400 → 403 → 201 and offers only group service types', async () => {
    expect((await call('POST', '/api/v1/events', undefined, training())).statusCode).toBe(401);
    const bad = await call('POST', '/api/v1/events', 'specialist', training({ title: '', kind: 'party' }));
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['kind', 'title']);
    for (const who of ['regional', 'national', 'partner'])
      expect((await call('POST', '/api/v1/events', who, training())).statusCode).toBe(403);
    const single = await call(
      'POST',
      '/api/v1/events',
      'specialist',
      training({ serviceTypeId: ids.consultation }),
      'ru',
    );
    expect(single.statusCode).toBe(400);
    expect(single.json().errors[0]).toMatchObject({
      field: 'serviceTypeId',
      code: 'not_group_type',
      message: 'Выберите групповой вид услуги',
    });
    const noCentre = await call('POST', '/api/v1/events', 'admin', training());
    expect(noCentre.json().errors[0]).toMatchObject({ field: 'centreId', code: 'required' });

    const res = await call('POST', '/api/v1/events', 'specialist', training());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      centreId: ids.almaty,
      regionCode: '75',
      status: 'planned',
      organiserId: ids.specialistUser,
      startTime: '10:00',
      registered: 0,
      services: 0,
      participants: [],
    });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'journal_event'), eq(auditLog.entityId, String(res.json().id))));
    expect(audit.map((a) => a.action)).toEqual(['create']);

    const byAdmin = await call('POST', '/api/v1/events', 'admin', training({ centreId: ids.astana }));
    expect(byAdmin.statusCode).toBe(201);
    expect(byAdmin.json()).toMatchObject({ centreId: ids.astana, regionCode: '71' });
  });
});

describe('GET /api/v1/events and /:id', () => {
  it('lists and reads within scope only; out of scope is 404', async () => {
    const created = (
      await call('POST', '/api/v1/events', 'specialist', training({ title: 'Семинар' }))
    ).json();
    expect((await call('GET', '/api/v1/events')).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/events?status=done', 'specialist')).statusCode).toBe(400);
    expect((await call('GET', '/api/v1/events', 'partner')).statusCode).toBe(403);
    for (const who of ['specialist', 'manager', 'regional', 'national', 'admin']) {
      const res = await call('GET', `/api/v1/events/${created.id}`, who);
      expect(res.statusCode, who).toBe(200);
      const list = await call('GET', '/api/v1/events?when=past&pageSize=200', who);
      expect(list.json().items.map((e: { id: number }) => e.id)).toContain(created.id);
    }
    for (const who of ['neighbour', 'astanaRegional']) {
      const res = await call('GET', `/api/v1/events/${created.id}`, who, undefined, 'kk');
      expect(res.statusCode, who).toBe(404);
      expect(res.json().title).toBe('Табылмады');
      const list = await call('GET', '/api/v1/events?pageSize=200', who);
      expect(list.json().items.map((e: { id: number }) => e.id)).not.toContain(created.id);
    }
    const upcoming = await call('GET', '/api/v1/events?when=upcoming', 'specialist');
    expect(upcoming.json().items.map((e: { id: number }) => e.id)).not.toContain(created.id);
  });
});

describe('registration', () => {
  it('registers people in scope with consent, within capacity, while planned', async () => {
    const event = (await call('POST', '/api/v1/events', 'specialist', training())).json();
    const url = `/api/v1/events/${event.id}/participants`;
    expect((await call('POST', url, undefined, { youthIds: [people.aigerim] })).statusCode).toBe(401);
    expect((await call('POST', url, 'specialist', { youthIds: [] })).statusCode).toBe(400);
    expect((await call('POST', url, 'regional', { youthIds: [people.aigerim] })).statusCode).toBe(403);
    expect((await call('POST', url, 'neighbour', { youthIds: [people.aigerim] })).statusCode).toBe(404);

    const outOfScope = await call('POST', url, 'specialist', {
      youthIds: [people.aigerim, people.neighbours, people.withdrawn],
    });
    expect(outOfScope.statusCode).toBe(400);
    expect(outOfScope.json().errors).toEqual([
      expect.objectContaining({ field: 'youthIds.1', code: 'not_found' }),
      expect.objectContaining({
        field: 'youthIds.2',
        code: 'consent_withdrawn',
        message: 'Consent has been withdrawn: this record is no longer processed',
      }),
    ]);
    const full = await call(
      'POST',
      url,
      'specialist',
      { youthIds: [people.aigerim, people.darkhan, people.dana, people.bolat] },
      'kk',
    );
    expect(full.statusCode).toBe(400);
    expect(full.json().errors[0]).toMatchObject({ field: 'youthIds', code: 'capacity_exceeded' });
    expect(full.json().errors[0].message).toBe('Орын жеткіліксіз: іс-шарада 3 орын бар');
    expect((await call('GET', `/api/v1/events/${event.id}`, 'specialist')).json().registered).toBe(0);

    const ok = await call('POST', url, 'specialist', { youthIds: [people.aigerim, people.darkhan] });
    expect(ok.statusCode).toBe(200);
    // Registering someone twice changes nothing; the list is by name.
    const again = await call('POST', url, 'manager', { youthIds: [people.darkhan, people.dana] });
    expect(again.json().registered).toBe(3);
    expect(again.json().participants.map((p: { name: string }) => p.name)).toEqual([
      'Ержанова Дана',
      'Нұрболов Дархан',
      'Сейітқали Әйгерім',
    ]);
    const over = await call('POST', url, 'specialist', { youthIds: [people.bolat] });
    expect(over.json().errors[0].code).toBe('capacity_exceeded');

    const removed = await call('POST', `${url}/remove`, 'specialist', { youthIds: [people.dana] });
    expect(removed.json().registered).toBe(2);
    const notThere = await call('POST', `${url}/remove`, 'specialist', { youthIds: [people.bolat] });
    expect(notThere.json().errors[0]).toMatchObject({ field: 'youthIds.0', code: 'not_registered' });

    // Consent withdrawn after registration: no attendance recorded for them, no further registrations.
    const past = (await call('POST', '/api/v1/events', 'specialist', training({ capacity: null }))).json();
    const leaving = await register('specialist', 'Серікова', 'Аружан');
    await call('POST', `/api/v1/events/${past.id}/participants`, 'specialist', { youthIds: [leaving] });
    await call('POST', `/api/v1/youth/${leaving}/consent/withdraw`, 'specialist');
    const listed = (await call('GET', `/api/v1/events/${past.id}`, 'specialist')).json();
    expect(listed.participants).toEqual([expect.objectContaining({ youthId: leaving, name: null })]);
    const ticked = await call('POST', `/api/v1/events/${past.id}/attendance`, 'specialist', {
      attendedYouthIds: [leaving],
    });
    expect(ticked.json().errors[0]).toMatchObject({ field: 'attendedYouthIds.0', code: 'consent_withdrawn' });
    expect(await liveRecords(past.id)).toHaveLength(0);

    const other = (await call('POST', '/api/v1/events', 'specialist', training({ capacity: null }))).json();
    const late = await register('specialist', 'Тұрсынова', 'Мәдина');
    await call('POST', `/api/v1/youth/${late}/consent/withdraw`, 'specialist');
    const noConsent = await call('POST', `/api/v1/events/${other.id}/participants`, 'specialist', {
      youthIds: [late],
    });
    expect(noConsent.json().errors[0]).toMatchObject({ field: 'youthIds.0', code: 'consent_withdrawn' });
  });
});

describe('attendance', () => {
  it('counts each attendee as one journal service, exactly in the rollups, and takes it back', async () => {
    const event = (await call('POST', '/api/v1/events', 'specialist', training())).json();
    const url = `/api/v1/events/${event.id}`;
    await call('POST', `${url}/participants`, 'specialist', {
      youthIds: [people.aigerim, people.darkhan, people.dana],
    });
    const attendance = { attendedYouthIds: [people.aigerim, people.darkhan], unnamedAttendees: 0 };
    expect((await call('POST', `${url}/attendance`, undefined, attendance)).statusCode).toBe(401);
    expect(
      (await call('POST', `${url}/attendance`, 'specialist', { attendedYouthIds: 'all' })).statusCode,
    ).toBe(400);
    expect((await call('POST', `${url}/attendance`, 'national', attendance)).statusCode).toBe(403);
    expect((await call('POST', `${url}/attendance`, 'neighbour', attendance)).statusCode).toBe(404);
    const stranger = await call('POST', `${url}/attendance`, 'specialist', {
      attendedYouthIds: [people.bolat],
    });
    expect(stranger.json().errors[0]).toMatchObject({ field: 'attendedYouthIds.0', code: 'not_registered' });

    const before = await rollupServices(ids.almaty, event.eventDate, ids.training);
    const marked = await call('POST', `${url}/attendance`, 'specialist', attendance);
    expect(marked.statusCode).toBe(200);
    expect(marked.json()).toMatchObject({ attended: 2, services: 2, anonymousServices: 0 });
    const records = await liveRecords(event.id);
    expect(records.map((r) => r.youthId).sort()).toEqual([people.aigerim, people.darkhan].sort());
    expect(records[0]).toMatchObject({
      serviceTypeId: ids.training,
      serviceDate: event.eventDate,
      durationMinutes: 90,
      specialistId: ids.specialistUser,
      centreId: ids.almaty,
    });
    const withRecords = marked.json().participants.filter((p: { recordId: number | null }) => p.recordId);
    expect(withRecords).toHaveLength(2);
    await expectRollupsExact();
    expect(await rollupServices(ids.almaty, event.eventDate, ids.training)).toMatchObject({
      services: (before?.services ?? 0) + 2,
    });

    // Marking the same again changes nothing.
    expect((await call('POST', `${url}/attendance`, 'manager', attendance)).json().services).toBe(2);
    expect(await liveRecords(event.id)).toHaveLength(2);

    const unmarked = await call('POST', `${url}/attendance`, 'specialist', {
      attendedYouthIds: [people.aigerim],
      reason: 'Ошибочно отмечен',
    });
    expect(unmarked.json()).toMatchObject({ attended: 1, services: 1 });
    const darkhans = await t.db
      .select()
      .from(journalRecords)
      .where(eq(journalRecords.youthId, people.darkhan));
    const gone = darkhans.find((r) => r.eventId === event.id);
    expect(gone?.deletedAt).not.toBeNull();
    const deletion = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'journal_record'), eq(auditLog.entityId, String(gone?.id))));
    expect(deletion.find((a) => a.action === 'delete')?.after).toEqual({ reason: 'Ошибочно отмечен' });
    await expectRollupsExact();
    expect(await rollupServices(ids.almaty, event.eventDate, ids.training)).toMatchObject({
      services: (before?.services ?? 0) + 1,
    });
    const trail = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'journal_event'), eq(auditLog.entityId, String(event.id))));
    expect(trail.filter((a) => a.action === 'attendance')).toHaveLength(3);

    // Taking an attendee off the list takes their service back too.
    const off = await call('POST', `${url}/participants/remove`, 'specialist', {
      youthIds: [people.aigerim],
    });
    expect(off.json()).toMatchObject({ registered: 2, attended: 0, services: 0 });
    expect(await liveRecords(event.id)).toHaveLength(0);
    await expectRollupsExact();
    expect((await rollupServices(ids.almaty, event.eventDate, ids.training))?.services ?? 0).toBe(
      before?.services ?? 0,
    );
  });

  it('is refused before the day and for a cancelled event, with a localized reason', async () => {
    const future = (
      await call('POST', '/api/v1/events', 'specialist', training({ eventDate: dayFromToday(5) }))
    ).json();
    await call('POST', `/api/v1/events/${future.id}/participants`, 'specialist', {
      youthIds: [people.aigerim],
    });
    const early = await call(
      'POST',
      `/api/v1/events/${future.id}/attendance`,
      'specialist',
      { attendedYouthIds: [people.aigerim] },
      'ru',
    );
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: 'event_not_started',
      title: 'Посещаемость можно отметить только в день мероприятия или позже',
    });
    const held = await call('POST', `/api/v1/events/${future.id}/held`, 'specialist');
    expect(held.json().code).toBe('event_not_started');
    expect(await liveRecords(future.id)).toHaveLength(0);

    const cancelled = await call('POST', `/api/v1/events/${future.id}/cancel`, 'specialist');
    expect(cancelled.json().status).toBe('cancelled');
    const afterCancel = await call('POST', `/api/v1/events/${future.id}/participants`, 'specialist', {
      youthIds: [people.darkhan],
    });
    expect(afterCancel.json().code).toBe('event_closed');
  });

  it('keeps unnamed attendees on the event unless the type allows anonymous records', async () => {
    const event = (await call('POST', '/api/v1/events', 'specialist', training({ capacity: null }))).json();
    const url = `/api/v1/events/${event.id}`;
    await call('POST', `${url}/participants`, 'specialist', { youthIds: [people.aigerim, people.bolat] });
    const marked = await call('POST', `${url}/attendance`, 'specialist', {
      attendedYouthIds: [people.aigerim, people.bolat],
      unnamedAttendees: 5,
    });
    expect(marked.json()).toMatchObject({ unnamedAttendees: 5, services: 2, anonymousServices: 0 });

    // The fair allows anonymous records: changing the type corrects the two and adds five anonymous ones.
    const edit = {
      ...training({ capacity: null }),
      serviceTypeId: ids.jobFair,
      kind: 'fair',
      version: marked.json().version,
    };
    const changed = await call('PUT', url, 'specialist', edit);
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ services: 7, anonymousServices: 5, allowsAnonymous: true });
    const records = await liveRecords(event.id);
    expect(records.every((r) => r.serviceTypeId === ids.jobFair)).toBe(true);
    await expectRollupsExact();
    expect(await rollupServices(ids.almaty, event.eventDate, ids.jobFair)).toMatchObject({
      services: 7,
      anonymous: 5,
    });

    // Moving the day moves the services with it.
    const newDay = dayFromToday(-4);
    const moved = await call('PUT', url, 'specialist', {
      ...edit,
      eventDate: newDay,
      version: changed.json().version,
    });
    expect(moved.statusCode).toBe(200);
    expect((await liveRecords(event.id)).every((r) => r.serviceDate === newDay)).toBe(true);
    expect(await rollupServices(ids.almaty, event.eventDate, ids.jobFair)).toBeNull();
    expect(await rollupServices(ids.almaty, newDay, ids.jobFair)).toMatchObject({ services: 7 });
    await expectRollupsExact();

    const stale = await call('PUT', url, 'specialist', { ...edit, version: changed.json().version });
    expect(stale.json().code).toBe('conflict');
    const intoFuture = await call('PUT', url, 'specialist', {
      ...edit,
      eventDate: dayFromToday(3),
      version: moved.json().version,
    });
    expect(intoFuture.json().errors[0]).toMatchObject({ field: 'eventDate', code: 'future_date' });

    const fewer = await call('POST', `${url}/attendance`, 'specialist', {
      attendedYouthIds: [people.aigerim],
      unnamedAttendees: 2,
    });
    expect(fewer.json()).toMatchObject({ services: 3, anonymousServices: 2 });
    await expectRollupsExact();

    // Cancelling an event with attendance is refused; marking it held closes registration.
    const cancel = await call('POST', `${url}/cancel`, 'manager', undefined, 'en');
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json()).toMatchObject({
      code: 'event_has_attendance',
      title: 'An event with attendance cannot be cancelled: its services were given',
    });
    const held = await call('POST', `${url}/held`, 'manager');
    expect(held.json().status).toBe('held');
    const late = await call('POST', `${url}/participants`, 'specialist', { youthIds: [people.dana] });
    expect(late.json().code).toBe('event_closed');
    const actions = (
      await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'journal_event'), eq(auditLog.entityId, String(event.id))))
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['create', 'register', 'attendance', 'update', 'mark_held']),
    );
  });
});
