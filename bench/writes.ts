import type { PGlite } from '@electric-sql/pglite';
import { and, asc, eq } from 'drizzle-orm';
import type pg from 'pg';
import type { AppDb } from '../src/server/db/client';
import { serviceTypes } from '../src/server/modules/journal/journal.tables';
import type { App } from '../src/server/platform/http/types';
import { signIn } from '../src/server/test/app';
import type { NewJournalRecord } from '../src/shared/contracts/journal-records';
import { HELLO_PATH } from './app';
import { closedLoop, type LoadResult } from './closed-loop';
import { type HttpClient, signInOver } from './http-client';
import { type OpenLoadResult, openLoop } from './open-loop';
import {
  replayOnPglite,
  replayOnPool,
  type StatementTimes,
  type Trace,
  traceStatements,
} from './statement-trace';
import { BENCH_PASSWORD, type WriterCentre } from './users';

/** Journal writes over HTTP against the hello-world route and the same statements straight on the database. */
export interface WritesResult {
  concurrency: number;
  statementsPerWrite: number;
  hello: LoadResult;
  http: LoadResult;
  /** The same writes arriving at a steady rate (open loop): their latency at a stated load below saturation. */
  atRate: OpenLoadResult;
  straight: LoadResult;
  /** http rate ÷ straight rate, and http rate ÷ hello rate. */
  ofStraight: number;
  ofHello: number;
  /** The slowest statements of one write replayed alone (median of 5 replays each), to tell where time goes. */
  slowestStatements: { sql: string; ms: number }[];
}

/** Where the benchmark's writes go: the server over HTTP, an in-process copy of the app for tracing, the database. */
export interface WriteSetup {
  client: HttpClient;
  traceApp: App;
  db: AppDb;
  pool?: pg.Pool;
  pglite?: PGlite;
  writers: WriterCentre[];
  lastDay: string;
}

const BODIES_PER_WRITER = 8;

/** Distinct records per writer: different young people, service types and days of the data's last month. */
async function bodiesOf(db: AppDb, writers: WriterCentre[], lastDay: string) {
  const types = await db
    .select({ id: serviceTypes.id })
    .from(serviceTypes)
    .where(and(eq(serviceTypes.isActive, true), eq(serviceTypes.isGroup, false)))
    .orderBy(asc(serviceTypes.id));
  const month = lastDay.slice(0, 7);
  return writers.map((w, wi) =>
    Array.from({ length: BODIES_PER_WRITER }, (_, k): NewJournalRecord => {
      const n = wi * BODIES_PER_WRITER + k;
      return {
        serviceTypeId: types[n % types.length].id,
        youthId: w.youthIds[k % w.youthIds.length],
        serviceDate: `${month}-${String(1 + ((n * 7) % 28)).padStart(2, '0')}`,
        format: 'in_person',
        durationMinutes: 30 + (n % 4) * 15,
      };
    }),
  );
}

const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;

/**
 * At `concurrency`: the hello-world route; POST /api/v1/journal/records by one specialist per worker
 * (each at their own centre); and the statements such a POST sends to the database (traced once per
 * body through the real app), replayed with `pg` (or PGlite) one record per connection checkout.
 * Each closed loop first runs `warmup` seconds uncounted; the open loop follows the warm HTTP load.
 */
export async function measureWrites(
  setup: WriteSetup,
  load: { concurrency: number; seconds: number; warmup: number; rate: number },
): Promise<WritesResult> {
  const { client, writers } = setup;
  const { concurrency, seconds, warmup, rate } = load;
  const bodies = await bodiesOf(setup.db, writers, setup.lastDay);
  const cookies = await Promise.all(writers.map((w) => signInOver(client, w.email, BENCH_PASSWORD)));
  const worker = (w: number) => w % writers.length;

  const hello = await closedLoop(
    concurrency,
    seconds,
    async () => {
      await client.expect(200, HELLO_PATH);
    },
    warmup,
  );
  const http = await closedLoop(
    concurrency,
    seconds,
    async (w, i) => {
      await client.expect(201, '/api/v1/journal/records', {
        cookie: cookies[worker(w)],
        json: bodies[worker(w)][i % BODIES_PER_WRITER],
      });
    },
    warmup,
  );

  // Arrivals spread over the writers in turn, each writer cycling through its own bodies.
  const atRate = await openLoop(rate, seconds, async (i) => {
    await client.expect(201, '/api/v1/journal/records', {
      cookie: cookies[i % writers.length],
      json: bodies[i % writers.length][Math.floor(i / writers.length) % BODIES_PER_WRITER],
    });
  });

  const traces: Trace[][] = [];
  for (const [wi, w] of writers.entries()) {
    const cookie = await signIn(setup.traceApp, w.email, BENCH_PASSWORD);
    const list: Trace[] = [];
    for (const body of bodies[wi]) {
      list.push(
        await traceStatements(setup.pglite, async () => {
          const res = await setup.traceApp.inject({
            method: 'POST',
            url: '/api/v1/journal/records',
            headers: { cookie },
            payload: body,
          });
          if (res.statusCode !== 201) throw new Error(`traced write failed: ${res.statusCode} ${res.body}`);
          return Number(res.json().id);
        }),
      );
    }
    traces.push(list);
  }
  const replay = (trace: Trace, times?: StatementTimes) =>
    setup.pool ? replayOnPool(setup.pool, trace, times) : replayOnPglite(setup.pglite!, trace, times);
  const alone: StatementTimes[] = [];
  for (let i = 0; i < 5; i++) {
    const times: StatementTimes = [];
    // The same write each time, so the statement lists line up (another body may send another count).
    await replay(traces[0][0], times);
    alone.push(times);
  }
  const slowestStatements = alone[0]
    .map((s, j) => ({
      sql: s.text.replace(/\s+/g, ' ').slice(0, 120),
      ms: Math.round(alone.map((t) => t[j].ms).sort((a, b) => a - b)[2] * 100) / 100,
    }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  const straight = await closedLoop(
    concurrency,
    seconds,
    (w, i) => replay(traces[worker(w)][i % BODIES_PER_WRITER]),
    warmup,
  );
  return {
    concurrency,
    statementsPerWrite: traces[0][0].steps.filter((s) => !('mark' in s)).length,
    hello,
    http,
    atRate,
    straight,
    ofStraight: ratio(http.rate, straight.rate),
    ofHello: ratio(http.rate, hello.rate),
    slowestStatements,
  };
}
