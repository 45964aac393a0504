import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli';
import { expectedRollups, storedRollups } from '../../../modules/journal/records/rollups';
import { initTestDataProtection } from '../../../platform/crypto/test-key';
import { freshDatabase } from '../../../test/database';
import type { Database } from '../../client';
import { seedDemoDataIfEmpty } from '../demo';
import { type GenerationCounts, GenerationRefused, generateNationalData } from '.';
import { addMonths } from './cases';

const UNTIL = '2026-06-30';
const TODAY = new Date(`${UNTIL}T09:00:00Z`);
const OPTIONS = { services: 40_000, seed: 7, until: UNTIL };

type Row = Record<string, unknown>;
const rows = async (database: Database, query: string): Promise<Row[]> =>
  ((await database.db.execute(sql.raw(query))) as unknown as { rows: Row[] }).rows;
const one = async (database: Database, query: string) => (await rows(database, query))[0];

/** A database with the demo network and a small national data set. */
async function generated(): Promise<{ database: Database; counts: GenerationCounts; demoYouth: number }> {
  const database = await freshDatabase();
  await seedDemoDataIfEmpty(database.db, () => {}, TODAY);
  // The demo's own young people (its plan centres have a longer history) come before the generated ones.
  const demoYouth = Number((await one(database, 'select coalesce(max(id), 0)::int as n from youth')).n);
  const counts = await generateNationalData(database, OPTIONS, () => {});
  return { database, counts, demoYouth };
}

/** One checksum per generated table, over every column in a fixed order. */
async function checksums(database: Database) {
  const result: Record<string, unknown> = {};
  for (const table of [
    'youth',
    'youth_consents',
    'journal_records',
    'neet_cases',
    'neet_case_steps',
    'neet_case_actions',
    'journal_daily_rollup',
    'journal_youth_months',
  ]) {
    result[table] = (
      await one(
        database,
        `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as sum from ${table} t`,
      )
    ).sum;
  }
  return result;
}

let first: { database: Database; counts: GenerationCounts; demoYouth: number };
beforeAll(async () => {
  initTestDataProtection();
  first = await generated();
}, 600_000);
afterAll(() => first?.database.close());

describe('the national data generator', () => {
  it('makes about the asked number of services by a tenth as many young people, each with a consent', async () => {
    expect(first.counts.records).toBeGreaterThan(36_000);
    expect(first.counts.records).toBeLessThan(44_000);
    expect(first.counts.youth).toBeGreaterThan(3_500);
    expect(first.counts.youth).toBeLessThan(4_500);
    const orphans = await one(
      first.database,
      `select count(*)::int as n from youth y where not exists (select 1 from youth_consents c where c.youth_id = y.id and c.withdrawn_at is null)`,
    );
    expect(orphans.n).toBe(0);
    const centresServed = await one(
      first.database,
      'select count(distinct centre_id)::int as n from journal_records',
    );
    expect(centresServed.n).toBe(228);
  });

  it('dates every service within the three years, mostly on working days, busier in October than in July', async () => {
    const range = await one(
      first.database,
      `select min(service_date)::text as first, max(service_date)::text as last,
        avg((extract(dow from service_date) = 0)::int)::float as sundays from journal_records`,
    );
    expect(String(range.first) >= '2023-07-01').toBe(true);
    expect(String(range.last) <= UNTIL).toBe(true);
    expect(range.sundays).toBeLessThan(0.02);
    const byMonth = await one(
      first.database,
      `select count(*) filter (where extract(month from service_date) = 10)::int as october,
        count(*) filter (where extract(month from service_date) = 7)::int as july from journal_records`,
    );
    expect(byMonth.october).toBeGreaterThan(Number(byMonth.july) * 1.4);
    // Centres closed now have served and registered nobody in the last two months.
    const closed = await one(
      first.database,
      `select (select count(*) from journal_records r join centres c on c.id = r.centre_id
          where c.status = 'inactive' and r.service_date > date '${UNTIL}' - 60)::int as services,
        (select count(*) from youth y join centres c on c.id = y.centre_id
          where c.status = 'inactive' and y.created_at > date '${UNTIL}' - 60)::int as registered`,
    );
    expect(closed).toEqual({ services: 0, registered: 0 });
  });

  it('records age, gender and NEET status as on the day: ages 14–35 but for a few who outgrew it', async () => {
    const ages = await one(
      first.database,
      `select avg((r.youth_age not between 14 and 35)::int)::float as outside,
        count(*) filter (where r.youth_gender <> y.gender)::int as wrong_gender,
        count(*) filter (where r.youth_age <> extract(year from age(r.service_date, y.birth_date)))::int as wrong_age
       from journal_records r join youth y on y.id = r.youth_id`,
    );
    expect(ages.outside).toBeLessThan(0.03);
    expect(ages.wrong_gender).toBe(0);
    expect(ages.wrong_age).toBe(0);
    // Without a case (whose outcome changes it), who is NEET now was NEET at every service, others never.
    const neetNow = await one(
      first.database,
      `select count(*)::int as n from journal_records r join youth y on y.id = r.youth_id
       where r.youth_neet <> (y.status = 'neet') and not exists (select 1 from neet_cases c where c.youth_id = y.id)`,
    );
    expect(neetNow.n).toBe(0);
  });

  it('names nobody only for types that allow it, and keeps psychology near 8% of services', async () => {
    const anonymous = await one(
      first.database,
      `select count(*) filter (where not t.allows_anonymous)::int as wrong, count(*)::int as total,
        count(*) filter (where t.is_group)::int as groups
       from journal_records r join service_types t on t.id = r.service_type_id where r.youth_id is null or t.is_group`,
    );
    expect(anonymous.wrong).toBe(0);
    expect(anonymous.groups).toBe(0);
    expect(anonymous.total).toBeGreaterThan(0);
    const psychology = await one(
      first.database,
      `select avg((d.code = 'psychology')::int)::float as share,
        count(*) filter (where r.specialist_id is null and r.specialist_name is null)::int as nobody
       from journal_records r join service_directions d on d.id = r.direction_id`,
    );
    expect(psychology.share).toBeGreaterThan(0.05);
    expect(psychology.share).toBeLessThan(0.12);
    expect(psychology.nobody).toBe(0);
  });

  it('follows the regions: more young people where more live, NEET share near the regional figure', async () => {
    const byRegion = await rows(
      first.database,
      `select region_code as code, count(*)::int as n, avg((status = 'neet')::int)::float as neet
       from youth where id > ${first.demoYouth} group by 1`,
    );
    const region = new Map(byRegion.map((r) => [r.code as string, r as { n: number; neet: number }]));
    // Almaty city (722,900 young people) against Ulytau (about 50,000).
    expect(region.get('75')!.n).toBeGreaterThan(region.get('62')!.n * 5);
    const all = byRegion.reduce((s, r) => s + (r.n as number), 0);
    const neet = byRegion.reduce((s, r) => s + (r.n as number) * (r.neet as number), 0) / all;
    expect(neet).toBeGreaterThan(0.04);
    expect(neet).toBeLessThan(0.1);
    for (const r of byRegion) expect(r.neet as number, `region ${r.code}`).toBeLessThan(0.2);
    // Mangystau (10.0%) and Ulytau (10.4%) against East Kazakhstan (4.2%) and West Kazakhstan (3.8%).
    const share = (codes: string[]) =>
      codes.reduce((s, c) => s + region.get(c)!.n * region.get(c)!.neet, 0) /
      codes.reduce((s, c) => s + region.get(c)!.n, 0);
    expect(share(['47', '62'])).toBeGreaterThan(share(['63', '27']));
  });

  it('opens NEET cases for about a tenth of NEET young people, consistent with the case rules', async () => {
    const cases = await rows(first.database, 'select * from neet_cases order by id');
    // The rate at the centres of the national set only (the demo journal opens more cases to show).
    const national = `centre_id not in (select centre_id from users where email like 'specialist.%@jastar.kz')`;
    const rate = await one(
      first.database,
      `select (select count(*) from neet_cases where ${national})::float /
        (select count(distinct youth_id) from journal_records where youth_neet and ${national}) as rate`,
    );
    // About 10%, within what a few dozen cases can stray.
    expect(rate.rate).toBeGreaterThan(0.04);
    expect(rate.rate).toBeLessThan(0.2);
    const actions = await rows(first.database, 'select * from neet_case_actions order by case_id, id');
    const steps = await rows(first.database, 'select * from neet_case_steps');
    for (const c of cases) {
      const log = actions.filter((a) => a.case_id === c.id);
      expect(log[0]).toMatchObject({ action: 'open', from_status: null, to_status: 'open' });
      for (let i = 1; i < log.length; i++)
        expect(log[i].from_status, `case ${c.id}`).toBe(log[i - 1].to_status);
      expect(log.at(-1)!.to_status, `case ${c.id}`).toBe(c.status);
      expect(c.version).toBe(log.length);
      const outcomeOn = c.outcome_on as string | null;
      if (outcomeOn && c.outcome !== 'none') {
        expect(c.follow_up_3m_due).toBe(addMonths(outcomeOn, 3));
        expect(c.follow_up_6m_due).toBe(addMonths(outcomeOn, 6));
        expect(steps.some((s) => s.case_id === c.id && s.status === 'done')).toBe(true);
      }
    }
    const closedOrOutcome = cases.filter((c) => c.status !== 'open' && c.status !== 'in_progress').length;
    expect(closedOrOutcome).toBeGreaterThan(0);
    expect(cases.some((c) => c.status === 'open' || c.status === 'in_progress')).toBe(true);
    const wrong = await one(
      first.database,
      `select count(*)::int as n from neet_cases c join youth y on y.id = c.youth_id
       join users u on u.id = c.case_worker_id
       where c.centre_id <> y.centre_id or u.centre_id <> c.centre_id or not u.is_active
         or u.role not in ('specialist', 'center_manager')`,
    );
    expect(wrong.n).toBe(0);
  });

  it('leaves rollups equal to a recomputation from the journal', async () => {
    expect(await storedRollups(first.database.db)).toEqual(await expectedRollups(first.database.db));
  }, 120_000);

  it('refuses to run twice on the same database', async () => {
    await expect(generateNationalData(first.database, OPTIONS, () => {})).rejects.toThrow(GenerationRefused);
  });

  it('is reached from the command line, which says what is wrong with its options', async () => {
    const out: string[] = [];
    const ctx = {
      open: async () => ({ ...first.database, close: async () => {} }),
      out: (line: string) => out.push(line),
      err: (line: string) => out.push(line),
    };
    expect(await runCli(['seed', '--services', 'many'], ctx)).toBe(2);
    expect(out.join('\n')).toContain('--services must be a positive whole number');
    expect(await runCli(['seed', '--scale', 'national', '--until', '30.06.2026'], ctx)).toBe(1);
    expect(out.join('\n')).toContain('--until must be a date as yyyy-mm-dd');
    expect(await runCli(['seed', '--services', '1000', '--seed', '3'], ctx)).toBe(1);
    expect(out.at(-1)).toBe('error: national data was already generated here: use a fresh database');
  });

  it('makes identical data from the same seed in another fresh database', async () => {
    const second = await generated();
    try {
      expect(await checksums(second.database)).toEqual(await checksums(first.database));
    } finally {
      await second.database.close();
    }
  }, 600_000);
});
