import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iinCheckDigit } from '../../../../shared/iin';
import { auditLog } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { serviceTypes } from '../journal.tables';
import { stateProgrammes, stateProgrammeTerms } from '../programmes/programmes.tables';
import { journalRecords } from '../records/records.tables';
import { insertRecords, type RecordDraft } from '../records/records.writer';
import { expectedRollups, storedRollups } from '../records/rollups';
import { youth } from './youth.tables';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
const userIds: Record<string, number> = {};

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: object, lang = 'en') =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { 'accept-language': lang, ...(who ? { cookie: cookies[who] } : {}) },
  });

/** A valid IIN for a birth date (yyyy-mm-dd, 2000s) and gender, with a serial that has a check digit. */
function iinFor(birthDate: string, gender: 'male' | 'female', serial = 1): string {
  const [y, m, d] = birthDate.split('-');
  const century = Number(y) >= 2000 ? (gender === 'male' ? '5' : '6') : gender === 'male' ? '3' : '4';
  for (let s = serial; ; s++) {
    const first11 = `${y.slice(2)}${m}${d}${century}${String(s).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

const person = (over: object = {}) => ({
  lastName: 'Сейітқали',
  firstName: 'Әйгерім',
  birthDate: '2004-03-15',
  gender: 'female',
  status: 'neet',
  neetSubgroup: 'long_term',
  categories: ['rural'],
  phone: '+7 701 123 45 67',
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
    specialist: await makeUser(t.db, 'specialist', { centreId: almaty.id }),
    neighbour: await makeUser(t.db, 'specialist', { centreId: almatyTwo.id }),
    astana: await makeUser(t.db, 'center_manager', { centreId: astana.id }),
    regional: await makeUser(t.db, 'regional', { regionCode: '75' }),
    national: await makeUser(t.db, 'national'),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(users)) {
    cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
    userIds[k] = u.id;
  }
});
afterAll(() => t.close());

describe('POST /api/v1/youth', () => {
  it('climbs 401 → 400 → 403 → 201 and asks for consent', async () => {
    expect((await call('POST', '/api/v1/youth', undefined, person())).statusCode).toBe(401);
    const noConsent = await call('POST', '/api/v1/youth', 'specialist', person({ consentGiven: undefined }));
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().errors).toEqual([
      expect.objectContaining({ field: 'consentGiven', code: 'required' }),
    ]);
    const refused = await call('POST', '/api/v1/youth', 'specialist', person({ consentGiven: false }));
    expect(refused.json().errors[0]).toMatchObject({ field: 'consentGiven', code: 'required' });
    expect((await call('POST', '/api/v1/youth', 'partner', person())).statusCode).toBe(403);
    // Above centre level the registering centre must be named, and be in scope.
    const noCentre = await call('POST', '/api/v1/youth', 'regional', person());
    expect(noCentre.json().errors[0]).toMatchObject({ field: 'centreId', code: 'required' });
    const otherRegion = await call('POST', '/api/v1/youth', 'regional', person({ centreId: ids.astana }));
    expect(otherRegion.json().errors[0]).toMatchObject({ field: 'centreId', code: 'not_found' });

    const res = await call('POST', '/api/v1/youth', 'specialist', person());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      youth: { lastName: 'Сейітқали', centreId: ids.almaty, regionCode: '75', consentWithdrawn: false },
      warnings: [],
      possibleDuplicates: [],
    });
    expect(res.json().youth.consent).toMatchObject({ scope: 'services', withdrawnAt: null });
  });

  it('saves an age outside 14–35 with a warning', async () => {
    const res = await call(
      'POST',
      '/api/v1/youth',
      'specialist',
      person({ firstName: 'Бала', birthDate: '2016-01-01' }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().warnings).toEqual(['age_outside_14_35']);
  });

  it('refuses a wrong IIN with a localized reason and changes nothing', async () => {
    const before = (await t.db.select().from(youth)).length;
    const good = iinFor('2004-03-15', 'female');
    const broken = `${good.slice(0, 11)}${(Number(good[11]) + 1) % 10}`;
    const bad = await call('POST', '/api/v1/youth', 'specialist', person({ iin: broken }), 'ru');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'iin', code: 'invalid_iin' });
    expect(bad.json().errors[0].message).toMatch(/ИИН/);
    const male = await call(
      'POST',
      '/api/v1/youth',
      'specialist',
      person({ iin: iinFor('2004-03-15', 'male') }),
      'kk',
    );
    expect(male.json().errors[0]).toMatchObject({ field: 'iin', code: 'iin_mismatch' });
    expect(male.json().errors[0].message).toMatch(/ЖСН/);
    expect((await t.db.select().from(youth)).length).toBe(before);
  });

  it('keeps the IIN unreadable: masked for the registering centre only, refused twice as duplicate', async () => {
    const iin = iinFor('2003-07-01', 'male', 7);
    const res = await call(
      'POST',
      '/api/v1/youth',
      'specialist',
      person({ lastName: 'Нұрболов', firstName: 'Дархан', birthDate: '2003-07-01', gender: 'male', iin }),
    );
    expect(res.statusCode).toBe(201);
    const created = res.json().youth;
    expect(created.iinMasked).toBe(`•••••••••${iin.slice(-3)}`);
    expect(res.body).not.toContain(iin);

    const [stored] = await t.db.select().from(youth).where(eq(youth.id, created.id));
    expect(stored.iinHash).not.toBeNull();
    expect(JSON.stringify(stored)).not.toContain(iin);

    const regional = await call('GET', `/api/v1/youth/${created.id}`, 'regional');
    expect(regional.json().iinMasked).toBeNull();
    expect(regional.body).not.toContain(iin);

    const again = await call(
      'POST',
      '/api/v1/youth',
      'regional',
      person({ centreId: ids.almatyTwo, birthDate: '2003-07-01', gender: 'male', iin }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'duplicate',
      errors: [{ field: 'iin', params: { id: created.id } }],
    });
    // Out of scope the duplicate is refused without telling whose record it is.
    const astana = await call(
      'POST',
      '/api/v1/youth',
      'astana',
      person({ birthDate: '2003-07-01', gender: 'male', iin }),
    );
    expect(astana.statusCode).toBe(409);
    expect(astana.json().errors[0].params).toBeUndefined();

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'youth'));
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(iin);
    expect(JSON.stringify(audit)).not.toContain(stored.iinHash);
  });

  it('answers possible duplicates by name and birth date', async () => {
    const first = (
      await call(
        'POST',
        '/api/v1/youth',
        'specialist',
        person({ lastName: 'Ержанова', firstName: 'Дана', birthDate: '2001-02-02' }),
      )
    ).json();
    const second = await call(
      'POST',
      '/api/v1/youth',
      'regional',
      person({ centreId: ids.almatyTwo, lastName: 'ержанова', firstName: 'ДАНА', birthDate: '2001-02-02' }),
    );
    expect(second.statusCode).toBe(201);
    expect(second.json().possibleDuplicates).toEqual([{ id: first.youth.id, centreId: ids.almaty }]);
  });
});

describe('GET /api/v1/youth and /:id', () => {
  it('lists and reads only within scope', async () => {
    expect((await call('GET', '/api/v1/youth')).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/youth?status=retired', 'specialist')).statusCode).toBe(400);
    expect((await call('GET', '/api/v1/youth', 'partner')).statusCode).toBe(403);
    const mine = (
      await call(
        'POST',
        '/api/v1/youth',
        'specialist',
        person({ lastName: 'Төлегенов', firstName: 'Ерлан', gender: 'male', status: 'studying' }),
      )
    ).json().youth;

    expect((await call('GET', `/api/v1/youth/${mine.id}`, 'astana')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/youth/${mine.id}`, 'neighbour')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/youth/${mine.id}`, 'regional')).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/youth', 'astana')).json().total).toBe(0);

    const found = (
      await call('GET', `/api/v1/youth?q=${encodeURIComponent('төлеген ерл')}`, 'specialist')
    ).json();
    expect(found.items.map((y: { id: number }) => y.id)).toEqual([mine.id]);
    const studying = (await call('GET', '/api/v1/youth?status=studying', 'national')).json();
    expect(studying.items.map((y: { id: number }) => y.id)).toEqual([mine.id]);
  });
});

describe('POST /api/v1/youth/:id/consent/withdraw', () => {
  it('climbs 401 → 403 → 404 → 200, erases personal data and drops the person from lists', async () => {
    const iin = iinFor('2005-05-05', 'female', 42);
    const created = (
      await call(
        'POST',
        '/api/v1/youth',
        'specialist',
        person({ lastName: 'Қасымова', firstName: 'Мадина', birthDate: '2005-05-05', iin }),
      )
    ).json().youth;
    const url = `/api/v1/youth/${created.id}/consent/withdraw`;
    expect((await call('POST', url)).statusCode).toBe(401);
    expect((await call('POST', url, 'partner')).statusCode).toBe(403);
    expect((await call('POST', url, 'astana')).statusCode).toBe(404);

    const res = await call('POST', url, 'specialist');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: created.id,
      consentWithdrawn: true,
      lastName: null,
      firstName: null,
      birthDate: null,
      phone: null,
      iinMasked: null,
    });
    expect(res.json().consent.withdrawnAt).not.toBeNull();
    expect((await call('POST', url, 'specialist')).json().code).toBe('invalid_state');

    const list = (await call('GET', `/api/v1/youth?q=${encodeURIComponent('Қасымова')}`, 'national')).json();
    expect(list.total).toBe(0);
    const [stored] = await t.db.select().from(youth).where(eq(youth.id, created.id));
    expect(stored).toMatchObject({
      lastName: '',
      firstName: '',
      phone: null,
      iinHash: null,
      iinEncrypted: null,
    });
    // The IIN is free again: the person may come back and consent anew.
    expect(
      (await call('POST', '/api/v1/youth', 'specialist', person({ birthDate: '2005-05-05', iin })))
        .statusCode,
    ).toBe(201);
  });
});

/** Registers someone as the specialist and answers the created record. */
async function register(over: object = {}) {
  const res = await call('POST', '/api/v1/youth', 'specialist', person(over));
  expect(res.statusCode).toBe(201);
  return res.json().youth as { id: number; centreId: number; regionCode: string };
}

/** The editable fields of a person, as the edit form sends them. */
const editBody = (over: object = {}) => {
  const { consentGiven: _c, ...rest } = person(over) as Record<string, unknown>;
  return rest;
};

describe('PUT /api/v1/youth/:id', () => {
  it('climbs 401 → 400 → 403 → 404 → 200 and audits before → after without the IIN', async () => {
    const iin = iinFor('2002-09-09', 'female', 300);
    const created = await register({ lastName: 'Әбдіхалық', birthDate: '2002-09-09', iin });
    const url = `/api/v1/youth/${created.id}`;
    expect((await call('PUT', url, undefined, editBody())).statusCode).toBe(401);
    const bad = await call('PUT', url, 'specialist', editBody({ status: 'retired' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'status' });
    expect((await call('PUT', url, 'partner', editBody())).statusCode).toBe(403);
    expect((await call('PUT', url, 'astana', editBody())).statusCode).toBe(404);
    expect((await call('PUT', url, 'neighbour', editBody())).statusCode).toBe(404);

    // The kept IIN is checked against the new birth date: a changed date that contradicts it is refused.
    const mismatch = await call(
      'PUT',
      url,
      'specialist',
      editBody({ lastName: 'Әбдіхалық', birthDate: '2002-09-10' }),
    );
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors[0]).toMatchObject({ field: 'iin', code: 'iin_mismatch' });

    const res = await call(
      'PUT',
      url,
      'specialist',
      editBody({
        lastName: 'Әбдіхалық',
        birthDate: '2002-09-09',
        status: 'employed',
        phone: '+7 702 555 66 77',
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().youth).toMatchObject({
      lastName: 'Әбдіхалық',
      status: 'employed',
      neetSubgroup: null,
      phone: '+7 702 555 66 77',
      iinMasked: `•••••••••${iin.slice(-3)}`,
    });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'youth'), eq(auditLog.entityId, String(created.id))))
      .then((rows) => rows.filter((r) => r.action === 'update'));
    expect(entry.before).toMatchObject({ status: 'neet', hasIin: true });
    expect(entry.after).toMatchObject({ status: 'employed', phone: '+7 702 555 66 77', hasIin: true });
    expect(JSON.stringify(entry)).not.toContain(iin);

    // An age outside 14–35 is saved with the warning, as at registration (IIN removed to change the date).
    const young = await call(
      'PUT',
      url,
      'specialist',
      editBody({ birthDate: '2016-02-02', removeIin: true }),
    );
    expect(young.statusCode).toBe(200);
    expect(young.json().warnings).toEqual(['age_outside_14_35']);
    expect(young.json().youth.iinMasked).toBeNull();
  });

  it("re-checks a new IIN, refuses someone else's as duplicate and stops after consent withdrawal", async () => {
    const takenIin = iinFor('2001-11-11', 'male', 500);
    const owner = await register({
      firstName: 'Бауыржан',
      gender: 'male',
      birthDate: '2001-11-11',
      iin: takenIin,
    });
    const other = await register({ firstName: 'Ілияс', gender: 'male', birthDate: '2001-11-11' });
    const url = `/api/v1/youth/${other.id}`;
    const body = (over: object) =>
      editBody({ firstName: 'Ілияс', gender: 'male', birthDate: '2001-11-11', ...over });
    const broken = `${takenIin.slice(0, 11)}${(Number(takenIin[11]) + 1) % 10}`;
    const invalid = await call('PUT', url, 'specialist', body({ iin: broken }), 'ru');
    expect(invalid.json().errors[0]).toMatchObject({ field: 'iin', code: 'invalid_iin' });
    const dup = await call('PUT', url, 'specialist', body({ iin: takenIin }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0]).toMatchObject({ field: 'iin', code: 'duplicate', params: { id: owner.id } });
    const own = await call(
      'PUT',
      `/api/v1/youth/${owner.id}`,
      'specialist',
      body({ firstName: 'Бауыржан', iin: takenIin }),
    );
    expect(own.statusCode).toBe(200);

    await call('POST', `${url}/consent/withdraw`, 'specialist');
    const after = await call('PUT', url, 'specialist', body({}), 'kk');
    expect(after.statusCode).toBe(409);
    expect(after.json()).toMatchObject({
      code: 'invalid_state',
      errors: [{ field: 'id', code: 'consent_withdrawn' }],
    });
    expect(after.json().errors[0].message).toMatch(/Келісім/);
  });
});

describe('GET /api/v1/youth?q= quick search', () => {
  it('finds by phone digits (four or more) and by a dd.mm.yyyy birth date, with name words', async () => {
    const a = await register({
      lastName: 'Телефонова',
      firstName: 'Ару',
      phone: '+7 (705) 987-65-43',
      birthDate: '1999-12-31',
    });
    const b = await register({
      lastName: 'Телефонова',
      firstName: 'Сая',
      phone: '87059876500',
      birthDate: '1998-12-31',
    });
    const idsOf = async (q: string) =>
      (await call('GET', `/api/v1/youth?q=${encodeURIComponent(q)}`, 'specialist'))
        .json()
        .items.map((y: { id: number }) => y.id);
    expect(await idsOf('6543')).toEqual([a.id]);
    expect(await idsOf('705 987')).toEqual([a.id, b.id]);
    expect(await idsOf('8 705 987 65 00')).toEqual([b.id]);
    expect(await idsOf('31.12.1999')).toEqual([a.id]);
    expect(await idsOf('телефонова 31.12.1998')).toEqual([b.id]);
    expect(await idsOf('сая 6543')).toEqual([]);
    expect(await idsOf('31.02.1999')).toEqual([]);
    // Out of scope nobody is found by phone either.
    const astana = await call('GET', '/api/v1/youth?q=6543', 'astana');
    expect(astana.json().total).toBe(0);
  });
});

/** Journal drafts for a person at the specialist's centre, on the given days. */
async function draftsFor(
  youthId: number,
  days: string[],
  over: Partial<RecordDraft> = {},
): Promise<RecordDraft[]> {
  const [type] = await t.db.select().from(serviceTypes).limit(1);
  return days.map((serviceDate) => ({
    centreId: ids.almaty,
    regionCode: '75',
    serviceTypeId: type.id,
    directionId: type.directionId,
    isConfidential: false,
    youthId,
    serviceDate,
    serviceTime: null,
    format: 'in_person',
    durationMinutes: 30,
    specialistId: userIds.specialist,
    programmeId: null,
    referral: null,
    outcome: 'consulted',
    notes: null,
    ...over,
  }));
}

async function writeRecords(drafts: RecordDraft[]) {
  return t.db.transaction((tx) =>
    insertRecords(tx, { userId: userIds.specialist, label: 'test' }, userIds.specialist, drafts),
  );
}

describe('POST /api/v1/youth/:id/merge', () => {
  it('moves journal records onto the survivor with rollups equal to recomputation, and marks the duplicate', async () => {
    const survivor = await register({
      lastName: 'Біріктірова',
      firstName: 'Гүлнар',
      phone: null,
      birthDate: '2000-04-04',
    });
    const iin = iinFor('2000-04-04', 'female', 700);
    const duplicate = await register({
      lastName: 'Біріктірова',
      firstName: 'Гүлнар',
      birthDate: '2000-04-04',
      phone: '+7 777 000 11 22',
      categories: ['orphan'],
      iin,
    });
    // Both had services, some on the same day and type, so the distinct-people counts change on merge.
    await writeRecords(await draftsFor(survivor.id, ['2026-03-02', '2026-03-05']));
    const moved = await writeRecords(
      await draftsFor(duplicate.id, ['2026-03-02', '2026-04-10', '2026-04-11']),
    );

    const url = `/api/v1/youth/${duplicate.id}/merge`;
    expect((await call('POST', url, undefined, { intoId: survivor.id })).statusCode).toBe(401);
    expect((await call('POST', url, 'specialist', {})).json().errors[0]).toMatchObject({
      field: 'intoId',
      code: 'required',
    });
    expect((await call('POST', url, 'partner', { intoId: survivor.id })).statusCode).toBe(403);
    expect((await call('POST', url, 'astana', { intoId: survivor.id })).statusCode).toBe(404);
    const self = await call('POST', url, 'specialist', { intoId: duplicate.id }, 'ru');
    expect(self.statusCode).toBe(400);
    expect(self.json().errors[0]).toMatchObject({ field: 'intoId', code: 'merge_same' });
    expect(self.json().errors[0].message).toMatch(/саму|самой/);

    const res = await call('POST', url, 'specialist', { intoId: survivor.id });
    expect(res.statusCode).toBe(200);
    // Nothing of the survivor erased; its blanks filled from the duplicate, the IIN taken over.
    expect(res.json()).toMatchObject({
      id: survivor.id,
      lastName: 'Біріктірова',
      phone: '+7 777 000 11 22',
      categories: ['rural', 'orphan'],
      iinMasked: `•••••••••${iin.slice(-3)}`,
      consentWithdrawn: false,
    });
    const records = await t.db
      .select()
      .from(journalRecords)
      .where(
        inArray(
          journalRecords.id,
          moved.map((r) => r.id),
        ),
      );
    expect(records.map((r) => r.youthId)).toEqual([survivor.id, survivor.id, survivor.id]);
    expect(await storedRollups(t.db)).toEqual(await expectedRollups(t.db));

    const dupNow = (await call('GET', `/api/v1/youth/${duplicate.id}`, 'specialist')).json();
    expect(dupNow).toMatchObject({ mergedIntoId: survivor.id, lastName: null, phone: null, iinMasked: null });
    const list = (
      await call('GET', `/api/v1/youth?q=${encodeURIComponent('Біріктірова')}`, 'specialist')
    ).json();
    expect(list.items.map((y: { id: number }) => y.id)).toEqual([survivor.id]);

    const audit = await t.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.entityId, [String(survivor.id), String(duplicate.id)]));
    const merge = audit.find((a) => a.action === 'merge' && a.entityId === String(duplicate.id));
    expect(merge?.after).toMatchObject({
      mergedIntoId: survivor.id,
      moved: { 'journal_records.youth_id': 3 },
    });
    expect(
      audit.find((a) => a.action === 'merge_into' && a.entityId === String(survivor.id))?.after,
    ).toMatchObject({
      mergedFromId: duplicate.id,
    });
    expect(JSON.stringify(audit)).not.toContain(iin);

    // Merged once is enough: again, or into the merged record, is refused.
    const again = await call('POST', url, 'specialist', { intoId: survivor.id }, 'en');
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ field: 'id', code: 'merge_merged' });
    const into = await call('POST', `/api/v1/youth/${survivor.id}/merge`, 'specialist', {
      intoId: duplicate.id,
    });
    expect(into.json().errors[0]).toMatchObject({ field: 'intoId', code: 'merge_merged' });
  });

  it('refuses a survivor out of scope or without consent', async () => {
    const mine = await register({ firstName: 'Нұржан', gender: 'male' });
    const theirs = (
      await call('POST', '/api/v1/youth', 'astana', person({ firstName: 'Нұржан', gender: 'male' }))
    ).json().youth;
    const outside = await call('POST', `/api/v1/youth/${mine.id}/merge`, 'specialist', { intoId: theirs.id });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0]).toMatchObject({ field: 'intoId', code: 'not_found' });

    const withdrawn = await register({ firstName: 'Нұржан', gender: 'male' });
    await call('POST', `/api/v1/youth/${withdrawn.id}/consent/withdraw`, 'specialist');
    const res = await call(
      'POST',
      `/api/v1/youth/${mine.id}/merge`,
      'specialist',
      { intoId: withdrawn.id },
      'kk',
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ field: 'intoId', code: 'consent_withdrawn' });
    expect(res.json().errors[0].message).toMatch(/Келісім/);
    const [still] = await t.db.select().from(youth).where(eq(youth.id, mine.id));
    expect(still.mergedIntoId).toBeNull();
  });
});

describe('GET /api/v1/youth/:id/programmes', () => {
  const year = new Date().getUTCFullYear();
  const bornAged = (age: number) => `${year - age}-01-01`;

  it('lists the programmes the person fits by age, status and category, and those told or referred', async () => {
    const [programme] = await t.db
      .insert(stateProgrammes)
      .values({
        code: 'test-kandas-start',
        nameKk: 'Қандас старт',
        nameRu: 'Кандас старт',
        nameEn: 'Kandas start',
        operator: 'Test',
        status: 'active',
      })
      .returning();
    await t.db.insert(stateProgrammeTerms).values({
      programmeId: programme.id,
      year,
      summaryRu: 'Поддержка кандасов',
      summaryEn: 'Support for kandas',
      minAge: 18,
      maxAge: 29,
      eligibleStatuses: ['neet'],
      categories: ['kandas'],
      asOf: String(year),
    });
    const codes = async (id: number, who = 'specialist') => {
      const res = await call('GET', `/api/v1/youth/${id}/programmes`, who);
      expect(res.statusCode).toBe(200);
      return res.json().fitting.map((p: { code: string }) => p.code) as string[];
    };
    const kandas = await register({
      firstName: 'Қандас',
      birthDate: bornAged(22),
      status: 'neet',
      categories: ['kandas'],
    });
    const rural = await register({
      firstName: 'Ауыл',
      birthDate: bornAged(22),
      status: 'neet',
      categories: ['rural'],
    });
    const older = await register({
      firstName: 'Үлкен',
      birthDate: bornAged(31),
      status: 'neet',
      categories: ['kandas'],
    });
    const working = await register({
      firstName: 'Жұмыс',
      birthDate: bornAged(22),
      status: 'employed',
      categories: ['kandas'],
    });

    expect(await codes(kandas.id)).toContain('test-kandas-start');
    expect(await codes(kandas.id)).toContain('zhas-project'); // NEET, 18–35 in the shipped catalogue
    expect(await codes(rural.id)).not.toContain('test-kandas-start');
    expect(await codes(rural.id)).toContain('zhas-project');
    expect(await codes(older.id)).not.toContain('test-kandas-start');
    expect(await codes(working.id)).not.toContain('test-kandas-start');
    expect(await codes(working.id)).not.toContain('zhas-project');

    const url = `/api/v1/youth/${kandas.id}/programmes`;
    expect((await call('GET', url)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/youth/abc/programmes', 'specialist')).statusCode).toBe(400);
    expect((await call('GET', url, 'partner')).statusCode).toBe(403);
    expect((await call('GET', url, 'astana')).statusCode).toBe(404);

    const [told, referred, plain, deleted] = await writeRecords([
      ...(await draftsFor(kandas.id, ['2026-05-01'], { programmeId: programme.id })),
      ...(await draftsFor(kandas.id, ['2026-05-03'], { referral: 'programme_operator' })),
      ...(await draftsFor(kandas.id, ['2026-05-04'])),
      ...(await draftsFor(kandas.id, ['2026-05-05'], { programmeId: programme.id })),
    ]);
    await t.db.update(journalRecords).set({ deletedAt: new Date() }).where(eq(journalRecords.id, deleted.id));
    const res = (await call('GET', url, 'specialist')).json();
    expect(res.age).toBe(22);
    expect(res.contacts.map((c: { recordId: number }) => c.recordId)).toEqual([referred.id, told.id]);
    expect(res.contacts).not.toContainEqual(expect.objectContaining({ recordId: plain.id }));
    expect(res.contacts[1]).toMatchObject({
      serviceDate: '2026-05-01',
      programme: { code: 'test-kandas-start', name: { kk: 'Қандас старт' } },
      referredToOperator: false,
      specialist: expect.any(String),
    });
    expect(res.contacts[0]).toMatchObject({ programme: null, referredToOperator: true });

    // After consent withdrawal nothing is fitted any more (no further processing).
    await call('POST', `/api/v1/youth/${kandas.id}/consent/withdraw`, 'specialist');
    const after = (await call('GET', url, 'specialist')).json();
    expect(after).toMatchObject({ age: null, fitting: [] });
  });
});
