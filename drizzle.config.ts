import { defineConfig } from 'drizzle-kit';

// One schema for PGlite and PostgreSQL; generated SQL is committed and never edited by hand.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema.ts',
  out: './src/server/db/migrations',
});
