import { buildApp } from '../src/server/app';
import type { AppConfig } from '../src/server/config';
import type { Database } from '../src/server/db/client';
import type { App } from '../src/server/platform/http/types';

/** The benchmark's hello-world route: the same server's floor cost of one HTTP answer. */
export const HELLO_PATH = '/bench/hello';

/** The real application plus the benchmark-only hello-world route (outside `/api`, so no session lookup). */
export async function buildBenchApp(database: Database, config: AppConfig): Promise<App> {
  const app = await buildApp(database, config);
  app.get(HELLO_PATH, { schema: { hide: true } }, async () => ({ hello: 'world' }));
  await app.ready();
  return app;
}
