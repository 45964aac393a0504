import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';

/**
 * Runs a raw statement as a named prepared statement: on PostgreSQL the connection parses it once
 * and, after a few runs, reuses its plan, where `db.execute` has it planned anew every time. For hot
 * statements whose plan costs more than their work (a journal write's rollup refresh took longer to
 * plan than to run). The name is a hash of the text, so a statement whose text varies (an optional
 * part, a scope's condition) is simply another prepared statement. PGlite runs it as `execute` does.
 * Answers what `db.execute` answers.
 */
export function executePrepared(db: DbOrTx, query: SQL): Promise<unknown> {
  // Drizzle's own parts, as `db.execute` uses them, with the one argument it does not pass: a name.
  const internals = db as unknown as { dialect: PgDialect; session: PgSession };
  const built = internals.dialect.sqlToQuery(query);
  const name = `j_${createHash('sha1').update(built.sql).digest('base64url')}`;
  return internals.session.prepareQuery(built, undefined, name, false).execute();
}
