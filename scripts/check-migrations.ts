// Fails when the Drizzle schema and the committed migrations drift apart: it generates into a copy
// of the migrations folder and checks that drizzle-kit found nothing new to write.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const committed = path.resolve('src/server/db/migrations');
const scratch = mkdtempSync(path.join(tmpdir(), 'jastar-migrations-'));
try {
  cpSync(committed, scratch, { recursive: true });
  const before = readdirSync(scratch).filter((f) => f.endsWith('.sql')).length;
  execFileSync(
    'npx',
    [
      'drizzle-kit',
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      './src/server/db/schema.ts',
      '--out',
      scratch,
    ],
    { stdio: 'pipe' },
  );
  const after = readdirSync(scratch).filter((f) => f.endsWith('.sql')).length;
  if (after !== before) {
    console.error(
      'The schema has changes with no migration. Run `npm run db:generate -- --name <what-changed>` and commit it.',
    );
    process.exit(1);
  }
  console.log(`migrations match the schema (${before} migration${before === 1 ? '' : 's'})`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
