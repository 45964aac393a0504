import { createHash } from 'node:crypto';
import { type Query, type SQL, sql } from 'drizzle-orm';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';

/** Drizzle's own parts, as `db.execute` uses them, with the one argument it does not pass: a name. */
const internals = (db: DbOrTx) => db as unknown as { dialect: PgDialect; session: PgSession };

/** A statement's name on the connection: a hash of its text, so another text is another statement. */
const nameOf = (text: string) => `j_${createHash('sha1').update(text).digest('base64url')}`;

/**
 * Runs a raw statement as a named prepared statement: on PostgreSQL the connection parses it once
 * and, after a few runs, reuses its plan, where `db.execute` has it planned anew every time. For hot
 * statements whose plan costs more than their work (a journal write's rollup refresh took longer to
 * plan than to run). The name is a hash of the text, so a statement whose text varies (an optional
 * part, a scope's condition) is simply another prepared statement. PGlite runs it as `execute` does.
 * Answers what `db.execute` answers.
 */
export function executePrepared(db: DbOrTx, query: SQL): Promise<unknown> {
  const { dialect, session } = internals(db);
  const built = dialect.sqlToQuery(query);
  return session.prepareQuery(built, undefined, nameOf(built.sql), false).execute();
}

/**
 * A value's slot in a statement built once (`preparedStatement`), filled by the value of that name
 * on each run. Typed as the value it stands for, so a template object (a scope, an actor) whose
 * fields are slots goes through the same condition builders as a real one.
 */
export const slot = <T>(name: string): T => sql.placeholder(name) as unknown as T;

/**
 * A hot statement whose text is built once, as `executePrepared` runs it. `build` makes it with
 * `slot(name)` wherever a value goes and must read nothing else that varies: any other value it
 * takes is frozen into the statement at its first run. Each run only fills the slots from `values`
 * (a missing one throws). Building a long statement from drizzle's parts costs the server more than
 * sending it: about a sixth of a journal write's server time was spent there (docs/benchmark.md).
 */
export function preparedStatement<Values extends Record<string, unknown>>(build: () => SQL) {
  let built: (Query & { name: string }) | undefined;
  return (db: DbOrTx, values: Values): Promise<unknown> => {
    const { dialect, session } = internals(db);
    if (!built) {
      const query = dialect.sqlToQuery(build());
      built = { ...query, name: nameOf(query.sql) };
    }
    return session.prepareQuery(built, undefined, built.name, false).execute(values);
  };
}
