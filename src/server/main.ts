import { buildApp } from './app';
import { loadConfig } from './config';
import { bootstrapDatabase } from './db/bootstrap';
import { warmConnections } from './db/client';
import { purgeExpiredSessions } from './platform/auth/session-store';
import { purgeOldAttempts } from './platform/auth/throttle';

const config = loadConfig();
const database = await bootstrapDatabase(config, (msg) => console.log(`[jastar] ${msg}`));
const app = await buildApp(database, config);
const warmed = await warmConnections(database);
if (warmed) console.log(`[jastar] ${warmed} database connections open`);

// Expired sessions and old sign-in attempts are dead weight; clear them now and every hour.
const purge = async () => {
  await purgeExpiredSessions(database.db);
  await purgeOldAttempts(database.db);
};
await purge();
setInterval(() => purge().catch((err) => app.log.error({ err }, 'purge failed')), 3_600_000).unref();

const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

await app.listen({ port: config.PORT, host: config.HOST });
console.log(`[jastar] ready on http://localhost:${config.PORT}  (API docs: /api/docs)`);
