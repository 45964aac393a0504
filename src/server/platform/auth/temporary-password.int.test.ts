import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../test/factories';
import { users } from './auth.tables';

let t: TestApp;
let adminCookie: string;
let centreId: number;
beforeAll(async () => {
  t = await createTestApp();
  centreId = (await makeCentre(t.db, { regionCode: '35' })).id;
  const admin = await makeUser(t.db, 'admin');
  adminCookie = await signIn(t.app, admin.email, TEST_PASSWORD);
});
afterAll(() => t.close());

const get = (url: string, cookie: string, lang = 'en') =>
  t.app.inject({ url, headers: { cookie, 'accept-language': lang } });
const post = (url: string, cookie: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: { cookie } });
const flagOf = async (id: number) =>
  (await t.db.select().from(users).where(eq(users.id, id)))[0].mustChangePassword;

describe('a password chosen by an admin', () => {
  it('must be replaced before anything but the own account answers; then the app opens', async () => {
    const created = await post('/api/v1/users', adminCookie, {
      email: 'new.specialist@example.kz',
      fullName: 'Дана Серікқызы',
      role: 'specialist',
      centreId,
    });
    expect(created.statusCode).toBe(201);
    const { id, temporaryPassword } = created.json();
    const cookie = await signIn(t.app, 'new.specialist@example.kz', temporaryPassword);

    const centres = await get('/api/v1/centres', cookie, 'ru');
    expect(centres.statusCode).toBe(403);
    expect(centres.json()).toMatchObject({
      code: 'password_change_required',
      title: 'Сначала смените пароль',
    });
    expect((await get('/api/v1/centres', cookie, 'kk')).json().title).toBe('Алдымен құпиясөзді өзгертіңіз');
    expect((await get('/api/v1/home/summary', cookie)).statusCode).toBe(403);

    const me = await get('/api/v1/auth/me', cookie);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ role: 'specialist', mustChangePassword: true });
    const language = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      payload: { locale: 'kk' },
      headers: { cookie },
    });
    expect(language.statusCode).toBe(200);

    // A wrong current password is still refused and leaves the flag on.
    const wrong = await post('/api/v1/auth/password', cookie, {
      currentPassword: 'not-the-temporary-1',
      newPassword: 'Менің-құпиям-2026',
    });
    expect(wrong.statusCode).toBe(400);
    expect(await flagOf(id)).toBe(true);

    const changed = await post('/api/v1/auth/password', cookie, {
      currentPassword: temporaryPassword,
      newPassword: 'Менің-құпиям-2026',
    });
    expect(changed.statusCode).toBe(204);
    expect((await get('/api/v1/centres', cookie)).statusCode).toBe(200);
    expect((await get('/api/v1/auth/me', cookie)).json().mustChangePassword).toBe(false);
    expect(await flagOf(id)).toBe(false);
  });

  it('is required again after an admin resets the password', async () => {
    const user = await makeUser(t.db, 'specialist', { centreId });
    expect(
      (await get('/api/v1/auth/me', await signIn(t.app, user.email, TEST_PASSWORD))).json(),
    ).toMatchObject({
      mustChangePassword: false,
    });
    const reset = await post(`/api/v1/users/${user.id}/reset-password`, adminCookie);
    expect(reset.statusCode).toBe(200);
    const cookie = await signIn(t.app, user.email, reset.json().temporaryPassword);
    expect((await get('/api/v1/centres', cookie)).json().code).toBe('password_change_required');
    expect((await get('/api/v1/auth/me', cookie)).json().mustChangePassword).toBe(true);
  });

  it('does not hide a signed-out answer or a bad request behind the password change (401 → 400 → 403)', async () => {
    const created = await post('/api/v1/users', adminCookie, {
      email: 'second.admin@example.kz',
      fullName: 'Ержан Әлиев',
      role: 'admin',
    });
    const cookie = await signIn(t.app, 'second.admin@example.kz', created.json().temporaryPassword);
    expect((await get('/api/v1/users', '')).statusCode).toBe(401);
    expect((await get('/api/v1/users/abc', cookie)).statusCode).toBe(400);
    expect((await get('/api/v1/users', cookie)).json().code).toBe('password_change_required');
    const out = await post('/api/v1/auth/logout', cookie);
    expect(out.statusCode).toBe(204);
    expect((await get('/api/v1/auth/me', cookie)).statusCode).toBe(401);
  });
});
