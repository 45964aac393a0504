import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';

type Row = Record<string, unknown>;
// PGlite and node-postgres both answer `execute` with `{ rows }`; the driver types differ.
const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;

/**
 * The journal's rollups and the one definition of how they follow from raw records.
 *
 * Every journal write calls `refreshRollups` in its own transaction with the keys it touched (the
 * old and the new key of a corrected record): the rows of those keys are recomputed from the raw
 * records, so they are exact by construction and a correction that moves a record between days,
 * centres or types leaves both sides right. A transaction-scoped advisory lock per centre makes
 * concurrent writes to one centre take turns on their rollup rows (READ COMMITTED then sees the
 * other's committed records once the lock is granted); different centres never wait for each other.
 *
 * Two coarser rollups serve the dashboards (decision 010): `journal_month_services` (centre × month
 * × service type × direction, recomputed per touched key like the daily rows) and
 * `journal_people_months`, the "previous occurrence" counts that give distinct young people over
 * any run of months. A person's counts depend on all their months in a grain, so a write moves them
 * by the difference between what the person's stored youth months said and what their raw records
 * say now, under a per-person advisory lock (a person can be written at two centres at once).
 *
 * `rebuildRollups` recomputes everything with the same SQL: bulk loads call it once at the end,
 * and tests compare its answer with what the incremental path left behind.
 */

/** What a write touched: enough to name its daily key and its youth-month key. */
export interface RollupKey {
  centreId: number;
  day: string;
  serviceTypeId: number;
  directionId: number;
  youthId: number | null;
}

// Lock namespaces, the first half of the two-int advisory key: a centre's rollups ("JR" in ASCII)
// and a young person's people counts ("JY"). Centres sort before persons, so every writer takes its
// locks in one global order and two writers can wait for each other but never deadlock.
const LOCK_NAMESPACE = 0x4a52;
const PERSON_LOCK_NAMESPACE = 0x4a59;

/** Takes the transaction's centre and person locks in one statement, in ascending (namespace, id). */
async function lockKeys(tx: DbOrTx, centres: number[], persons: number[]) {
  const wanted = [
    ...centres.map((id) => ({ ns: LOCK_NAMESPACE, id })),
    ...persons.map((id) => ({ ns: PERSON_LOCK_NAMESPACE, id })),
  ];
  // A subquery with ORDER BY is never flattened, so the locks are taken in its order.
  await tx.execute(sql`select count(pg_advisory_xact_lock(k.ns, k.id)) from (
    select ns, id from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) as x(ns int, id int) order by ns, id
  ) k`);
}

const DAILY_COLUMNS = sql.raw(`centre_id, day, service_type_id, region_code, direction_id, services,
  anonymous_services, neet_services, minutes, young_people, neet_people, female_people, male_people,
  people_14_18, people_19_23, people_24_28, people_29_35, people_other_age`);

/** The daily rollup rows of the live records that `filter` (over alias r) keeps. */
function dailySelect(filter: SQL): SQL {
  const people = (cond: string) =>
    sql.raw(`count(distinct r.youth_id) filter (where r.youth_id is not null and ${cond})::int`);
  return sql`
    select r.centre_id, r.service_date as day, r.service_type_id,
      min(r.region_code) as region_code, min(r.direction_id) as direction_id,
      count(*)::int as services,
      count(*) filter (where r.youth_id is null)::int as anonymous_services,
      count(*) filter (where r.youth_neet)::int as neet_services,
      coalesce(sum(r.duration_minutes), 0)::int as minutes,
      count(distinct r.youth_id)::int as young_people,
      ${people('r.youth_neet')} as neet_people,
      ${people(`r.youth_gender = 'female'`)} as female_people,
      ${people(`r.youth_gender = 'male'`)} as male_people,
      ${people('r.youth_age between 14 and 18')} as people_14_18,
      ${people('r.youth_age between 19 and 23')} as people_19_23,
      ${people('r.youth_age between 24 and 28')} as people_24_28,
      ${people('r.youth_age between 29 and 35')} as people_29_35,
      ${people('(r.youth_age < 14 or r.youth_age > 35)')} as people_other_age
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

/**
 * The month-service rows of the live records that `filter` (over alias r) keeps, optionally joined
 * first with a key list (`keys`, alias k) so the planner walks the key index per key instead of
 * scanning the journal; kind as the centre has it now.
 */
function monthServicesSelect(filter: SQL, keys?: SQL): SQL {
  const from = keys
    ? sql`${keys} k join journal_records r on r.centre_id = k.centre_id
        and r.service_date >= k.month and r.service_date < (k.month + interval '1 month')::date
        and r.service_type_id = k.service_type_id and r.direction_id = k.direction_id`
    : sql`journal_records r`;
  return sql`
    select r.centre_id, date_trunc('month', r.service_date)::date as month, r.service_type_id, r.direction_id,
      min(r.region_code) as region_code, min(c.kind) as centre_kind, count(*)::int as services,
      count(*) filter (where r.youth_id is null)::int as anonymous_services,
      count(*) filter (where r.youth_neet)::int as neet_services,
      coalesce(sum(r.duration_minutes), 0)::int as minutes
    from ${from} join centres c on c.id = r.centre_id
    where r.deleted_at is null and ${filter}
    group by r.centre_id, date_trunc('month', r.service_date), r.service_type_id, r.direction_id`;
}

/** Recomputes the month-service rows of the touched keys from the raw records (the key index finds them). */
async function refreshMonthServices(tx: DbOrTx, keys: RollupKey[]) {
  const unique = new Map<string, RollupKey>();
  for (const k of keys) unique.set(`${k.centreId}|${monthOf(k.day)}|${k.serviceTypeId}|${k.directionId}`, k);
  const monthKeys = sql`(select * from jsonb_to_recordset(${JSON.stringify(
    [...unique.values()].map((k) => ({
      centre_id: k.centreId,
      month: monthOf(k.day),
      service_type_id: k.serviceTypeId,
      direction_id: k.directionId,
    })),
  )}::jsonb) as x(centre_id int, month date, service_type_id int, direction_id int))`;
  await tx.execute(
    sql`delete from journal_month_services t using ${monthKeys} k where t.centre_id = k.centre_id
      and t.month = k.month and t.service_type_id = k.service_type_id and t.direction_id = k.direction_id`,
  );
  await tx.execute(
    sql`insert into journal_month_services (${MONTH_SERVICE_COLUMNS}) ${monthServicesSelect(sql`true`, monthKeys)}`,
  );
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
    where youth_id in (select unnest(${`{${persons.join(',')}}`}::int[]))`;

/**
 * Moves the people counts of `persons` from what their stored youth months say (before this write)
 * to what their raw records say now: the difference of the two occurrence sets, as one upsert.
 * Rows that reach 0 are dropped so the table equals a rebuild. Needs the persons' locks.
 */
async function applyPeopleDelta(tx: DbOrTx, persons: number[], kindBefore?: SQL) {
  if (!persons.length) return;
  const inPersons = sql`r.youth_id in (select unnest(${`{${persons.join(',')}}`}::int[]))`;
  const changed = rowsOf(
    await tx.execute(sql`
      insert into journal_people_months as t (${PEOPLE_COLUMNS})
      select ${sql.raw(GRAIN)}, month, prev_month, sum(sign)::int from (
        select *, 1 as sign from (${peopleOccurrences(monthSelect(inPersons))}) a
        union all
        select *, -1 as sign from (${peopleOccurrences(youthMonthsOf(persons), kindBefore)}) b
      ) d
      group by ${sql.raw(GRAIN)}, month, prev_month
      having sum(sign) <> 0
      on conflict (${sql.raw(GRAIN)}, month, prev_month) do update set people = t.people + excluded.people
      returning ${sql.raw(GRAIN)}, month::text, prev_month::text, people`),
  );
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

/** Recomputes the rollup rows of the given keys from the raw journal. Call inside the write's transaction. */
export async function refreshRollups(tx: DbOrTx, keys: RollupKey[]): Promise<void> {
  if (!keys.length) return;
  const centres = [...new Set(keys.map((k) => k.centreId))];
  const persons = [...new Set(keys.flatMap((k) => (k.youthId === null ? [] : [k.youthId])))];
  await lockKeys(tx, centres, persons);

  const daily = new Map<string, RollupKey>();
  const months = new Map<string, RollupKey>();
  for (const k of keys) {
    daily.set(`${k.centreId}|${k.day}|${k.serviceTypeId}`, k);
    if (k.youthId !== null) months.set(`${k.centreId}|${monthOf(k.day)}|${k.directionId}|${k.youthId}`, k);
  }
  const d = [...daily.values()];
  const dailyKeys = sql`(select * from jsonb_to_recordset(${JSON.stringify(
    d.map((k) => ({ centre_id: k.centreId, day: k.day, service_type_id: k.serviceTypeId })),
  )}::jsonb) as x(centre_id int, day date, service_type_id int))`;
  await tx.execute(
    sql`delete from journal_daily_rollup t using ${dailyKeys} k where t.centre_id = k.centre_id and t.day = k.day and t.service_type_id = k.service_type_id`,
  );
  await tx.execute(
    sql`insert into journal_daily_rollup (${DAILY_COLUMNS}) ${dailySelect(
      sql`(r.centre_id, r.service_date, r.service_type_id) in (select centre_id, day, service_type_id from ${dailyKeys} k2)`,
    )}`,
  );

  await refreshMonthServices(tx, d);

  const m = [...months.values()];
  if (!m.length) return;
  // Before the youth months change: the people counts' delta reads their stored (old) state.
  await applyPeopleDelta(tx, persons);
  const monthKeys = sql`(select * from jsonb_to_recordset(${JSON.stringify(
    m.map((k) => ({
      centre_id: k.centreId,
      month: monthOf(k.day),
      direction_id: k.directionId,
      youth_id: k.youthId,
    })),
  )}::jsonb) as x(centre_id int, month date, direction_id int, youth_id int))`;
  await tx.execute(
    sql`delete from journal_youth_months t using ${monthKeys} k where t.centre_id = k.centre_id and t.month = k.month and t.direction_id = k.direction_id and t.youth_id = k.youth_id`,
  );
  await tx.execute(
    sql`insert into journal_youth_months (${MONTH_COLUMNS}) ${monthSelect(
      // The youth index finds the few candidate rows; the month test keeps those of the key. The
      // centre as `+ 0`, or the planner prefers the key index by centre (623 → 73 ms for 5,000 keys).
      sql`(r.youth_id, r.centre_id + 0, r.direction_id, date_trunc('month', r.service_date)::date) in (select youth_id, centre_id, direction_id, month from ${monthKeys} k2)`,
    )}`,
  );
}

/** Recomputes every rollup row from the raw journal (after bulk loads; and as the tests' oracle). */
export async function rebuildRollups(db: DbOrTx): Promise<void> {
  await db.execute(sql`delete from journal_daily_rollup`);
  await db.execute(sql`insert into journal_daily_rollup (${DAILY_COLUMNS}) ${dailySelect(sql`true`)}`);
  await db.execute(sql`delete from journal_month_services`);
  await db.execute(
    sql`insert into journal_month_services (${MONTH_SERVICE_COLUMNS}) ${monthServicesSelect(sql`true`)}`,
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
  const monthServices = await db.execute(sql`${monthServicesSelect(sql`true`)} order by 1, 2, 3, 4`);
  const people = await db.execute(sql`${peopleSelect(monthSelect(sql`true`))} order by ${PEOPLE_ORDER}`);
  return {
    daily: rowsOf(daily),
    months: rowsOf(months),
    monthServices: rowsOf(monthServices),
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
  const people = await db.execute(
    sql`select ${PEOPLE_COLUMNS} from journal_people_months order by ${PEOPLE_ORDER}`,
  );
  return {
    daily: rowsOf(daily),
    months: rowsOf(months),
    monthServices: rowsOf(monthServices),
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
  const served = rowsOf(
    await tx.execute(sql`select distinct youth_id from journal_youth_months where centre_id = ${centreId}`),
  ).map((r) => Number(r.youth_id));
  await lockKeys(tx, [centreId], served);
  await tx.execute(sql`update journal_month_services t set centre_kind = c.kind
    from centres c where c.id = t.centre_id and t.centre_id = ${centreId}`);
  // Their stored youth months are unchanged; only this centre's kind differs between before and after.
  await applyPeopleDelta(
    tx,
    served,
    sql`case when y.centre_id = ${centreId} then ${oldKind}::text else c.kind end`,
  );
}
