import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { makeUser, TEST_PASSWORD } from '../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ TRUST_PROXY: 'true' });
});
afterAll(() => t.close());

describe('behind a TLS-terminating proxy', () => {
  it('marks the session cookie Secure for https and throttles by the client address the proxy reports', async () => {
    const user = await makeUser(t.db, 'national');
    const login = (headers: Record<string, string>, password = TEST_PASSWORD) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password },
        headers,
      });

    const https = await login({ 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' });
    expect(https.statusCode).toBe(200);
    expect(https.cookies[0]).toMatchObject({
      name: 'jastar_session',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    });

    const plain = await login({ 'x-forwarded-proto': 'http' });
    expect(plain.cookies[0].secure).toBeFalsy();

    // Thirty failures from one address lock that address out, whichever accounts it tries.
    for (let i = 0; i < 30; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `nobody${i}@test.jastar.kz`, password: 'wrong-password-1' },
        headers: { 'x-forwarded-for': '198.51.100.9' },
      });
    }
    expect((await login({ 'x-forwarded-for': '198.51.100.9' })).statusCode).toBe(429);
    expect((await login({ 'x-forwarded-for': '203.0.113.8' })).statusCode).toBe(200);
  });
});
