import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli';
import { auditLog, users } from './db/schema';
import { cookieHeader, createTestApp, signIn, type TestApp } from './test/app';
import { makeCentre } from './test/factories';

let t: TestApp;
let centreCode: string;
beforeAll(async () => {
  t = await createTestApp();
  centreCode = (await makeCentre(t.db, { regionCode: '35' })).code;
});
afterAll(() => t.close());

/** Runs the command line against the test database and collects what it prints. */
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    open: async () => ({ ...t.database, close: async () => {} }),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const userRow = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0];
const login = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

describe('jastar user:create', () => {
  it('creates a centre specialist who can then sign in with that scope, and audits it as the CLI', async () => {
    const res = await cli(
      'user:create',
      '--email',
      'Aigerim@Example.kz',
      '--name',
      'Айгерім Сейітова',
      '--role',
      'specialist',
      '--centre',
      centreCode.toLowerCase(),
      '--password',
      'Көктем-2026-жыл',
    );
    expect(res).toMatchObject({ code: 0, err: '' });
    expect(res.out).toContain(`centre ${centreCode}`);
    const cookie = await signIn(t.app, 'aigerim@example.kz', 'Көктем-2026-жыл');
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({
      role: 'specialist',
      fullName: 'Айгерім Сейітова',
      scope: { kind: 'centre', regionCode: '35' },
      // The operator typed this password deliberately: it is kept, no change is forced.
      mustChangePassword: false,
    });
    expect((await t.app.inject({ url: '/api/v1/centres', headers: { cookie } })).statusCode).toBe(200);
    const user = await userRow('aigerim@example.kz');
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(user.id)));
    expect(audit).toMatchObject({ actorLabel: 'cli', action: 'create', entityType: 'user' });
    expect(JSON.stringify(audit.after)).not.toContain('password');
  });

  it('generates a strong password when none is given and prints it once', async () => {
    const res = await cli(
      'user:create',
      '--email',
      'regional.test@example.kz',
      '--name',
      'Ерлан Қасымов',
      '--role',
      'regional',
      '--region',
      '35',
    );
    expect(res.code).toBe(0);
    const password = res.out.match(/password \(shown once[^:]*\): (\S+)/)?.[1];
    expect(password).toMatch(/^(?=.*\d)(?=.*[a-zA-Z]).{16,}$/);
    const signedIn = await login('regional.test@example.kz', password!);
    expect(signedIn.statusCode).toBe(200);
    // Read off the screen and passed on: its owner must choose their own before working.
    expect(signedIn.json().mustChangePassword).toBe(true);
    const centres = await t.app.inject({
      url: '/api/v1/centres',
      headers: { cookie: cookieHeader(signedIn) },
    });
    expect(centres.json().code).toBe('password_change_required');
  });

  it('refuses a scope that does not fit the role and creates nothing', async () => {
    const national = await cli(
      'user:create',
      '--email',
      'n1@example.kz',
      '--name',
      'N',
      '--role',
      'national',
      '--centre',
      centreCode,
      '--password',
      'Strong-pass-2026',
    );
    expect(national.code).toBe(1);
    expect(national.err).toContain('--centre does not apply to role national');
    const manager = await cli(
      'user:create',
      '--email',
      'n2@example.kz',
      '--name',
      'N',
      '--role',
      'center_manager',
      '--region',
      '35',
      '--password',
      'Strong-pass-2026',
    );
    expect(manager.code).toBe(1);
    expect(manager.err).toContain('--centre is required for role center_manager');
    expect(manager.err).toContain('--region does not apply');
    const unknownRegion = await cli(
      'user:create',
      '--email',
      'n3@example.kz',
      '--name',
      'N',
      '--role',
      'regional',
      '--region',
      '99',
      '--password',
      'Strong-pass-2026',
    );
    expect(unknownRegion.err).toContain('no region with KATO code 99');
    const unknownCentre = await cli(
      'user:create',
      '--email',
      'n4@example.kz',
      '--name',
      'N',
      '--role',
      'specialist',
      '--centre',
      'YRC-00-001',
      '--password',
      'Strong-pass-2026',
    );
    expect(unknownCentre.err).toContain('no centre with code YRC-00-001');
    const partner = await cli(
      'user:create',
      '--email',
      'n5@example.kz',
      '--name',
      'N',
      '--role',
      'partner',
      '--password',
      'Strong-pass-2026',
    );
    expect(partner.err).toContain('--organisation is required for role partner');
    for (const email of ['n1', 'n2', 'n3', 'n4', 'n5'])
      expect(await userRow(`${email}@example.kz`)).toBeUndefined();
  });

  it('refuses an unknown role, a weak password and a taken e-mail', async () => {
    const role = await cli('user:create', '--email', 'x@example.kz', '--name', 'X', '--role', 'boss');
    expect(role.code).toBe(2);
    expect(role.err).toContain('Allowed choices');
    const weak = await cli(
      'user:create',
      '--email',
      'x@example.kz',
      '--name',
      'X',
      '--role',
      'national',
      '--password',
      'short1',
    );
    expect(weak).toMatchObject({ code: 1 });
    expect(weak.err).toContain('--password: At least 10 characters');
    const taken = await cli(
      'user:create',
      '--email',
      'aigerim@example.kz',
      '--name',
      'X',
      '--role',
      'admin',
      '--password',
      'Strong-pass-2026',
    );
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('--email: Already in use');
    expect(await userRow('x@example.kz')).toBeUndefined();
  });
});

describe('jastar user:reset-password and user:deactivate', () => {
  it('resets the password and signs the user out everywhere', async () => {
    await cli(
      'user:create',
      '--email',
      'reset@example.kz',
      '--name',
      'R',
      '--role',
      'national',
      '--password',
      'First-pass-2026',
    );
    const cookie = await signIn(t.app, 'reset@example.kz', 'First-pass-2026');
    const res = await cli(
      'user:reset-password',
      '--email',
      'reset@example.kz',
      '--password',
      'Second-pass-2026',
    );
    expect(res.code).toBe(0);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await login('reset@example.kz', 'First-pass-2026')).statusCode).toBe(401);
    expect((await login('reset@example.kz', 'Second-pass-2026')).json().mustChangePassword).toBe(false);
    const generated = await cli('user:reset-password', '--email', 'reset@example.kz');
    const password = generated.out.match(/password \(shown once[^:]*\): (\S+)/)?.[1];
    expect((await login('reset@example.kz', password!)).json().mustChangePassword).toBe(true);
    const user = await userRow('reset@example.kz');
    const actions = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(user.id)));
    expect(actions.map((a) => a.action)).toContain('password_reset');
  });

  it('answers an unknown e-mail with an error and a non-zero exit code', async () => {
    const res = await cli(
      'user:reset-password',
      '--email',
      'nobody@example.kz',
      '--password',
      'Second-pass-2026',
    );
    expect(res.code).toBe(1);
    expect(res.err).toContain('no user with e-mail nobody@example.kz');
  });

  it('deactivates a user: sessions end and sign-in stops', async () => {
    await cli(
      'user:create',
      '--email',
      'gone@example.kz',
      '--name',
      'G',
      '--role',
      'admin',
      '--password',
      'Leaving-soon-2026',
    );
    const cookie = await signIn(t.app, 'gone@example.kz', 'Leaving-soon-2026');
    expect((await cli('user:deactivate', '--email', 'gone@example.kz')).code).toBe(0);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await login('gone@example.kz', 'Leaving-soon-2026')).statusCode).toBe(401);
    const list = await cli('user:list', '--role', 'admin');
    expect(list.out).toMatch(/gone@example\.kz\tadmin\tcountry\tinactive/);
  });
});
