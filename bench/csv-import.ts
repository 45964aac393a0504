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
  /** Files imported, each of `rows` rows naming other young people; the seconds are medians over them. */
  files: number;
  /** Dry run (read and validate only) and commit (validate again and write), seconds over HTTP. */
  dryRunSeconds: number;
  commitSeconds: number;
  importRate: number;
  /** COPY of each file's imported rows into `journal_records` (rolled back), median of 3, then the median over the files: the ceiling. */
  copySeconds: number;
  copyRate: number;
  /** COPY of the same rows into a scratch table without foreign keys: shown, not the ceiling. */
  copyBareRate: number;
  /** import rate ÷ COPY rate */
  ofCopy: number;
}

const SCRATCH = 'bench_journal_copy';

/**
 * A journal file of `rows` services by consenting young people across the country, as a centre
 * would type it. File `file` names the next `rows` young people (from the start again when the
 * scale has fewer), so each import of a run brings new youth months, as the first does.
 */
async function journalCsv(db: AppDb, rows: number, lastDay: string, file: number): Promise<string> {
  const usable = and(consentInForce, sql`${youth.mergedIntoId} is null`);
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(youth).where(usable);
  const people = await db
    .select({ id: youth.id, centre: centres.code })
    .from(youth)
    .innerJoin(centres, eq(centres.id, youth.centreId))
    .where(usable)
    .orderBy(sql`${youth.id} desc`)
    .offset(n > rows ? (file * rows) % (n - rows) : 0)
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

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
 * COPY of the rows with ids in (`after`, `upTo`], three times each: into `journal_records` itself in a
 * transaction rolled back (the ceiling: the same table, indexes, foreign keys and sequence the import
 * writes through), and into a scratch table with the same columns and indexes but no foreign keys
 * (shown beside it: what the database does when nothing is checked). Median seconds of each.
 */
async function copyCeilings(
  target: { pool?: pg.Pool; pglite?: PGlite },
  after: number,
  upTo: number,
): Promise<{ table: number; bare: number }> {
  const source = `copy (select ${COPY_COLUMNS} from journal_records where id > ${after} and id <= ${upTo}) to`;
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

const lastId = async (db: AppDb) =>
  Number(
    (
      (await db.execute(sql`select coalesce(max(id), 0)::int as id from journal_records`)) as unknown as {
        rows: { id: number }[];
      }
    ).rows[0].id,
  );

/**
 * Imports `files` CSVs of `rows` services each through POST /api/v1/journal/import as a national
 * user (each a dry run, then a commit: parsing, validation, the journal writer, audit and rollups;
 * medians over the files), each followed by the COPY of exactly the rows it wrote into the journal,
 * rolled back (`copyCeilings`): the ceiling is sampled over the same minutes as the import, as this
 * machine's speed drifts within a run (COPY of the same 10,000 rows took 0.66 s in one run and
 * 1.05 s in the next).
 */
export async function measureImport(
  client: HttpClient,
  cookie: string,
  target: { db: AppDb; pool?: pg.Pool; pglite?: PGlite },
  rows: number,
  lastDay: string,
  files: number,
): Promise<ImportResult> {
  const dryRuns: number[] = [];
  const commits: number[] = [];
  let csvBytes = 0;
  const tableCopies: number[] = [];
  const bareCopies: number[] = [];
  for (let file = 0; file < files; file++) {
    const csv = Buffer.from(await journalCsv(target.db, rows, lastDay, file));
    csvBytes = csv.length;
    const upload = multipartFile(`bench-journal-${file + 1}.csv`, csv, 'text/csv');
    const send = (mode: string) =>
      client.expect<ImportReport>(200, `/api/v1/journal/import?mode=${mode}`, {
        cookie,
        body: upload.body,
        contentType: upload.contentType,
      });
    const before = await lastId(target.db);
    dryRuns.push((await timed(() => send('dry-run')))[1]);
    commits.push((await timed(() => send('commit')))[1]);
    const [[{ n }]] = [
      (await target.db.execute(
        sql`select count(*)::int as n from journal_records where id > ${before}`,
      )) as unknown as { rows: { n: number }[] },
    ].map((r) => r.rows);
    if (Number(n) !== rows) throw new Error(`import wrote ${n} rows, expected ${rows}`);
    const copied = await copyCeilings(target, before, await lastId(target.db));
    tableCopies.push(copied.table);
    bareCopies.push(copied.bare);
  }
  const copy = { table: median(tableCopies), bare: median(bareCopies) };
  const dryRunSeconds = median(dryRuns);
  const commitSeconds = median(commits);
  const importRate = Math.round(rows / commitSeconds);
  const copyRate = Math.round(rows / copy.table);
  return {
    rows,
    files,
    csvBytes,
    dryRunSeconds: Math.round(dryRunSeconds * 1000) / 1000,
    commitSeconds: Math.round(commitSeconds * 1000) / 1000,
    importRate,
    copyRate,
    copySeconds: Math.round(copy.table * 1000) / 1000,
    copyBareRate: Math.round(rows / copy.bare),
    ofCopy: Math.round((importRate / copyRate) * 1000) / 1000,
  };
}
