// The application server as the benchmark starts it on PostgreSQL: its own process, so that the
// load client and the server do not share one thread. Environment as for `npm start`.
import { loadConfig } from '../src/server/config';
import { bootstrapDatabase } from '../src/server/db/bootstrap';
import { warmConnections } from '../src/server/db/client';
import { buildBenchApp } from './app';

const config = loadConfig();
const database = await bootstrapDatabase(config, () => {});
const app = await buildBenchApp(database, config);
await warmConnections(database);
const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
await app.listen({ port: config.PORT, host: '127.0.0.1' });
console.log('ready');
