// Runs the integration tests a second time on a real PostgreSQL when TEST_DATABASE_URL is set
// (CI sets it). Without it the suite has already run on PGlite, the documented default.
import { spawnSync } from 'node:child_process';

if (!process.env.TEST_DATABASE_URL) {
  console.log(
    'TEST_DATABASE_URL is not set: tests ran on PGlite only (set it to run them on PostgreSQL too)',
  );
  process.exit(0);
}
const run = spawnSync('npx', ['vitest', 'run'], { stdio: 'inherit', env: process.env });
process.exit(run.status ?? 1);
