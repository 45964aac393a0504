// `npm run test:e2e`: checks the prerequisites a fresh machine may lack, then runs the browser specs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './support/chromium';

if (!existsSync('dist/web/index.html')) {
  console.error('The web app is not built: run `npm run build:web` first (npm test does).');
  process.exit(1);
}
if (!chromiumPath()) {
  console.error(
    'Chromium is not installed: `apt-get install chromium` (.ci/run does). Browser tests cannot run without it.',
  );
  process.exit(1);
}
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
