import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../db/client';
import { initTestDataProtection } from '../platform/crypto/test-key';
import type { App } from '../platform/http/types';
import { freshDatabase } from './database';

export interface TestApp {
  app: App;
  database: Database;
  db: Database['db'];
  close(): Promise<void>;
}

/** The real app on a fresh database, silent, for `inject()` tests; `env` overrides configuration. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  // The real server loads its data key in bootstrap; tests use a fixed, public one.
  initTestDataProtection();
  const database = await freshDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JASTAR_DEMO_DATA: 'false', ...env });
  const app = await buildApp(database, config);
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Signs in through the real endpoint and returns the Cookie header for later requests. */
export async function signIn(app: App, email: string, password: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  return cookieHeader(res);
}

export function cookieHeader(res: LightMyRequestResponse): string {
  return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}
