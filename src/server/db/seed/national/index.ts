import { count, like, sql } from 'drizzle-orm';
import { rebuildRollups } from '../../../modules/journal/records/rollups';
import type { Database, DbOrTx } from '../../client';
import { centres, users } from '../../schema';
import { createRandom } from '../random';
import { type BulkLoader, copyLoader, verifyReferences } from './bulk';
import { ACTION_COLUMNS, CASE_COLUMNS, caseRows, STEP_COLUMNS } from './cases';
import { loadNationalNetwork, systemUserEmail } from './network';
import {
  type Cell,
  CONSENT_COLUMNS,
  type GeneratorNetwork,
  NationalPlan,
  RECORD_COLUMNS,
  YOUTH_COLUMNS,
} from './plan';

/**
 * The synthetic journal data set: young people with consents, their journal records, NEET cases.
 * Synthetic data is written without audit entries (nobody did these things); the rollups are
 * rebuilt once at the end with `rebuildRollups`. Generated young people have no IIN (a keyed hash
 * and an encrypted copy with a random IV would make runs differ and slow the load), no e-mail, and
 * records have no notes, confidential or not. Group service types are left out (no events).
 */

export interface JournalGeneration {
  seed: number;
  /** About how many journal records. */
  services: number;
  servicesPerYouth: number;
  /** Last day of the window (`yyyy-mm-dd`) and its length in days. */
  until: string;
  days: number;
  /** Share of NEET young people who get a case (default 0.1). */
  caseShare?: number;
  /** Leave the reference check and the rollup rebuild to a later load in the same transaction. */
  deferChecks?: boolean;
}

export interface GenerationCounts {
  youth: number;
  consents: number;
  records: number;
  cases: number;
  caseSteps: number;
  caseActions: number;
}

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

async function nextId(db: DbOrTx, table: string): Promise<number> {
  const [row] = rowsOf(await db.execute(sql.raw(`select coalesce(max(id), 0)::int + 1 as id from ${table}`)));
  return Number(row.id);
}

async function syncSequence(db: DbOrTx, table: string): Promise<void> {
  await db.execute(
    sql.raw(
      `select setval(pg_get_serial_sequence('${table}', 'id'), (select coalesce(max(id), 1) from ${table}), (select count(*) > 0 from ${table}))`,
    ),
  );
}

/**
 * Plans and loads the journal data for a network. Ids of young people, cases and steps are given
 * explicitly (records point at them) and the sequences moved past them afterwards.
 */
export async function loadSyntheticJournal(
  db: DbOrTx,
  loader: BulkLoader,
  network: GeneratorNetwork,
  options: JournalGeneration,
  log: (msg: string) => void,
): Promise<GenerationCounts> {
  const rng = createRandom(options.seed);
  const timer = stopwatch();
  const plan = new NationalPlan(network, { ...options, firstYouthId: await nextId(db, 'youth') }, rng);
  const consents: Cell[][] = [];
  const youth = await loader.load(
    'youth',
    YOUTH_COLUMNS,
    plan.youthRows((row) => consents.push(row)),
  );
  await syncSequence(db, 'youth');
  log(`  young people: ${youth} ${timer()}`);
  const consentCount = await loader.load('youth_consents', CONSENT_COLUMNS, consents);
  consents.length = 0;
  log(`  consents: ${consentCount} ${timer()}`);
  const records = await loader.load('journal_records', RECORD_COLUMNS, plan.recordRows());
  log(`  journal records: ${records} ${timer()}`);
  const caseData = caseRows(
    plan,
    rng.fork('cases'),
    network.programmeIds,
    await nextId(db, 'neet_cases'),
    await nextId(db, 'neet_case_steps'),
  );
  const cases = await loader.load('neet_cases', CASE_COLUMNS, caseData.cases);
  const caseSteps = await loader.load('neet_case_steps', STEP_COLUMNS, caseData.steps);
  const caseActions = await loader.load('neet_case_actions', ACTION_COLUMNS, caseData.actions);
  await syncSequence(db, 'neet_cases');
  await syncSequence(db, 'neet_case_steps');
  log(`  NEET cases: ${cases} (${caseSteps} steps, ${caseActions} actions) ${timer()}`);
  if (!options.deferChecks) {
    await verifyReferences(db);
    log(`  references verified ${timer()}`);
    await rebuildRollups(db);
    log(`  rollups rebuilt ${timer()}`);
  }
  return { youth, consents: consentCount, records, cases, caseSteps, caseActions };
}

function stopwatch() {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const text = `(${((now - last) / 1000).toFixed(1)} s)`;
    last = now;
    return text;
  };
}

export interface NationalOptions {
  /** About how many journal records (default 5,000,000); young people are a tenth of that. */
  services?: number;
  seed?: number;
  /** Last day of the three years, `yyyy-mm-dd` (default today). */
  until?: string;
}

export const NATIONAL_DEFAULTS = {
  services: 5_000_000,
  seed: 2026,
  servicesPerYouth: 10,
  days: 1096,
  caseShare: 0.1,
};

/** Why a national generation was refused (the CLI says it and exits with 1). */
export class GenerationRefused extends Error {}

/**
 * Fills a database that has the demo network with the national data set: about `services` journal
 * records over three years by a tenth as many young people across all 228 centres, and NEET cases.
 * Loaded with COPY; each centre gets a non-login system user (`synthetic.<centre code>@jastar.invalid`,
 * role specialist, no usable password) that records what staff without an account gave.
 */
export async function generateNationalData(
  database: Database,
  options: NationalOptions,
  log: (msg: string) => void,
): Promise<GenerationCounts> {
  const { db } = database;
  const [{ n: centreCount }] = await db.select({ n: count() }).from(centres);
  if (!centreCount) throw new GenerationRefused('the database has no centres: load the demo network first');
  const [{ n: generated }] = await db
    .select({ n: count() })
    .from(users)
    .where(like(users.email, 'synthetic.%@jastar.invalid'));
  if (generated)
    throw new GenerationRefused('national data was already generated here: use a fresh database');
  const services = options.services ?? NATIONAL_DEFAULTS.services;
  const seed = options.seed ?? NATIONAL_DEFAULTS.seed;
  const until = options.until ?? new Date().toISOString().slice(0, 10);
  log(`generating national data: about ${services} services, seed ${seed}, three years to ${until}`);
  const started = performance.now();
  const centreRows = await db.select({ id: centres.id, code: centres.code }).from(centres);
  const inserted = await db
    .insert(users)
    .values(
      centreRows
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((c) => ({
          email: systemUserEmail(c.code),
          fullName: `Synthetic data ${c.code}`,
          // Not a hash of anything: no password verifies against it, so nobody can sign in as this user.
          passwordHash: '!',
          role: 'specialist' as const,
          centreId: c.id,
        })),
    )
    .returning({ id: users.id, centreId: users.centreId });
  const systemUsers = new Map(inserted.map((u) => [u.centreId!, u.id]));
  const network = await loadNationalNetwork(db, systemUsers);
  const counts = await loadSyntheticJournal(
    db,
    copyLoader(database, log),
    network,
    { ...NATIONAL_DEFAULTS, services, seed, until },
    log,
  );
  await db.execute(sql`analyze`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `national data: ${counts.youth} young people, ${counts.records} journal records, ${counts.cases} NEET cases in ${seconds} s`,
  );
  return counts;
}
