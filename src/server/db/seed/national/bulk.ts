import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database, DbOrTx } from '../../client';
import type { Cell } from './plan';

/**
 * Bulk loading of generated rows. On PostgreSQL one `COPY … FROM STDIN` stream per table; on PGlite
 * `COPY … FROM '/dev/blob'` in chunks; inside a transaction (the small demo set of the first-start
 * seed) multi-row inserts through `jsonb_to_recordset`, so the rows share the seed's transaction.
 */
export interface BulkLoader {
  /** Loads the rows into `table` (columns in the rows' order); answers how many were loaded. */
  load(table: string, columns: readonly string[], rows: Iterable<Cell[]>): Promise<number>;
}

/** One value in COPY's text format: `\N` for null, backslash escapes, arrays as `{a,b}`. */
function encode(value: Cell): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : `{${value.map(arrayElement).join(',')}}`;
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}

function arrayElement(value: string): string {
  return /^[A-Za-z0-9_]+$/.test(value) ? value : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Rows as COPY text in chunks of about `size` characters, with the running row count. */
function* textChunks(rows: Iterable<Cell[]>, size: number, counter: { n: number }): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) line += (i ? '\t' : '') + encode(row[i]);
    chunk += `${line}\n`;
    counter.n++;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

const copyStatement = (table: string, columns: readonly string[], source: string) =>
  `COPY ${table} (${columns.join(', ')}) FROM ${source}`;

/**
 * COPY into PostgreSQL (pool) or PGlite; outside any transaction of the caller.
 *
 * On PostgreSQL, when the role may (a superuser, as on a developer's machine), the COPY session
 * runs with `session_replication_role = replica`, as pg_restore's `--disable-triggers` does: the
 * per-row foreign-key checks would otherwise take most of the time of millions of rows. The schema
 * has no triggers of its own, and `verifyReferences` checks every reference set-wise afterwards.
 */
export function copyLoader(database: Database, log: (msg: string) => void = () => {}): BulkLoader {
  if (database.pool) {
    const pool = database.pool;
    let said = false;
    return {
      async load(table, columns, rows) {
        const counter = { n: 0 };
        const client = await pool.connect();
        let replica = false;
        try {
          try {
            await client.query('set session_replication_role = replica');
            replica = true;
          } catch {
            // Not a superuser: the rows are checked row by row, slower but just as right.
          }
          if (!said) {
            said = true;
            log(replica ? '  foreign keys checked after loading' : '  foreign keys checked row by row');
          }
          const stream = client.query(copyFrom(copyStatement(table, columns, 'STDIN')));
          await pipeline(Readable.from(textChunks(rows, 1 << 20, counter)), stream);
        } finally {
          if (replica) await client.query('reset session_replication_role').catch(() => {});
          client.release();
        }
        return counter.n;
      },
    };
  }
  const pglite = database.pglite;
  if (!pglite) throw new Error('bulk loading needs PostgreSQL or PGlite');
  return {
    async load(table, columns, rows) {
      const counter = { n: 0 };
      for (const chunk of textChunks(rows, 4 << 20, counter)) {
        await pglite.query(copyStatement(table, columns, `'/dev/blob'`), [], { blob: new Blob([chunk]) });
      }
      return counter.n;
    },
  };
}

/** Multi-row inserts in the caller's transaction; for small sets. `types` are the SQL types of the columns. */
export function insertLoader(tx: DbOrTx, types: Record<string, string>): BulkLoader {
  return {
    async load(table, columns, rows) {
      const definition = columns.map((c) => `${c} ${types[c]}`).join(', ');
      let n = 0;
      let batch: Record<string, Cell>[] = [];
      const flush = async () => {
        if (!batch.length) return;
        await tx.execute(
          sql`insert into ${sql.raw(table)} (${sql.raw(columns.join(', '))}) select ${sql.raw(
            columns.join(', '),
          )} from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(${sql.raw(definition)})`,
        );
        batch = [];
      };
      for (const row of rows) {
        // A jsonb column's text is parsed, so that it is stored as the object it spells.
        batch.push(
          Object.fromEntries(
            columns.map((c, i) => [
              c,
              types[c] === 'jsonb' && row[i] !== null ? JSON.parse(row[i] as string) : row[i],
            ]),
          ),
        );
        n++;
        if (batch.length >= 2000) await flush();
      }
      await flush();
      return n;
    },
  };
}

/** SQL types of the generated columns, for `insertLoader`. */
export const COLUMN_TYPES: Record<string, string> = {
  id: 'int',
  centre_id: 'int',
  region_code: 'text',
  district_id: 'int',
  last_name: 'text',
  first_name: 'text',
  middle_name: 'text',
  birth_date: 'date',
  gender: 'text',
  phone: 'text',
  status: 'text',
  categories: 'text[]',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  youth_id: 'int',
  given_at: 'timestamptz',
  scope: 'text',
  recorded_by: 'int',
  service_type_id: 'int',
  direction_id: 'int',
  youth_gender: 'text',
  youth_age: 'smallint',
  youth_neet: 'boolean',
  service_date: 'date',
  service_time: 'time',
  format: 'text',
  duration_minutes: 'smallint',
  specialist_id: 'int',
  specialist_name: 'text',
  programme_id: 'int',
  referral: 'text',
  outcome: 'text',
  case_worker_id: 'int',
  opened_on: 'date',
  outcome_on: 'date',
  follow_up_3m_due: 'date',
  follow_up_3m_checked_on: 'date',
  follow_up_3m_held: 'boolean',
  follow_up_6m_due: 'date',
  follow_up_6m_checked_on: 'date',
  follow_up_6m_held: 'boolean',
  closed_on: 'date',
  close_reason: 'text',
  version: 'int',
  case_id: 'int',
  kind: 'text',
  description: 'text',
  due_on: 'date',
  result: 'text',
  done_on: 'date',
  created_by: 'int',
  action: 'text',
  from_status: 'text',
  to_status: 'text',
  user_id: 'int',
  at: 'timestamptz',
  payload: 'jsonb',
};

/** Foreign keys of the generated tables, as [table, column, referenced table]. */
const REFERENCES: [string, string, string][] = [
  ['youth', 'centre_id', 'centres'],
  ['youth', 'region_code', 'regions'],
  ['youth', 'district_id', 'districts'],
  ['youth_consents', 'youth_id', 'youth'],
  ['youth_consents', 'recorded_by', 'users'],
  ['journal_records', 'centre_id', 'centres'],
  ['journal_records', 'region_code', 'regions'],
  ['journal_records', 'service_type_id', 'service_types'],
  ['journal_records', 'direction_id', 'service_directions'],
  ['journal_records', 'youth_id', 'youth'],
  ['journal_records', 'specialist_id', 'users'],
  ['journal_records', 'programme_id', 'state_programmes'],
  ['journal_records', 'recorded_by', 'users'],
  ['neet_cases', 'youth_id', 'youth'],
  ['neet_cases', 'centre_id', 'centres'],
  ['neet_cases', 'case_worker_id', 'users'],
  ['neet_case_steps', 'case_id', 'neet_cases'],
  ['neet_case_steps', 'programme_id', 'state_programmes'],
  ['neet_case_steps', 'created_by', 'users'],
  ['neet_case_actions', 'case_id', 'neet_cases'],
  ['neet_case_actions', 'user_id', 'users'],
];

/** Fails when a generated row points at nothing: the set-wise check of what COPY did not check per row. */
export async function verifyReferences(db: DbOrTx): Promise<void> {
  for (const [table, column, target] of REFERENCES) {
    const key = target === 'regions' ? 'code' : 'id';
    const result = await db.execute(
      sql.raw(
        `select count(*)::int as n from ${table} t where t.${column} is not null and not exists (select 1 from ${target} x where x.${key} = t.${column})`,
      ),
    );
    const n = Number((result as unknown as { rows: { n: number }[] }).rows[0].n);
    if (n) throw new Error(`${n} rows of ${table}.${column} point at no ${target}`);
  }
}
