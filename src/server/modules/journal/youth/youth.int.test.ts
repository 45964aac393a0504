import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iinCheckDigit } from '../../../../shared/iin';
import { auditLog } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { youth } from './youth.tables';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};

const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: object, lang = 'en') =>
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
  for (const [k, u] of Object.entries(users)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
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
