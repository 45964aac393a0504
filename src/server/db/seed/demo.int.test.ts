import { and, count, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedRollups, storedRollups } from '../../modules/journal/records/rollups';
import { regionContainsPoint } from '../../modules/reference/geo';
import { createTestApp, signIn, type TestApp } from '../../test/app';
import { auditLog, centres, plans, regions, staff, users } from '../schema';
import { seedDemoDataIfEmpty } from './demo';
import { DEMO_PARTNER_ORGANISATION, DEMO_PASSWORD } from './users';

let t: TestApp;
let seeded: boolean;
beforeAll(async () => {
  t = await createTestApp();
  seeded = await seedDemoDataIfEmpty(t.db, () => {});
}, 120_000);
afterAll(() => t?.close());

const countOf = async (table: typeof centres | typeof staff | typeof users) =>
  (await t.db.select({ n: count() }).from(table))[0].n;

describe('demo network', () => {
  it('has 228 centres: one regional centre per region at YRC-<code>-001, the rest under it', async () => {
    expect(seeded).toBe(true);
    const all = await t.db.select().from(centres);
    expect(all).toHaveLength(228);
    const regionCodes = (await t.db.select({ code: regions.code }).from(regions)).map((r) => r.code);
    const regional = all.filter((c) => c.kind === 'regional');
    expect(regional.map((c) => c.code).sort()).toEqual(regionCodes.map((c) => `YRC-${c}-001`).sort());
    const regionalId = new Map(regional.map((c) => [c.regionCode, c.id]));
    for (const c of all.filter((x) => x.kind !== 'regional')) {
      expect(c.parentId, c.code).toBe(regionalId.get(c.regionCode));
      expect(c.districtId, c.code).not.toBeNull();
      expect(c.code).toMatch(new RegExp(`^YRC-${c.regionCode}-(00[2-9]|0[1-9]\\d)$`));
    }
    expect(all.filter((c) => c.kind === 'city').length).toBeGreaterThan(15);
    const inactive = all.filter((c) => c.status === 'inactive');
    expect(inactive.length).toBeGreaterThanOrEqual(2);
    expect(inactive.length).toBeLessThanOrEqual(4);
    expect(inactive.every((c) => c.statusReason)).toBe(true);
  });

  it('names centres as the network does in kk, ru and en', async () => {
    const byCode = async (code: string) =>
      (await t.db.select().from(centres).where(eq(centres.code, code)))[0];
    expect(await byCode('YRC-35-001')).toMatchObject({
      nameKk: 'Қарағанды облыстық жастар ресурстық орталығы',
      nameRu: 'Карагандинский областной молодёжный ресурсный центр',
      nameEn: 'Karaganda Regional Youth Resource Centre',
      email: 'yrc-35-001@jastar.kz',
    });
    const [abai] = await t.db
      .select()
      .from(centres)
      .where(and(eq(centres.regionCode, '35'), eq(centres.nameEn, 'Abai District Youth Resource Centre')));
    expect(abai).toMatchObject({
      kind: 'district',
      nameKk: 'Абай аудандық жастар ресурстық орталығы',
      nameRu: 'Молодёжный ресурсный центр Абайского района',
    });
    const [temirtau] = await t.db
      .select()
      .from(centres)
      .where(eq(centres.nameRu, 'Молодёжный ресурсный центр города Темиртау'));
    expect(temirtau).toMatchObject({ kind: 'city', nameKk: 'Теміртау қалалық жастар ресурстық орталығы' });
  });

  it('places every centre inside its own region', async () => {
    const all = await t.db.select().from(centres);
    const outside = all.filter((c) => !regionContainsPoint(c.regionCode, c.latitude!, c.longitude!));
    expect(outside.map((c) => c.code)).toEqual([]);
  });

  it('staffs the network with about 3,000 people, one director per centre and some newcomers', async () => {
    const total = await countOf(staff);
    expect(total).toBeGreaterThanOrEqual(2900);
    expect(total).toBeLessThanOrEqual(3100);
    const directors = await t.db
      .select({ centreId: staff.centreId, n: count() })
      .from(staff)
      .where(eq(staff.position, 'director'))
      .groupBy(staff.centreId);
    expect(directors).toHaveLength(228);
    expect(directors.every((d) => d.n === 1)).toBe(true);
    const ninetyDaysAgo = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
    const [{ n: recent }] = await t.db
      .select({ n: count() })
      .from(staff)
      .where(gt(staff.hireDate, ninetyDaysAgo));
    expect(recent / total).toBeGreaterThan(0.04);
    expect(recent / total).toBeLessThan(0.09);
    const [{ n: left }] = await t.db.select({ n: count() }).from(staff).where(isNotNull(staff.leaveDate));
    expect(left / total).toBeGreaterThan(0.03);
    expect(left / total).toBeLessThan(0.07);
    const [{ n: badDates }] = await t.db
      .select({ n: count() })
      .from(staff)
      .where(sql`${staff.leaveDate} <= ${staff.hireDate} or ${staff.hireDate} > current_date`);
    expect(badDates).toBe(0);
  });

  it('records one audit entry for the registry seed, with the counts, and one per demo plan generated', async () => {
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.actorLabel, 'seed'));
    const seed = entries.filter((e) => e.action === 'seed');
    expect(seed).toHaveLength(1);
    expect(seed[0]).toMatchObject({
      entityType: 'registry',
      after: { centres: 228, staff: await countOf(staff), users: 103 },
    });
    // The demo plans are generated through the plan service and the approved ones reviewed through the
    // workflow service, which audit each step as the seed's.
    const planRows = await t.db.select({ id: plans.id, status: plans.status }).from(plans);
    expect(planRows.length).toBeGreaterThan(0);
    const expectedSteps = planRows.flatMap((p) => [
      ['generate', String(p.id)],
      ...(p.status === 'approved'
        ? ['plan_submit', 'plan_take_regional', 'plan_forward_national', 'plan_approve'].map((a) => [
            a,
            String(p.id),
          ])
        : []),
    ]);
    const steps = entries.filter((e) => e.action !== 'seed');
    expect(steps.every((e) => e.entityType === 'plan')).toBe(true);
    expect(steps.map((e) => [e.action, String(e.entityId)]).sort()).toEqual(expectedSteps.sort());
  });

  it('lets every documented demo user sign in with the documented scope', async () => {
    const regionCodes = (await t.db.select({ code: regions.code }).from(regions)).map((r) => r.code);
    const centreId = new Map((await t.db.select().from(centres)).map((c) => [c.code, c.id]));
    const expected: [string, object][] = [
      ['admin@jastar.kz', { role: 'admin', scope: { kind: 'country' } }],
      ['national@jastar.kz', { role: 'national', scope: { kind: 'country' } }],
      [
        'partner@jastar.kz',
        { role: 'partner', scope: { kind: 'organisation', organisation: DEMO_PARTNER_ORGANISATION } },
      ],
    ];
    for (const code of regionCodes) {
      expected.push([
        `regional.${code}@jastar.kz`,
        { role: 'regional', scope: { kind: 'region', regionCode: code } },
      ]);
      for (const n of ['001', '002']) {
        const scope = { kind: 'centre', centreId: centreId.get(`YRC-${code}-${n}`), regionCode: code };
        expected.push([`manager.${code}-${n}@jastar.kz`, { role: 'center_manager', scope }]);
        expected.push([`specialist.${code}-${n}@jastar.kz`, { role: 'specialist', scope }]);
      }
    }
    expect(expected).toHaveLength(103);
    expect(await countOf(users)).toBe(103);
    for (const [email, user] of expected) {
      const cookie = await signIn(t.app, email, DEMO_PASSWORD);
      const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
      expect(me.json(), email).toMatchObject({ email, ...user });
    }
  }, 120_000);

  it('adds nothing when seeded again', async () => {
    const before = [await countOf(centres), await countOf(staff), await countOf(users)];
    expect(await seedDemoDataIfEmpty(t.db, () => {})).toBe(false);
    expect([await countOf(centres), await countOf(staff), await countOf(users)]).toEqual(before);
  });
});

describe('demo journal', () => {
  const one = async (query: string) =>
    ((await t.db.execute(sql.raw(query))) as unknown as { rows: Record<string, number>[] }).rows[0];

  // The centres whose plans the demo approves have all of last year and this year so far.
  const PLAN_CENTRES = `(select centre_id from plans where status = 'approved')`;

  it('registers about 40 young people with consent at each centre with demo users, more at the plan centres, and none elsewhere', async () => {
    const byCentre = await t.db.execute(
      sql.raw(`select c.code, count(y.id)::int as n, c.id in ${PLAN_CENTRES} as planned
        from youth y join centres c on c.id = y.centre_id group by c.code, c.id`),
    );
    const counts = (byCentre as unknown as { rows: { code: string; n: number; planned: boolean }[] }).rows;
    expect(counts).toHaveLength(40);
    expect(counts.every((c) => /^YRC-\d\d-00[12]$/.test(c.code))).toBe(true);
    const others = counts.filter((c) => !c.planned);
    expect(others).toHaveLength(37);
    const total = others.reduce((s, c) => s + c.n, 0);
    expect(total).toBeGreaterThan(1100);
    expect(total).toBeLessThan(1900);
    // About 400 young people last year and some hundreds this year at each plan centre.
    expect(counts.filter((c) => c.planned && c.n > 500)).toHaveLength(3);
    const noConsent = await one(
      'select count(*)::int as n from youth y where not exists (select 1 from youth_consents c where c.youth_id = y.id)',
    );
    expect(noConsent.n).toBe(0);
  });

  it("has three months of services given and recorded by the centre's demo specialist or manager", async () => {
    const records = await one(
      `select count(*)::int as n,
        count(*) filter (where r.service_date > current_date or r.service_date < current_date - 92)::int as outside,
        count(*) filter (where u.centre_id is distinct from r.centre_id or r.recorded_by <> r.specialist_id)::int as wrong,
        count(*) filter (where u.email like 'specialist.%')::int as by_specialist
       from journal_records r left join users u on u.id = r.specialist_id
       where r.centre_id not in ${PLAN_CENTRES}`,
    );
    // About 125 services per demo centre; the exact count moves with the calendar (weekends, holidays).
    expect(records.n).toBeGreaterThan(3700);
    expect(records.n).toBeLessThan(6000);
    expect(records.outside).toBe(0);
    expect(records.wrong).toBe(0);
    expect(records.by_specialist / records.n).toBeGreaterThan(0.6);
    const mine = await one(
      `select count(*)::int as n from journal_records r join users u on u.id = r.specialist_id
       where u.email = 'specialist.35-001@jastar.kz'`,
    );
    expect(mine.n).toBeGreaterThan(50);
  });

  it('has all of last year and this year so far at the plan centres, so their plans start from real baselines', async () => {
    const years = await t.db.execute(
      sql.raw(`select r.centre_id, count(*) filter (where extract(year from r.service_date) = extract(year from current_date) - 1)::int as last_year,
          count(*) filter (where r.service_date > current_date)::int as future,
          count(*) filter (where u.centre_id is distinct from r.centre_id)::int as wrong
        from journal_records r left join users u on u.id = r.specialist_id
        where r.centre_id in ${PLAN_CENTRES} group by 1`),
    );
    const rows = (years as unknown as { rows: { last_year: number; future: number; wrong: number }[] }).rows;
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.last_year).toBeGreaterThan(1000);
      expect(r.future).toBe(0);
      expect(r.wrong).toBe(0);
    }
    // Their approved plans build on those baselines: last year's actuals, not zero.
    const baselines = await one(
      `select count(*) filter (where (k->>'baseline')::numeric > 0)::int as n
       from plans p join plan_versions v on v.plan_id = p.id and v.version = p.current_version,
         jsonb_array_elements(v.content->'kpis') k
       where p.status = 'approved'`,
    );
    expect(baselines.n).toBeGreaterThan(10);
  });

  it("has a few NEET cases worked by demo users of the young person's centre", async () => {
    const cases = await one(
      `select count(*)::int as n, count(*) filter (where u.centre_id <> c.centre_id or y.centre_id <> c.centre_id)::int as wrong
       from neet_cases c join users u on u.id = c.case_worker_id join youth y on y.id = c.youth_id`,
    );
    expect(cases.n).toBeGreaterThan(5);
    expect(cases.wrong).toBe(0);
  });

  it('keeps the rollups equal to a recomputation from the journal', async () => {
    expect(await storedRollups(t.db)).toEqual(await expectedRollups(t.db));
  });
});

describe('an interrupted seed', () => {
  it('leaves nothing half-seeded', async () => {
    const fresh = await createTestApp();
    try {
      // An invalid date makes the staff generator throw after the centres are inserted.
      await expect(seedDemoDataIfEmpty(fresh.db, () => {}, new Date(Number.NaN))).rejects.toThrow();
      const [{ n }] = await fresh.db.select({ n: count() }).from(centres);
      expect(n).toBe(0);
      expect(await seedDemoDataIfEmpty(fresh.db, () => {})).toBe(true);
    } finally {
      await fresh.close();
    }
  }, 120_000);
});
