import { buildApp } from './app';
import { loadConfig } from './config';
import { bootstrapDatabase } from './db/bootstrap';

const config = loadConfig();
const database = await bootstrapDatabase(config, (msg) => console.log(`[jastar] ${msg}`));
const app = await buildApp(database, config);

const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

await app.listen({ port: config.PORT, host: config.HOST });
console.log(`[jastar] ready on http://localhost:${config.PORT}  (API docs: /api/docs)`);
