import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { AppDb } from '../src/server/db/client';
import { centres } from '../src/server/db/schema';
import { serviceTypes } from '../src/server/modules/journal/journal.tables';
import { journalRecords } from '../src/server/modules/journal/records/records.tables';
import { consentInForce } from '../src/server/modules/journal/youth/youth.repository';
import { youth } from '../src/server/modules/journal/youth/youth.tables';
import type { ImportReport } from '../src/shared/contracts/files';
import { type HttpClient, multipartFile } from './http-client';

/** CSV import through the app against the database's own COPY of the same rows. */
export interface ImportResult {
  rows: number;
  csvBytes: number;
  /** Dry run (read and validate only) and commit (validate again and write), seconds over HTTP. */
  dryRunSeconds: number;
  commitSeconds: number;
  importRate: number;
  /** COPY of the imported rows into `journal_records` (rolled back), median of 3: the ceiling. */
  copySeconds: number;
  copyRate: number;
  /** COPY of the same rows into a scratch table without foreign keys: shown, not the ceiling. */
  copyBareRate: number;
  /** import rate ÷ COPY rate */
  ofCopy: number;
}

const SCRATCH = 'bench_journal_copy';

/** A journal file of `rows` services by consenting young people across the country, as a centre would type it. */
async function journalCsv(db: AppDb, rows: number, lastDay: string): Promise<string> {
  const people = await db
    .select({ id: youth.id, centre: centres.code })
    .from(youth)
    .innerJoin(centres, eq(centres.id, youth.centreId))
    .where(and(consentInForce, sql`${youth.mergedIntoId} is null`))
    .orderBy(sql`${youth.id} desc`)
    .limit(rows);
  const types = await db
    .select({ code: serviceTypes.code })
    .from(serviceTypes)
    .where(and(eq(serviceTypes.isActive, true), eq(serviceTypes.isGroup, false)))
    .orderBy(asc(serviceTypes.id));
  const year = lastDay.slice(0, 4);
  const lines = ['service date,center code,service code,youth id,service format,duration,specialist name'];
  for (let i = 0; i < rows; i++) {
    const person = people[i % people.length];
    const month = String(1 + (i % 9)).padStart(2, '0');
    const day = String(1 + ((i * 13) % 28)).padStart(2, '0');
    lines.push(
      `${year}-${month}-${day},${person.centre},${types[i % types.length].code},${person.id},in_person,${30 + (i % 5) * 15},Бенчмарк Әлия`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, (performance.now() - start) / 1000];
}

/** Every column of a journal record but its id, which the table's sequence draws (as the import's insert does). */
const COPY_COLUMNS = Object.values(getTableColumns(journalRecords))
  .map((c) => c.name)
  .filter((name) => name !== 'id')
  .join(', ');

/**
 * COPY of the rows with id above `after`, three times each: into `journal_records` itself in a
 * transaction rolled back (the ceiling: the same table, indexes, foreign keys and sequence the import
 * writes through), and into a scratch table with the same columns and indexes but no foreign keys
 * (shown beside it: what the database does when nothing is checked). Median seconds of each.
 */
async function copyCeilings(
  target: { pool?: pg.Pool; pglite?: PGlite },
  after: number,
): Promise<{ table: number; bare: number }> {
  const source = `copy (select ${COPY_COLUMNS} from journal_records where id > ${after}) to`;
  if (target.pool) {
    const client = await target.pool.connect();
    try {
      const chunks: Buffer[] = [];
      await pipeline(
        client.query(copyTo(`${source} stdout`)),
        new Writable({
          write(chunk: Buffer, _enc, done) {
            chunks.push(chunk);
            done();
          },
        }),
      );
      const data = Buffer.concat(chunks);
      return await timeCopies(
        (statement) => client.query(statement),
        (into) =>
          pipeline(
            Readable.from([data]),
            client.query(copyFrom(`copy ${into} (${COPY_COLUMNS}) from stdin`)),
          ),
      );
    } finally {
      client.release();
    }
  }
  const pglite = target.pglite!;
  const out = await pglite.query(`${source} '/dev/blob'`);
  return timeCopies(
    (statement) => pglite.query(statement),
    (into) => pglite.query(`copy ${into} (${COPY_COLUMNS}) from '/dev/blob'`, [], { blob: out.blob }),
  );
}

/** Three timed COPYs into the journal (each rolled back) and three into the bare scratch table; medians. */
async function timeCopies(
  run: (statement: string) => Promise<unknown>,
  copyInto: (table: string) => Promise<unknown>,
): Promise<{ table: number; bare: number }> {
  const median = (times: number[]) => times.sort((a, b) => a - b)[1];
  const table: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 3; i++) {
    await run('begin');
    table.push((await timed(() => copyInto('journal_records')))[1]);
    await run('rollback');
  }
  await run(`drop table if exists ${SCRATCH}`);
  await run(
    `create table ${SCRATCH} (like journal_records including defaults including constraints including indexes)`,
  );
  for (let i = 0; i < 3; i++) {
    await run(`truncate ${SCRATCH}`);
    bare.push((await timed(() => copyInto(SCRATCH)))[1]);
  }
  await run(`drop table ${SCRATCH}`);
  return { table: median(table), bare: median(bare) };
}

/**
 * Imports a CSV of `rows` services through POST /api/v1/journal/import as a national user (dry run,
 * then commit: parsing, validation, the journal writer, audit and rollups), then COPYs exactly the
 * rows it wrote into a scratch table of the same shape.
 */
export async function measureImport(
  client: HttpClient,
  cookie: string,
  target: { db: AppDb; pool?: pg.Pool; pglite?: PGlite },
  rows: number,
  lastDay: string,
): Promise<ImportResult> {
  const csv = Buffer.from(await journalCsv(target.db, rows, lastDay));
  const upload = multipartFile('bench-journal.csv', csv, 'text/csv');
  const send = (mode: string) =>
    client.expect<ImportReport>(200, `/api/v1/journal/import?mode=${mode}`, {
      cookie,
      body: upload.body,
      contentType: upload.contentType,
    });
  const [[{ before }]] = [
    (await target.db.execute(
      sql`select coalesce(max(id), 0)::int as before from journal_records`,
    )) as unknown as {
      rows: { before: number }[];
    },
  ].map((r) => r.rows);
  const [, dryRunSeconds] = await timed(() => send('dry-run'));
  const [, commitSeconds] = await timed(() => send('commit'));
  const [[{ n }]] = [
    (await target.db.execute(
      sql`select count(*)::int as n from journal_records where id > ${before}`,
    )) as unknown as { rows: { n: number }[] },
  ].map((r) => r.rows);
  if (Number(n) !== rows) throw new Error(`import wrote ${n} rows, expected ${rows}`);
  const copy = await copyCeilings(target, Number(before));
  const importRate = Math.round(rows / commitSeconds);
  const copyRate = Math.round(rows / copy.table);
  return {
    rows,
    csvBytes: csv.length,
    dryRunSeconds: Math.round(dryRunSeconds * 1000) / 1000,
    commitSeconds: Math.round(commitSeconds * 1000) / 1000,
    importRate,
    copyRate,
    copySeconds: Math.round(copy.table * 1000) / 1000,
    copyBareRate: Math.round(rows / copy.bare),
    ofCopy: Math.round((importRate / copyRate) * 1000) / 1000,
  };
}
