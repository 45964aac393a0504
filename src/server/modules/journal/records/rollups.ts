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

// Lock namespace of the journal rollups ("JR" in ASCII), the first half of the two-int advisory key.
const LOCK_NAMESPACE = 0x4a52;

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

/** Recomputes the rollup rows of the given keys from the raw journal. Call inside the write's transaction. */
export async function refreshRollups(tx: DbOrTx, keys: RollupKey[]): Promise<void> {
  if (!keys.length) return;
  const centres = [...new Set(keys.map((k) => k.centreId))].sort((a, b) => a - b);
  for (const centreId of centres)
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}, ${centreId})`);

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

  const m = [...months.values()];
  if (!m.length) return;
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
      // The youth index finds the few candidate rows; the month test keeps those of the key.
      sql`(r.youth_id, r.centre_id, r.direction_id, date_trunc('month', r.service_date)::date) in (select youth_id, centre_id, direction_id, month from ${monthKeys} k2)`,
    )}`,
  );
}

/** Recomputes every rollup row from the raw journal (after bulk loads; and as the tests' oracle). */
export async function rebuildRollups(db: DbOrTx): Promise<void> {
  await db.execute(sql`delete from journal_daily_rollup`);
  await db.execute(sql`insert into journal_daily_rollup (${DAILY_COLUMNS}) ${dailySelect(sql`true`)}`);
  await db.execute(sql`delete from journal_youth_months`);
  await db.execute(sql`insert into journal_youth_months (${MONTH_COLUMNS}) ${monthSelect(sql`true`)}`);
}

/** The rollups as a recomputation from the raw journal would make them, without writing: for checks. */
export async function expectedRollups(db: DbOrTx) {
  const daily = await db.execute(sql`${dailySelect(sql`true`)} order by 1, 2, 3`);
  const months = await db.execute(sql`${monthSelect(sql`true`)} order by 1, 2, 3, 4`);
  return { daily: rowsOf(daily), months: rowsOf(months) };
}

/** The rollups as they are stored, in the order and shape of `expectedRollups`. */
export async function storedRollups(db: DbOrTx) {
  const daily = await db.execute(
    sql`select ${DAILY_COLUMNS} from journal_daily_rollup order by centre_id, day, service_type_id`,
  );
  const months = await db.execute(
    sql`select ${MONTH_COLUMNS} from journal_youth_months order by centre_id, month, direction_id, youth_id`,
  );
  return { daily: rowsOf(daily), months: rowsOf(months) };
}
