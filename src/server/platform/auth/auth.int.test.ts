import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and returns the user with scope', async () => {
    const centre = await makeCentre(t.db, { regionCode: '35' });
    const user = await makeUser(t.db, 'specialist', { centreId: centre.id });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      role: 'specialist',
      scope: { kind: 'centre', centreId: centre.id, regionCode: '35' },
    });
    const cookie = res.cookies.find((c) => c.name === 'jastar_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `jastar_session=${cookie.value}` },
    });
    expect(me.json().email).toBe(user.email);
  });

  it('rotates the session id at every sign-in and forgets it at sign-out', async () => {
    const user = await makeUser(t.db, 'national');
    const first = await signIn(t.app, user.email, TEST_PASSWORD);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      headers: { cookie: first },
    });
    const second = `jastar_session=${again.cookies[0].value}`;
    expect(second).not.toBe(first);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: first } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: second } })).statusCode).toBe(
      200,
    );
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: second } });
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: second } })).statusCode).toBe(
      401,
    );
  });

  it('refuses a session past its expiry, and serves each live session its own user', async () => {
    const first = await makeUser(t.db, 'national');
    const second = await makeUser(t.db, 'national');
    const firstCookie = await signIn(t.app, first.email, TEST_PASSWORD);
    const secondCookie = await signIn(t.app, second.email, TEST_PASSWORD);
    const me = (cookie: string) => t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    // The session lookup is built once: each token must still find its own user.
    expect((await me(firstCookie)).json().email).toBe(first.email);
    expect((await me(secondCookie)).json().email).toBe(second.email);
    await t.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(sessions.userId, first.id));
    expect((await me(firstCookie)).statusCode).toBe(401);
    expect((await me(secondCookie)).statusCode).toBe(200);
  });

  it('answers a wrong password with a localized problem and throttles the account after five failures', async () => {
    const user = await makeUser(t.db, 'national');
    const wrong = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: 'nope' },
        headers: { 'accept-language': 'ru-RU,ru;q=0.9' },
      });
    const first = await wrong();
    expect(first.statusCode).toBe(401);
    expect(first.headers['content-type']).toContain('application/problem+json');
    expect(first.json()).toMatchObject({ code: 'invalid_credentials', title: 'Неверный e-mail или пароль' });
    for (let i = 0; i < 4; i++) await wrong();
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('too_many_attempts');
  });

  it('rejects a malformed body with field errors in the caller’s language', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'not-an-email', password: '' },
      headers: { 'accept-language': 'kk' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'email', code: 'invalid_email', message: 'E-mail мекенжайы қате' }),
        expect.objectContaining({ field: 'password', code: 'required', message: 'Міндетті өріс' }),
      ]),
    );
  });
});

describe('password change', () => {
  it('401 signed out → 400 weak → 400 wrong current → 204, then the new password works', async () => {
    const user = await makeUser(t.db, 'regional', { regionCode: '11' });
    const url = '/api/v1/auth/password';
    expect((await t.app.inject({ method: 'POST', url, payload: {} })).statusCode).toBe(401);
    const cookie = await signIn(t.app, user.email, TEST_PASSWORD);
    const weak = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short1' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({ field: 'newPassword', code: 'password_weak' });
    const badCurrent = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie },
      payload: { currentPassword: 'wrong-one-123', newPassword: 'Жаңа-құпия-сөз-2026' },
    });
    expect(badCurrent.json().errors[0]).toMatchObject({
      field: 'currentPassword',
      code: 'password_mismatch',
    });
    const ok = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Жаңа-құпия-сөз-2026' },
    });
    expect(ok.statusCode).toBe(204);
    await expect(signIn(t.app, user.email, TEST_PASSWORD)).rejects.toThrow();
    await signIn(t.app, user.email, 'Жаңа-құпия-сөз-2026');
  });
});

describe('platform', () => {
  it('reports database health and serves an OpenAPI 3.1 document', async () => {
    expect((await t.app.inject({ url: '/api/health' })).json()).toMatchObject({ status: 'ok' });
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/auth/login']).toBeDefined();
    expect(doc.components.schemas.CurrentUser).toBeDefined();
    // Uploads are documented as multipart with a binary file part.
    const upload = doc.paths['/api/v1/staff/import'].post.requestBody.content['multipart/form-data'].schema;
    expect(upload.$ref).toBe('#/components/schemas/UploadedFileInput');
  });
});
