import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { executePrepared, preparedStatement, slot } from '../../../db/prepared';
import { arrayLiteral, rowsSlots, rowsValues } from '../../../db/rows-parameter';
import { letIoRun } from '../../../platform/let-io-run';
import { type MonthFact, PeopleCountChanges } from './people-counts';

type Row = Record<string, unknown>;
// PGlite and node-postgres both answer `execute` with `{ rows }`; the driver types differ.
const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;

/**
 * The journal's rollups and the one definition of how they follow from raw records.
 *
 * Every journal write moves the rollups in its own transaction: new records are inserted through
 * `insertWithRollups`, and corrections, deletions and merges call `refreshRollups` with the records
 * they removed (a corrected record's old values, a deleted record) and added (its new values). The additive rollups, `journal_daily_rollup` (centre × day ×
 * service type), `journal_month_services` (centre × month × service type × direction, decision
 * 010) and `journal_region_month_services` (region × centre kind × month × direction), move by that
 * difference in one statement (decision 011): constant time however many records a busy centre's
 * day or month already holds. A row that reaches no services is dropped, so the tables equal a
 * rebuild. A transaction-scoped advisory lock per centre makes concurrent writes to one centre
 * take turns; different centres never wait for each other.
 *
 * Distinct young people are not additive. `journal_people_months` holds the "previous occurrence"
 * counts that give distinct young people over any run of months, from `journal_youth_months`
 * (centre × month × direction × person). A write that only adds records moves both from the
 * persons' stored youth months and the new ones (`addPersonMonths`, decision 012); a write that
 * removes any recomputes the touched youth months from raw records and moves the people counts by
 * the difference between what the stored youth months said and what the raw records say now
 * (`refreshPersons`). Both run under a per-person advisory lock (a person can be written at two
 * centres at once; persons share 1,024 locks, so that an import naming 50,000 of them stays within
 * PostgreSQL's lock table).
 *
 * `rebuildRollups` recomputes everything from raw records: bulk loads call it once at the end, and
 * tests compare its answer with what the incremental path left behind.
 */

/** A record as the rollups count it: its keys and what it adds to them. */
export interface RollupRecord {
  centreId: number;
  regionCode: string;
  day: string;
  serviceTypeId: number;
  directionId: number;
  youthId: number | null;
  /** The young person's gender, age and NEET status on the day (the record's snapshot). */
  gender: string | null;
  age: number | null;
  neet: boolean;
  minutes: number | null;
}

/** What a write changed: the records' values it took away and the ones it put in. */
export interface RollupChange {
  removed: RollupRecord[];
  added: RollupRecord[];
}

// Lock namespaces, the first half of the two-int advisory key: a centre's rollups ("JR" in ASCII)
// and a young person's people counts ("JY"). Centres sort before persons, so every writer takes its
// locks in one global order and two writers can wait for each other but never deadlock.
const LOCK_NAMESPACE = 0x4a52;
const PERSON_LOCK_NAMESPACE = 0x4a59;
// Persons lock in buckets (id modulo this): PostgreSQL's lock table holds a few thousand locks for
// all sessions together (max_locks_per_transaction × connections), and an import of 50,000 rows
// naming 50,000 persons ran out of it. Two writes of different persons share a bucket rarely.
const PERSON_LOCK_BUCKETS = 1024;

const LOCK_TYPES = { ns: 'int', id: 'int' } as const;
/**
 * A query that takes the centre and person locks, in ascending (namespace, id), and answers one row.
 * A subquery with ORDER BY is never flattened, so the locks are taken in its order.
 */
const LOCKS = sql`select count(pg_advisory_xact_lock(k.ns, k.id)) as taken from (
  select ns, id from ${rowsSlots(LOCK_TYPES, 'l_')} order by ns, id
) k`;

/** The values of `LOCKS` for the centres and persons of a write. */
function lockValues(centres: number[], persons: number[]) {
  const wanted = [
    ...centres.map((id) => ({ ns: LOCK_NAMESPACE, id })),
    ...[...new Set(persons.map((id) => id % PERSON_LOCK_BUCKETS))].map((id) => ({
      ns: PERSON_LOCK_NAMESPACE,
      id,
    })),
  ];
  return rowsValues(wanted, LOCK_TYPES, 'l_');
}

const takeLocks = preparedStatement(() => LOCKS);

/** Takes the transaction's centre and person locks in one statement. */
async function lockKeys(tx: DbOrTx, centres: number[], persons: number[]) {
  await takeLocks(tx, lockValues(centres, persons));
}

const DAILY_COLUMNS = sql.raw(`centre_id, day, service_type_id, region_code, direction_id, services,
  anonymous_services, neet_services, minutes`);

/** The daily rollup rows of the live records that `filter` (over alias r) keeps. */
function dailySelect(filter: SQL): SQL {
  return sql`
    select r.centre_id, r.service_date as day, r.service_type_id,
      min(r.region_code) as region_code, min(r.direction_id) as direction_id,
      count(*)::int as services,
      count(*) filter (where r.youth_id is null)::int as anonymous_services,
      count(*) filter (where r.youth_neet)::int as neet_services,
      coalesce(sum(r.duration_minutes), 0)::int as minutes
    from journal_records r
    where r.deleted_at is null and ${filter}
    group by r.centre_id, r.service_date, r.service_type_id`;
}

const MONTH_COLUMNS = sql.raw(
  'centre_id, month, direction_id, youth_id, region_code, services, gender, age, neet',
);

/** The youth-month rows of the live named records that `filter` (over alias r) keeps. */
function monthSelect(filter: SQL): SQL {
  return sql`
    select r.centre_id, date_trunc('month', r.service_date)::date as month, r.direction_id, r.youth_id,
      min(r.region_code) as region_code, count(*)::int as services, max(r.youth_gender) as gender,
      max(r.youth_age) as age, bool_or(r.youth_neet) as neet
    from journal_records r
    where r.deleted_at is null and r.youth_id is not null and ${filter}
    group by r.centre_id, date_trunc('month', r.service_date), r.direction_id, r.youth_id`;
}

const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

const MONTH_SERVICE_COLUMNS = sql.raw(`centre_id, month, service_type_id, direction_id, region_code,
  centre_kind, services, anonymous_services, neet_services, minutes`);

const REGION_SERVICE_COLUMNS = sql.raw(`region_code, centre_kind, month, direction_id, services,
  anonymous_services, neet_services, minutes`);

/** The region-month-service rows: the month services summed over centres and service types. */
const regionServicesSelect = sql`select region_code, centre_kind, month, direction_id,
    sum(services)::int as services, sum(anonymous_services)::int as anonymous_services,
    sum(neet_services)::int as neet_services, sum(minutes)::int as minutes
  from journal_month_services group by region_code, centre_kind, month, direction_id`;

/** The month-service rows of the live records; kind as the centre has it now. */
function monthServicesSelect(): SQL {
  return sql`
    select r.centre_id, date_trunc('month', r.service_date)::date as month, r.service_type_id, r.direction_id,
      min(r.region_code) as region_code, min(c.kind) as centre_kind, count(*)::int as services,
      count(*) filter (where r.youth_id is null)::int as anonymous_services,
      count(*) filter (where r.youth_neet)::int as neet_services,
      coalesce(sum(r.duration_minutes), 0)::int as minutes
    from journal_records r join centres c on c.id = r.centre_id
    where r.deleted_at is null
    group by r.centre_id, date_trunc('month', r.service_date), r.service_type_id, r.direction_id`;
}

// The additive figures of a delta row d: a removed record counts -1, an added one +1.
const ADDITIVE = sql.raw(`sum(d.sign)::int as services,
  coalesce(sum(d.sign) filter (where d.youth_id is null), 0)::int as anonymous_services,
  coalesce(sum(d.sign) filter (where d.neet), 0)::int as neet_services,
  sum(d.sign * coalesce(d.minutes, 0))::int as minutes`);
// Keys whose figures cancel out (a youth merge moves records between persons only) are left alone.
const CHANGED = sql.raw(`having sum(d.sign) <> 0 or sum(d.sign * coalesce(d.minutes, 0)) <> 0
  or coalesce(sum(d.sign) filter (where d.youth_id is null), 0) <> 0
  or coalesce(sum(d.sign) filter (where d.neet), 0) <> 0`);
const ADD_ON_CONFLICT = sql.raw(`services = t.services + excluded.services,
  anonymous_services = t.anonymous_services + excluded.anonymous_services,
  neet_services = t.neet_services + excluded.neet_services, minutes = t.minutes + excluded.minutes`);

const DELTA_TYPES = {
  centreId: 'int',
  regionCode: 'text',
  day: 'date',
  serviceTypeId: 'int',
  directionId: 'int',
  youthId: 'int',
  neet: 'boolean',
  minutes: 'int',
  sign: 'int',
} as const;

/**
 * Takes the write's locks (`LOCKS`, one statement's worth of round trip saved on every write), then
 * moves the daily, month-service and region rows by the write's difference in the same statement (rows in key
 * order, so two writes never lock the same rows in opposite orders), and answers the rows left with no
 * services.
 */
const lockAndMoveAdditive = preparedStatement(
  () => sql`
      with locks as (${LOCKS}),
      -- Every delta row waits for the locks: no rollup row is touched before all of them are held.
      delta as (
        select d."centreId" as centre_id, d."regionCode" as region_code, d.day, d."serviceTypeId" as service_type_id,
          d."directionId" as direction_id, d."youthId" as youth_id, d.neet, d.minutes, d.sign
        from locks cross join ${rowsSlots(DELTA_TYPES, 'd_', 'd')}
      ),
      daily as (
        insert into journal_daily_rollup as t (${DAILY_COLUMNS})
        select d.centre_id, d.day, d.service_type_id, min(d.region_code), min(d.direction_id), ${ADDITIVE}
        from delta d group by d.centre_id, d.day, d.service_type_id ${CHANGED}
        order by d.centre_id, d.day, d.service_type_id
        on conflict (centre_id, day, service_type_id) do update set ${ADD_ON_CONFLICT}
        returning centre_id, day, service_type_id, services),
      monthly as (
        insert into journal_month_services as t (${MONTH_SERVICE_COLUMNS})
        select d.centre_id, date_trunc('month', d.day)::date, d.service_type_id, d.direction_id,
          min(d.region_code), min(c.kind), ${ADDITIVE}
        from delta d join centres c on c.id = d.centre_id
        group by d.centre_id, date_trunc('month', d.day), d.service_type_id, d.direction_id ${CHANGED}
        order by d.centre_id, date_trunc('month', d.day), d.service_type_id, d.direction_id
        on conflict (centre_id, month, service_type_id, direction_id) do update set ${ADD_ON_CONFLICT}
        returning centre_id, month, service_type_id, direction_id, services),
      regional as (
        insert into journal_region_month_services as t (${REGION_SERVICE_COLUMNS})
        select d.region_code, c.kind, date_trunc('month', d.day)::date, d.direction_id, ${ADDITIVE}
        from delta d join centres c on c.id = d.centre_id
        group by d.region_code, c.kind, date_trunc('month', d.day), d.direction_id ${CHANGED}
        order by d.region_code, c.kind, date_trunc('month', d.day), d.direction_id
        on conflict (region_code, centre_kind, month, direction_id) do update set ${ADD_ON_CONFLICT}
        returning region_code, centre_kind, month, direction_id, services)
      select 'daily' as rollup, centre_id, day::text as day, service_type_id, 0 as direction_id,
          null as region_code, null as centre_kind
        from daily where services = 0
      union all
      select 'monthly', centre_id, month::text, service_type_id, direction_id, null, null
        from monthly where services = 0
      union all
      select 'regional', 0, month::text, 0, direction_id, region_code, centre_kind
        from regional where services = 0`,
);

/** The values of `lockAndMoveAdditive` for a write's change under these locks. */
function additiveValues(change: RollupChange, locks: ReturnType<typeof lockValues>) {
  const rows = [
    ...change.removed.map((r) => ({ ...r, sign: -1 })),
    ...change.added.map((r) => ({ ...r, sign: 1 })),
  ];
  return { ...locks, ...rowsValues(rows, DELTA_TYPES, 'd_') };
}

/** Runs `lockAndMoveAdditive` with its values, then drops the rows it left with no services. */
async function lockAndApplyAdditiveDelta(tx: DbOrTx, values: ReturnType<typeof additiveValues>) {
  await dropEmptiedServices(tx, rowsOf(await lockAndMoveAdditive(tx, values)));
}

/**
 * Deletes the services rows a difference left at 0, so the tables equal a rebuild. `emptied` names
 * them as the additive statement answers them: which rollup, and that rollup's key (a month in `day`).
 */
async function dropEmptiedServices(tx: DbOrTx, emptied: Row[]) {
  if (!emptied.length) return;
  const keys = sql`jsonb_to_recordset(${JSON.stringify(emptied)}::jsonb)
    as x(rollup text, centre_id int, day date, service_type_id int, direction_id int, region_code text,
      centre_kind text)`;
  const of = new Set(emptied.map((r) => r.rollup));
  if (of.has('daily'))
    await tx.execute(sql`delete from journal_daily_rollup t using ${keys} where x.rollup = 'daily'
      and t.services = 0 and (t.centre_id, t.day, t.service_type_id) = (x.centre_id, x.day, x.service_type_id)`);
  if (of.has('monthly'))
    await tx.execute(sql`delete from journal_month_services t using ${keys} where x.rollup = 'monthly'
      and t.services = 0 and (t.centre_id, t.month, t.service_type_id, t.direction_id)
        = (x.centre_id, x.day, x.service_type_id, x.direction_id)`);
  if (of.has('regional'))
    await tx.execute(sql`delete from journal_region_month_services t using ${keys} where x.rollup = 'regional'
      and t.services = 0 and (t.region_code, t.centre_kind, t.month, t.direction_id)
        = (x.region_code, x.centre_kind, x.day, x.direction_id)`);
}

const PEOPLE_COLUMNS = sql.raw(
  'centre_id, centre_kind, direction_id, region_code, neet, month, prev_month, people',
);
const GRAIN = 'centre_id, centre_kind, direction_id, region_code, neet';

/**
 * Each person's months in every grain they belong to, with the month they were served in that
 * grain before ('-infinity' if none). `source` gives youth-month rows (centre_id, region_code, month,
 * direction_id, youth_id, neet); `kind` is the centre kind of a row (over aliases y and c). A row
 * belongs to the country, its region and its centre, each with every kind or its own kind (a centre
 * has one), each with every direction or its own; and to the NEET stream too if it was NEET.
 */
function peopleOccurrences(source: SQL, kind: SQL = sql`c.kind`): SQL {
  return sql`
    select ${sql.raw(GRAIN)}, youth_id, month,
      coalesce(lag(month) over (partition by ${sql.raw(GRAIN)}, youth_id order by month), '-infinity'::date) as prev_month
    from (
      select distinct g.centre_id, g.centre_kind, g.direction_id, g.region_code, s.neet, y.youth_id, y.month
      from (${source}) y
      join centres c on c.id = y.centre_id
      cross join lateral (select ${kind}::text as kind) k
      cross join lateral (values
        (0, '', 0, ''), (0, '', y.direction_id, ''), (0, k.kind, 0, ''), (0, k.kind, y.direction_id, ''),
        (0, '', 0, y.region_code), (0, '', y.direction_id, y.region_code),
        (0, k.kind, 0, y.region_code), (0, k.kind, y.direction_id, y.region_code),
        (y.centre_id, k.kind, 0, y.region_code), (y.centre_id, k.kind, y.direction_id, y.region_code)
      ) g(centre_id, centre_kind, direction_id, region_code)
      cross join (values (false), (true)) s(neet)
      where not s.neet or y.neet
    ) d`;
}

const YOUTH_MONTHS = sql`select centre_id, region_code, month, direction_id, youth_id, neet from journal_youth_months`;
const youthMonthsOf = (persons: number[]) =>
  sql`select centre_id, region_code, month, direction_id, youth_id, neet from journal_youth_months
    where youth_id in (select unnest(${arrayLiteral(persons)}::int[]))`;

/**
 * The upsert that moves the people counts of `persons` from what their stored youth months say to
 * what their raw records say now: the difference of the two occurrence sets. It answers the rows it
 * changed; `dropEmptiedPeople` removes those left at 0 so the table equals a rebuild. Run it before
 * the persons' youth months change.
 */
function peopleDelta(persons: number[], kindBefore?: SQL): SQL {
  const inPersons = sql`r.youth_id in (select unnest(${arrayLiteral(persons)}::int[]))`;
  return sql`
    insert into journal_people_months as t (${PEOPLE_COLUMNS})
    select ${sql.raw(GRAIN)}, month, prev_month, sum(sign)::int from (
      select *, 1 as sign from (${peopleOccurrences(monthSelect(inPersons))}) a
      union all
      select *, -1 as sign from (${peopleOccurrences(youthMonthsOf(persons), kindBefore)}) b
    ) d
    group by ${sql.raw(GRAIN)}, month, prev_month
    having sum(sign) <> 0
    -- Shared rows (a region's, the country's) in key order: two persons' writes never wait in a cycle.
    order by ${sql.raw(GRAIN)}, month, prev_month
    on conflict (${sql.raw(GRAIN)}, month, prev_month) do update set people = t.people + excluded.people
    returning ${sql.raw(GRAIN)}, month::text, prev_month::text, people`;
}

async function dropEmptiedPeople(tx: DbOrTx, changed: Row[]) {
  const emptied = changed.filter((r) => Number(r.people) === 0);
  if (!emptied.length) return;
  await tx.execute(sql`delete from journal_people_months t using jsonb_to_recordset(${JSON.stringify(emptied)}::jsonb)
    as x(centre_id int, centre_kind text, direction_id int, region_code text, neet boolean, month date, prev_month date)
    where t.people = 0 and (t.centre_id, t.centre_kind, t.direction_id, t.region_code, t.neet, t.month, t.prev_month)
      = (x.centre_id, x.centre_kind, x.direction_id, x.region_code, x.neet, x.month, x.prev_month)`);
}

/** The people-count rows that the youth-month rows of `source` give. */
function peopleSelect(source: SQL): SQL {
  return sql`select ${sql.raw(GRAIN)}, month, prev_month, count(*)::int as people
    from (${peopleOccurrences(source)}) o
    group by ${sql.raw(GRAIN)}, month, prev_month`;
}

const PEOPLE_ORDER = sql.raw(`${GRAIN}, month, prev_month`);

/**
 * Brings the named young people of a write in line: their people counts move by the difference
 * (read against the youth months as they were), then the youth-month rows of the touched keys are
 * recomputed from their raw records in one statement (keys with records left upserted, the others
 * deleted). Two statements: as one, its plan took 15 ms to make, more than both take to run. Needs
 * the persons' locks, taken by an earlier statement so these read what the writes before committed.
 */
async function refreshPersons(tx: DbOrTx, persons: number[], records: RollupRecord[]) {
  await dropEmptiedPeople(tx, rowsOf(await executePrepared(tx, peopleDelta(persons))));
  const keys = new Map<string, object>();
  for (const r of records) {
    if (r.youthId === null) continue;
    const month = monthOf(r.day);
    keys.set(`${r.centreId}|${month}|${r.directionId}|${r.youthId}`, {
      centre_id: r.centreId,
      month,
      direction_id: r.directionId,
      youth_id: r.youthId,
    });
  }
  await executePrepared(
    tx,
    sql`
    with k as (select * from jsonb_to_recordset(${JSON.stringify([...keys.values()])}::jsonb)
        as x(centre_id int, month date, direction_id int, youth_id int)),
      fresh as (${monthSelect(
        // The youth index finds the few candidate rows; the month test keeps those of the key. The
        // centre as '+ 0', or the planner prefers the key index by centre (623 → 73 ms for 5,000 keys).
        sql`(r.youth_id, r.centre_id + 0, r.direction_id, date_trunc('month', r.service_date)::date) in (select youth_id, centre_id, direction_id, month from k)`,
      )}),
      gone as (delete from journal_youth_months t using k
        where (t.centre_id, t.month, t.direction_id, t.youth_id) = (k.centre_id, k.month, k.direction_id, k.youth_id)
          and not exists (select from fresh f where (f.centre_id, f.month, f.direction_id, f.youth_id)
            = (k.centre_id, k.month, k.direction_id, k.youth_id)))
    insert into journal_youth_months as t (${MONTH_COLUMNS}) select ${MONTH_COLUMNS} from fresh
    on conflict (centre_id, month, direction_id, youth_id) do update set region_code = excluded.region_code,
      services = excluded.services, gender = excluded.gender, age = excluded.age, neet = excluded.neet`,
  );
}

const PEOPLE_CHANGE_TYPES = {
  centre_id: 'int',
  centre_kind: 'text',
  direction_id: 'int',
  region_code: 'text',
  neet: 'boolean',
  month: 'date',
  prev_month: 'date',
  people: 'int',
} as const;
const YOUTH_MONTH_TYPES = {
  centre_id: 'int',
  month: 'date',
  direction_id: 'int',
  youth_id: 'int',
  region_code: 'text',
  gender: 'text',
  age: 'smallint',
  neet: 'boolean',
} as const;

/** The persons' stored youth months as one text (a line per youth month), and the kinds of the centres. */
const readStoredMonths = preparedStatement<{ persons: string; centres: string }>(
  () => sql`select
    (select string_agg(concat_ws(',', y.youth_id, y.centre_id, c.kind, y.region_code, y.month, y.direction_id, y.neet), ';')
      from journal_youth_months y join centres c on c.id = y.centre_id
      where y.youth_id = any(${slot('persons')}::int[])) as stored,
    (select json_object_agg(id, kind) from centres where id = any(${slot('centres')}::int[])) as kinds`,
);

/** Moves the people counts by their changes and adds the new youth months; answers the counts left at 0. */
const addPeopleAndMonths = preparedStatement(
  () => sql`
      with people as (
        insert into journal_people_months as t (${PEOPLE_COLUMNS})
        select ${PEOPLE_COLUMNS} from ${rowsSlots(PEOPLE_CHANGE_TYPES, 'p_')}
        -- Shared rows (a region's, the country's) in key order: two writes never wait in a cycle.
        order by ${PEOPLE_ORDER}
        on conflict (${sql.raw(GRAIN)}, month, prev_month) do update set people = t.people + excluded.people
        returning ${sql.raw(GRAIN)}, month::text, prev_month::text, people),
      months as (
        insert into journal_youth_months as t (${MONTH_COLUMNS})
        select centre_id, month, direction_id, youth_id, min(region_code), count(*)::int, max(gender), max(age),
          bool_or(neet)
        from ${rowsSlots(YOUTH_MONTH_TYPES, 'm_')}
        group by centre_id, month, direction_id, youth_id
        order by centre_id, month, direction_id, youth_id
        on conflict (centre_id, month, direction_id, youth_id) do update set services = t.services + excluded.services,
          gender = greatest(t.gender, excluded.gender), age = greatest(t.age, excluded.age), neet = t.neet or excluded.neet)
      select * from people where people = 0`,
);

/**
 * Brings the named young people of a write that only adds records in line, without reading their
 * raw records: their stored youth months (one read), the people-count changes the new months make
 * (`PeopleCountChanges`), and both tables moved in one statement, the youth months by addition (a
 * month's services add up; gender, age and NEET take the larger, as the rebuild's max and bool_or
 * do). Costs a pass over the persons' few stored months, so an import of thousands of people is a
 * few statements, not a window over every grain of their history. Needs the persons' locks.
 */
async function addPersonMonths(tx: DbOrTx, persons: number[], added: RollupRecord[]) {
  const named = added.filter((r) => r.youthId !== null);
  const state = await storedMonthsOf(tx, persons, centresOf(named));
  await moveAddedPeople(tx, await peopleAndMonthValues(state, named));
}

const centresOf = (records: RollupRecord[]) => [...new Set(records.map((r) => r.centreId))];

/** `readStoredMonths` for these persons and centres. */
async function storedMonthsOf(tx: DbOrTx, persons: number[], centres: number[]): Promise<Row> {
  const [state] = rowsOf(
    await readStoredMonths(tx, { persons: arrayLiteral(persons), centres: arrayLiteral(centres) }),
  );
  return state;
}

/**
 * A large batch's locks and its persons' stored months, asked for before its records are final (an
 * import, as soon as it knows which centres and persons its file names), so the database reads them
 * while the rows are still being checked here. The centres and persons may be more than the batch's.
 */
export interface RollupPrefetch {
  centres: ReadonlySet<number>;
  persons: ReadonlySet<number>;
  state: Promise<Row>;
}

/** Starts a `RollupPrefetch`: takes the locks, then reads the stored months (two statements, so the read sees what writers that held the locks committed). */
export function prefetchRollups(tx: DbOrTx, centres: number[], persons: number[]): RollupPrefetch {
  const state = lockKeys(tx, centres, persons).then(() => storedMonthsOf(tx, persons, centres));
  // Unused when the checks fail; its failure, if any, shows where it is awaited.
  state.catch(() => undefined);
  return { centres: new Set(centres), persons: new Set(persons), state };
}

/** Runs `addPeopleAndMonths`, then drops the people counts it left at 0. */
async function moveAddedPeople(tx: DbOrTx, values: Awaited<ReturnType<typeof peopleAndMonthValues>>) {
  await dropEmptiedPeople(tx, rowsOf(await addPeopleAndMonths(tx, values)));
}

// Persons between two pauses of `peopleAndMonthValues` (a few milliseconds of work), and stored months.
const PERSONS_PER_PAUSE = 500;
const MONTHS_PER_PAUSE = 5000;

/**
 * The values of `addPeopleAndMonths` from the stored months `readStoredMonths` answered and the new
 * records. With `pause`, it lets I/O run every few milliseconds: an import works this out while
 * its insert runs, and the insert's next chunk must not wait for the whole of it (10,000 rows:
 * 0.4-0.7 s of work here, longer than a chunk's insert).
 */
async function peopleAndMonthValues(state: Row, named: RollupRecord[], pause = false) {
  // As one text (a line per youth month): thousands of rows decode far faster split here than as rows.
  const stored = new Map<number, MonthFact[]>();
  let done = 0;
  for (const line of state.stored ? String(state.stored).split(';') : []) {
    if (pause && ++done % MONTHS_PER_PAUSE === 0) await letIoRun();
    const [youthId, centreId, centreKind, regionCode, month, directionId, neet] = line.split(',');
    const list = stored.get(Number(youthId)) ?? [];
    list.push({
      centreId: Number(centreId),
      centreKind,
      regionCode,
      month,
      directionId: Number(directionId),
      neet: neet === 't',
    });
    stored.set(Number(youthId), list);
  }
  const kinds = state.kinds as Record<string, string>;
  const news = new Map<number, MonthFact[]>();
  for (const r of named) {
    const list = news.get(r.youthId as number) ?? [];
    list.push({
      centreId: r.centreId,
      centreKind: kinds[r.centreId],
      regionCode: r.regionCode,
      month: monthOf(r.day),
      directionId: r.directionId,
      neet: r.neet,
    });
    news.set(r.youthId as number, list);
  }
  const counter = new PeopleCountChanges(news);
  done = 0;
  for (const [person, facts] of news) {
    counter.add(stored.get(person) ?? [], facts);
    if (pause && ++done % PERSONS_PER_PAUSE === 0) await letIoRun();
  }
  const changes = counter.rows();
  const months = named.map((r) => ({
    centre_id: r.centreId,
    month: monthOf(r.day),
    direction_id: r.directionId,
    youth_id: r.youthId,
    region_code: r.regionCode,
    gender: r.gender,
    age: r.age,
    neet: r.neet,
  }));
  return {
    ...rowsValues(changes, PEOPLE_CHANGE_TYPES, 'p_'),
    ...rowsValues(months, YOUTH_MONTH_TYPES, 'm_'),
  };
}

/** From this many new records on, the people-count changes are worked out while the insert runs. */
export const LARGE_BATCH = 1000;

/**
 * Writes new records (`insert`, which writes exactly `added`) with their rollups, in the caller's
 * transaction. A few records (a journal write) are inserted first and counted after, so the shared
 * rollup rows stay locked only from the additive statement to the commit. From `LARGE_BATCH`
 * records on (an import), the locks and the persons' stored months come first; the insert then runs
 * in the database while the people-count changes are worked out here (for 10,000 rows about a
 * third of a second of this process's work hidden behind a second-long statement), and the additive
 * rollups and people counts follow; a `prefetch` that covers the batch's centres and persons stands
 * for the locks and the stored months. Answers what `insert` answers.
 */
export async function insertWithRollups<T>(
  tx: DbOrTx,
  added: RollupRecord[],
  insert: () => Promise<T>,
  prefetch?: RollupPrefetch,
): Promise<T> {
  const centres = [...new Set(added.map((r) => r.centreId))];
  const persons = [...new Set(added.flatMap((r) => (r.youthId === null ? [] : [r.youthId])))];
  if (added.length < LARGE_BATCH || !persons.length) {
    const answer = await insert();
    await refreshRollups(tx, { removed: [], added });
    return answer;
  }
  const named = added.filter((r) => r.youthId !== null);
  let state: Row;
  if (
    prefetch &&
    centres.every((c) => prefetch.centres.has(c)) &&
    persons.every((p) => prefetch.persons.has(p))
  )
    state = await prefetch.state;
  else {
    await lockKeys(tx, centres, persons);
    state = await storedMonthsOf(tx, persons, centresOf(named));
  }
  const inserting = insert();
  // Marked as handled now: should the work below throw, its failure is the one to report.
  inserting.catch(() => undefined);
  // Lets the driver send the insert before this process gets busy.
  await letIoRun();
  // Both statements' values are built while the insert runs (10,000 rows: the additive ones took
  // 60 ms, with the database idle, when built after it).
  const additive = additiveValues({ removed: [], added }, lockValues(centres, persons));
  const values = await peopleAndMonthValues(state, named, true);
  const answer = await inserting;
  // The locks are held already; taking them again in the same transaction does not wait.
  await lockAndApplyAdditiveDelta(tx, additive);
  await moveAddedPeople(tx, values);
  return answer;
}

/** Brings every rollup in line with a write's change. Call inside the write's transaction, after the write. */
export async function refreshRollups(tx: DbOrTx, change: RollupChange): Promise<void> {
  const records = [...change.removed, ...change.added];
  if (!records.length) return;
  const centres = [...new Set(records.map((r) => r.centreId))];
  const persons = [...new Set(records.flatMap((r) => (r.youthId === null ? [] : [r.youthId])))];
  await lockAndApplyAdditiveDelta(tx, additiveValues(change, lockValues(centres, persons)));
  if (!persons.length) return;
  if (change.removed.length) await refreshPersons(tx, persons, records);
  else await addPersonMonths(tx, persons, change.added);
}

/** Recomputes every rollup row from the raw journal (after bulk loads; and as the tests' oracle). */
export async function rebuildRollups(db: DbOrTx): Promise<void> {
  await db.execute(sql`delete from journal_daily_rollup`);
  await db.execute(sql`insert into journal_daily_rollup (${DAILY_COLUMNS}) ${dailySelect(sql`true`)}`);
  await db.execute(sql`delete from journal_month_services`);
  await db.execute(
    sql`insert into journal_month_services (${MONTH_SERVICE_COLUMNS}) ${monthServicesSelect()}`,
  );
  // From the month services just rebuilt: the same sums as from raw rows, from fewer rows.
  await db.execute(sql`delete from journal_region_month_services`);
  await db.execute(
    sql`insert into journal_region_month_services (${REGION_SERVICE_COLUMNS}) ${regionServicesSelect}`,
  );
  await db.execute(sql`delete from journal_youth_months`);
  await db.execute(sql`insert into journal_youth_months (${MONTH_COLUMNS}) ${monthSelect(sql`true`)}`);
  // From the youth months just rebuilt: the same occurrences as from raw rows, from fewer rows.
  await db.execute(sql`delete from journal_people_months`);
  await db.execute(sql`insert into journal_people_months (${PEOPLE_COLUMNS}) ${peopleSelect(YOUTH_MONTHS)}`);
}

/**
 * Fills the month services and people counts of a database that has journal records but not these
 * rollups yet (one made before they existed): the whole rebuild, once. Cheap to call on every start.
 */
export async function fillMissingRollups(db: DbOrTx): Promise<boolean> {
  const [state] = rowsOf(
    await db.execute(sql`select exists (select from journal_records where deleted_at is null) as records,
      exists (select from journal_month_services) as filled`),
  );
  if (!state.records || state.filled) return false;
  await rebuildRollups(db);
  return true;
}

/** The rollups as a recomputation from the raw journal would make them, without writing: for checks. */
export async function expectedRollups(db: DbOrTx) {
  const daily = await db.execute(sql`${dailySelect(sql`true`)} order by 1, 2, 3`);
  const months = await db.execute(sql`${monthSelect(sql`true`)} order by 1, 2, 3, 4`);
  const monthServices = await db.execute(sql`${monthServicesSelect()} order by 1, 2, 3, 4`);
  const regionServices = await db.execute(sql`select r.region_code, c.kind as centre_kind,
      date_trunc('month', r.service_date)::date as month, r.direction_id, count(*)::int as services,
      count(*) filter (where r.youth_id is null)::int as anonymous_services,
      count(*) filter (where r.youth_neet)::int as neet_services,
      coalesce(sum(r.duration_minutes), 0)::int as minutes
    from journal_records r join centres c on c.id = r.centre_id where r.deleted_at is null
    group by 1, 2, 3, 4 order by 1, 2, 3, 4`);
  const people = await db.execute(sql`${peopleSelect(monthSelect(sql`true`))} order by ${PEOPLE_ORDER}`);
  return {
    daily: rowsOf(daily),
    months: rowsOf(months),
    monthServices: rowsOf(monthServices),
    regionServices: rowsOf(regionServices),
    people: rowsOf(people),
  };
}

/** The rollups as they are stored, in the order and shape of `expectedRollups`. */
export async function storedRollups(db: DbOrTx) {
  const daily = await db.execute(
    sql`select ${DAILY_COLUMNS} from journal_daily_rollup order by centre_id, day, service_type_id`,
  );
  const months = await db.execute(
    sql`select ${MONTH_COLUMNS} from journal_youth_months order by centre_id, month, direction_id, youth_id`,
  );
  const monthServices = await db.execute(
    sql`select ${MONTH_SERVICE_COLUMNS} from journal_month_services
      order by centre_id, month, service_type_id, direction_id`,
  );
  const regionServices = await db.execute(
    sql`select ${REGION_SERVICE_COLUMNS} from journal_region_month_services
      order by region_code, centre_kind, month, direction_id`,
  );
  const people = await db.execute(
    sql`select ${PEOPLE_COLUMNS} from journal_people_months order by ${PEOPLE_ORDER}`,
  );
  return {
    daily: rowsOf(daily),
    months: rowsOf(months),
    monthServices: rowsOf(monthServices),
    regionServices: rowsOf(regionServices),
    people: rowsOf(people),
  };
}

/**
 * A centre changed kind: its month services and the people counts of everyone it served move to the
 * new kind (the dashboard's centre-kind filter follows the centre as it is now, as the raw journal
 * joined with the registry does). Call in the transaction that changed the kind; rare, and as costly
 * as a write for each person the centre ever served.
 */
export async function centreKindChanged(tx: DbOrTx, centreId: number, oldKind: string): Promise<void> {
  const [now] = rowsOf(await tx.execute(sql`select kind from centres where id = ${centreId}`));
  if (!now || now.kind === oldKind) return;
  const served = rowsOf(
    await tx.execute(sql`select distinct youth_id from journal_youth_months where centre_id = ${centreId}`),
  ).map((r) => Number(r.youth_id));
  await lockKeys(tx, [centreId], served);
  await tx.execute(sql`update journal_month_services t set centre_kind = c.kind
    from centres c where c.id = t.centre_id and t.centre_id = ${centreId}`);
  // The centre's services leave its region's rows of the old kind for those of the new one: a
  // difference, like a write's, so other centres' writes to the same rows stay counted.
  const moved = rowsOf(
    await tx.execute(sql`insert into journal_region_month_services as t (${REGION_SERVICE_COLUMNS})
      select m.region_code, k.kind, m.month, m.direction_id, (k.sign * sum(m.services))::int,
        (k.sign * sum(m.anonymous_services))::int, (k.sign * sum(m.neet_services))::int, (k.sign * sum(m.minutes))::int
      from journal_month_services m
      cross join (select ${oldKind}::text as kind, -1 as sign union all select kind, 1 from centres where id = ${centreId}) k
      where m.centre_id = ${centreId}
      group by m.region_code, k.kind, k.sign, m.month, m.direction_id
      order by m.region_code, k.kind, m.month, m.direction_id
      on conflict (region_code, centre_kind, month, direction_id) do update set ${ADD_ON_CONFLICT}
      returning 'regional' as rollup, region_code, centre_kind, month::text as day, direction_id, services`),
  );
  await dropEmptiedServices(
    tx,
    moved.filter((r) => Number(r.services) === 0),
  );
  if (!served.length) return;
  // Their stored youth months are unchanged; only this centre's kind differs between before and after.
  const changed = await tx.execute(
    peopleDelta(served, sql`case when y.centre_id = ${centreId} then ${oldKind}::text else c.kind end`),
  );
  await dropEmptiedPeople(tx, rowsOf(changed));
}
