import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EvaluationCentre,
  EvaluationInputs,
  EvaluationRating,
  EvaluationWeights,
} from '../../../../shared/contracts/evaluation';
import type { PlanContent } from '../../../../shared/contracts/plan-content';
import { auditLog } from '../../../platform/audit/audit.tables';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { neetCases } from '../../journal/cases/cases.tables';
import { serviceTypes } from '../../journal/journal.tables';
import { insertRecords, type RecordDraft } from '../../journal/records/records.writer';
import { youth } from '../../journal/youth/youth.tables';
import { indicators, indicatorValues } from '../indicators.tables';
import { plans, planVersions } from '../plans/plans.tables';
import { type CentreToRate, rateCentres } from './evaluation.score';
import { DEFAULT_EVALUATION_WEIGHTS } from './evaluation.weights';

// The rating of 2025 over three centres whose every figure is laid down below, so the expected
// inputs are known by hand and the expected scores come from the pure scoring on those inputs.
let t: TestApp;
const cookies: Record<string, string> = {};
type Centre = Awaited<ReturnType<typeof makeCentre>>;
let a35: Centre;
let b35: Centre;
let c75: Centre;
let planId: number;

const call = (method: 'GET' | 'PUT', url: string, who?: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/evaluation/${url}`,
    headers: { 'accept-language': 'en', ...(who ? { cookie: cookies[who] } : {}) },
    ...(payload ? { payload } : {}),
  });

const kpi = (id: string, indicatorCode: string, target: number): PlanContent['kpis'][number] => ({
  id,
  goalId: null,
  name: { kk: 'Қамту', ru: 'Охват', en: 'Reach' },
  source: 'journal',
  measure: { indicatorCode, direction: null },
  unit: 'people',
  baseline: null,
  baselineYear: null,
  target,
  quarterTargets: [target / 4, target / 2, (3 * target) / 4, target],
});

/** What the journal, cases, plans and statistics below give each centre for 2025. */
const expectedInputs = (): Map<Centre, EvaluationInputs> =>
  new Map([
    [
      a35,
      {
        // served_youth 4 of 4 met; neet_reached 1 of 2: share (1 + 0.5) / 2.
        plan: { id: planId, approvedVersion: 1, kpis: 2, met: 1, share: 0.75, asOf: '2025-12-31' },
        served: 4,
        neetReached: 1,
        services: 6,
        casesConfirmed: 1,
        casesSettled: 2,
        regionYouth: 100_000,
        centresInRegion: 2,
      },
    ],
    [
      b35,
      {
        plan: null,
        served: 2,
        neetReached: 1,
        services: 2,
        casesConfirmed: 0,
        casesSettled: 0,
        regionYouth: 100_000,
        centresInRegion: 2,
      },
    ],
    [
      c75,
      {
        plan: null,
        served: 3,
        neetReached: 0,
        services: 3,
        casesConfirmed: 1,
        casesSettled: 1,
        regionYouth: 60_000,
        centresInRegion: 1,
      },
    ],
  ]);

const expectedRating = (weights = DEFAULT_EVALUATION_WEIGHTS, revision = 1) =>
  rateCentres(
    [...expectedInputs()].map(
      ([c, inputs]): CentreToRate => ({
        centre: {
          id: c.id,
          code: c.code,
          name: { kk: c.nameKk, ru: c.nameRu, en: c.nameEn },
          regionCode: c.regionCode,
        },
        inputs,
      }),
    ),
    weights,
    { year: 2025, revision },
  );

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db;
  a35 = await makeCentre(db, { regionCode: '35', kind: 'regional' });
  b35 = await makeCentre(db, { regionCode: '35', kind: 'district', parentId: a35.id });
  c75 = await makeCentre(db, { regionCode: '75', kind: 'regional' });

  const [population] = await db.select().from(indicators).where(eq(indicators.code, 'youth_population'));
  await db
    .delete(indicatorValues)
    .where(
      and(eq(indicatorValues.indicatorId, population.id), inArray(indicatorValues.regionCode, ['35', '75'])),
    );
  await db.insert(indicatorValues).values(
    [
      ['35', 100_000],
      ['75', 60_000],
    ].map(([regionCode, value]) => ({
      indicatorId: population.id,
      regionCode: regionCode as string,
      year: 2025,
      value: value as number,
      ageBand: '14-34',
      origin: 'manual' as const,
    })),
  );

  const users = {
    national: await makeUser(db, 'national'),
    regional: await makeUser(db, 'regional', { regionCode: '35' }),
    manager: await makeUser(db, 'center_manager', { centreId: b35.id }),
    specialist: await makeUser(db, 'specialist', { centreId: a35.id }),
    partner: await makeUser(db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(users)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);

  // Young people per centre, the first `neet` of them NEET.
  const people = async (centre: Centre, n: number, neet: number) =>
    db
      .insert(youth)
      .values(
        Array.from({ length: n }, (_, i) => ({
          centreId: centre.id,
          regionCode: centre.regionCode,
          lastName: `Жастар${centre.id}-${i}`,
          firstName: 'Әлия',
          birthDate: '2001-03-04',
          gender: 'female' as const,
          status: i < neet ? ('neet' as const) : ('studying' as const),
        })),
      )
      .returning();
  const youthA = await people(a35, 4, 1);
  const youthB = await people(b35, 2, 1);
  const youthC = await people(c75, 3, 0);

  const [type] = await db.select().from(serviceTypes).orderBy(serviceTypes.id).limit(1);
  const draft = (centre: Centre, youthId: number | null, serviceDate: string): RecordDraft => ({
    centreId: centre.id,
    regionCode: centre.regionCode,
    serviceTypeId: type.id,
    directionId: type.directionId,
    isConfidential: false,
    youthId,
    serviceDate,
    serviceTime: null,
    format: 'in_person',
    durationMinutes: 30,
    specialistId: null,
    programmeId: null,
    referral: null,
    outcome: null,
    notes: null,
  });
  const drafts = [
    // a35: four people, one of them twice, and one anonymous service: 6 services.
    ...youthA.map((y, i) => draft(a35, y.id, `2025-0${i + 2}-10`)),
    draft(a35, youthA[0].id, '2025-11-20'),
    draft(a35, null, '2025-06-01'),
    ...youthB.map((y) => draft(b35, y.id, '2025-05-05')),
    ...youthC.map((y) => draft(c75, y.id, '2025-09-09')),
    // Another year: must not count.
    draft(c75, youthC[0].id, '2024-12-31'),
    draft(b35, youthB[0].id, '2026-01-02'),
  ];
  const actor = { userId: users.national.id, label: 'test' };
  await db.transaction((tx) => insertRecords(tx, actor, users.national.id, drafts));

  // Settled NEET cases: a35 one held at six months and one that did not hold; c75 one held; one
  // held case closed in 2024 and one still open must not count.
  const settled = (
    centre: Centre,
    youthId: number,
    status: 'closed_confirmed' | 'closed_not_held',
    closedOn: string,
  ) => ({
    youthId,
    centreId: centre.id,
    regionCode: centre.regionCode,
    caseWorkerId: users.specialist.id,
    status,
    openedOn: '2024-06-01',
    outcome: 'employed' as const,
    outcomeOn: '2024-09-01',
    closedOn,
  });
  await db.insert(neetCases).values([
    settled(a35, youthA[0].id, 'closed_confirmed', '2025-03-01'),
    settled(a35, youthA[1].id, 'closed_not_held', '2025-04-01'),
    settled(c75, youthC[0].id, 'closed_confirmed', '2025-03-01'),
    settled(c75, youthC[1].id, 'closed_confirmed', '2024-12-30'),
    {
      youthId: youthB[0].id,
      centreId: b35.id,
      regionCode: '35',
      caseWorkerId: users.specialist.id,
      status: 'in_progress' as const,
      openedOn: '2025-02-01',
    },
  ]);

  // a35 has an approved plan; b35 only a draft.
  const content = (kpis: PlanContent['kpis']): PlanContent => ({
    priorities: [],
    goals: [],
    kpis,
    activities: [],
    budget: [],
  });
  const [approved] = await db
    .insert(plans)
    .values({
      centreId: a35.id,
      regionCode: '35',
      year: 2025,
      status: 'approved',
      approvedVersion: 1,
      createdBy: users.national.id,
    })
    .returning();
  planId = approved.id;
  const [draftPlan] = await db
    .insert(plans)
    .values({ centreId: b35.id, regionCode: '35', year: 2025, createdBy: users.national.id })
    .returning();
  await db.insert(planVersions).values([
    {
      planId,
      version: 1,
      basis: 'generated',
      content: content([kpi('k1', 'served_youth', 4), kpi('k2', 'neet_reached', 2)]),
      createdBy: users.national.id,
    },
    {
      planId: draftPlan.id,
      version: 1,
      basis: 'generated',
      content: content([kpi('k1', 'served_youth', 1)]),
      createdBy: users.national.id,
    },
  ]);
});
afterAll(() => t?.close());

describe('GET /api/v1/evaluation/rating', () => {
  it('asks for sign-in, checks the year, and has no rating for specialists and partners', async () => {
    expect((await call('GET', 'rating?year=2025')).statusCode).toBe(401);
    const bad = await call('GET', 'rating?year=1999', 'national');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'year', code: 'too_small' })]);
    expect((await call('GET', 'rating?year=2025', 'specialist')).statusCode).toBe(403);
    expect((await call('GET', 'rating?year=2025', 'partner')).statusCode).toBe(403);
  });

  it('gathers each centre’s figures from the journal, cases, plans and statistics', async () => {
    for (const [centre, inputs] of expectedInputs()) {
      const res = await call('GET', `centres/${centre.id}?year=2025`, 'national');
      expect(res.statusCode).toBe(200);
      expect((res.json() as EvaluationCentre).inputs, centre.code).toEqual(inputs);
    }
    // The journal figures equal the raw journal.
    const raw = (
      (await t.db.execute(sql`select r.centre_id, count(*)::int as services, count(distinct r.youth_id)::int as served
        from journal_records r where r.deleted_at is null and extract(year from r.service_date) = 2025
        group by 1`)) as unknown as { rows: { centre_id: number; services: number; served: number }[] }
    ).rows;
    for (const [centre, inputs] of expectedInputs()) {
      const r = raw.find((x) => Number(x.centre_id) === centre.id);
      expect([inputs.services, inputs.served]).toEqual([r?.services, r?.served]);
    }
  });

  it('rates the country with the scores of the pure scoring on the gathered inputs', async () => {
    const res = await call('GET', 'rating?year=2025', 'national');
    expect(res.statusCode).toBe(200);
    const body = res.json() as EvaluationRating;
    const expected = expectedRating();
    expect(body.method).toEqual(expected.method);
    expect(body.items).toEqual(expected.rows);
    expect(body.nationalCount).toBe(3);
    // Served per 1,000 of the area: a35 4 / 50,000 → 0.08, b35 0.04, c75 3 / 60,000 → 0.05 (the median).
    // a35: 30 (plan 0.75) + 20 (coverage capped) + 10 (outcomes 1/2) + 3.75 (reach 1/4) + 5 (1.5 services a person).
    // c75: 0 (no plan) + 20 + 20 (outcomes 1/1) + 0 + 5; b35: 0 + 16 (0.04 / 0.05) + 0 (no case) + 7.5 + 5.
    expect(body.items.map((r) => [r.centre.code, r.score, r.rank, r.regionRank])).toEqual([
      [a35.code, 68.75, 1, 1],
      [c75.code, 45, 2, 1],
      [b35.code, 28.5, 3, 2],
    ]);
    const b = body.items[2];
    expect(b.components[0]).toMatchObject({
      key: 'plan_fulfilment',
      contribution: 0,
      zeroReason: 'no_approved_plan',
    });
  });

  it('confines regional users and centre managers to their own region', async () => {
    for (const who of ['regional', 'manager']) {
      const res = await call('GET', 'rating?year=2025', who);
      expect(res.statusCode).toBe(200);
      const body = res.json() as EvaluationRating;
      expect(body.regionCode).toBe('35');
      expect(body.items.map((r) => [r.centre.id, r.rank, r.regionRank])).toEqual([
        [a35.id, 1, 1],
        [b35.id, 3, 2],
      ]);
      expect((await call('GET', 'rating?year=2025&regionCode=75', who)).statusCode).toBe(404);
    }
    const region75 = (
      await call('GET', 'rating?year=2025&regionCode=75', 'national')
    ).json() as EvaluationRating;
    expect(region75.items.map((r) => r.centre.id)).toEqual([c75.id]);
  });
});

describe('GET /api/v1/evaluation/centres/:centreId', () => {
  it('climbs 401, 400, 403, 404 and answers a centre’s breakdown in scope', async () => {
    expect((await call('GET', `centres/${a35.id}?year=2025`)).statusCode).toBe(401);
    const bad = await call('GET', 'centres/abc?year=2025', 'national');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'centreId' });
    expect((await call('GET', `centres/${a35.id}?year=2025`, 'specialist')).statusCode).toBe(403);
    expect((await call('GET', `centres/${c75.id}?year=2025`, 'regional')).statusCode).toBe(404);
    expect((await call('GET', `centres/${c75.id}?year=2025`, 'manager')).statusCode).toBe(404);
    expect((await call('GET', 'centres/999999?year=2025', 'national')).statusCode).toBe(404);

    const res = await call('GET', `centres/${b35.id}?year=2025`, 'regional');
    expect(res.statusCode).toBe(200);
    const body = res.json() as EvaluationCentre;
    expect(body).toMatchObject({ year: 2025, nationalCount: 3, regionCount: 2 });
    expect(body.row).toEqual(expectedRating().rows.find((r) => r.centre.id === b35.id));
  });
});

describe('/api/v1/evaluation/weights/:year', () => {
  const weightsOf = async (year: number) =>
    (await call('GET', `weights/${year}`, 'national')).json() as EvaluationWeights;
  const auditCount = async () =>
    (await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'evaluation_weights'))).length;

  it('reads the seeded default, and a year without its own takes the nearest earlier year’s', async () => {
    expect((await call('GET', 'weights/2025')).statusCode).toBe(401);
    expect((await call('GET', 'weights/20x5', 'national')).statusCode).toBe(400);
    expect((await call('GET', 'weights/2025', 'partner')).statusCode).toBe(403);
    const res = await call('GET', 'weights/2025', 'manager');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      year: 2025,
      sourceYear: 2025,
      revision: 1,
      weights: DEFAULT_EVALUATION_WEIGHTS,
    });
    expect((res.json() as EvaluationWeights).history).toEqual([
      expect.objectContaining({ revision: 1, weights: DEFAULT_EVALUATION_WEIGHTS, savedBy: null }),
    ]);
    expect(await weightsOf(2031)).toMatchObject({ sourceYear: 2026, revision: 1, history: [] });
  });

  it('refuses bad weights field by field and changes nothing', async () => {
    const before = await auditCount();
    const body = { revision: 1, weights: { ...DEFAULT_EVALUATION_WEIGHTS, coverage: 120, neet_reach: -1 } };
    expect((await call('PUT', 'weights/2025', undefined, body)).statusCode).toBe(401);
    const bad = await call('PUT', 'weights/2025', 'national', body);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'weights.coverage', code: 'too_big' }),
        expect.objectContaining({ field: 'weights.neet_reach', code: 'too_small' }),
      ]),
    );
    const sum = await call('PUT', 'weights/2025', 'national', {
      revision: 1,
      weights: { ...DEFAULT_EVALUATION_WEIGHTS, coverage: 30 },
    });
    expect(sum.statusCode).toBe(400);
    expect(sum.json().errors).toEqual([
      expect.objectContaining({ field: 'weights', code: 'weights_sum', params: { total: 110 } }),
    ]);
    expect(sum.json().errors[0].message).toContain('110');
    const regional = await call('PUT', 'weights/2025', 'regional', {
      revision: 1,
      weights: DEFAULT_EVALUATION_WEIGHTS,
    });
    expect(regional.statusCode).toBe(403);
    expect(await weightsOf(2025)).toMatchObject({ revision: 1, weights: DEFAULT_EVALUATION_WEIGHTS });
    expect(await auditCount()).toBe(before);
  });

  it('saves new weights as the next revision, audited, and the rating follows them', async () => {
    const weights = {
      plan_fulfilment: 100,
      coverage: 0,
      neet_outcomes: 0,
      neet_reach: 0,
      service_intensity: 0,
    };
    const res = await call('PUT', 'weights/2025', 'national', { revision: 1, weights });
    expect(res.statusCode).toBe(200);
    const saved = res.json() as EvaluationWeights;
    expect(saved).toMatchObject({ year: 2025, sourceYear: 2025, revision: 2, weights });
    expect(saved.history.map((h) => h.revision)).toEqual([2, 1]);
    expect(saved.history[0].savedBy).toMatch(/^Test national/);

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'evaluation_weights'));
    expect(entry).toMatchObject({
      action: 'update',
      before: { year: 2025, revision: 1, weights: DEFAULT_EVALUATION_WEIGHTS },
      after: { year: 2025, revision: 2, weights },
    });

    const rating = (await call('GET', 'rating?year=2025', 'national')).json() as EvaluationRating;
    expect(rating.method).toMatchObject({ weights, weightsYear: 2025, weightsRevision: 2 });
    expect(rating.items).toEqual(expectedRating(weights, 2).rows);
    expect(rating.items.map((r) => [r.centre.code, r.score, r.rank])).toEqual([
      [a35.code, 75, 1],
      [b35.code, 0, 2],
      [c75.code, 0, 2],
    ]);

    // A save over a revision someone else already replaced is a conflict.
    const stale = await call('PUT', 'weights/2025', 'national', {
      revision: 1,
      weights: DEFAULT_EVALUATION_WEIGHTS,
    });
    expect(stale.statusCode).toBe(409);
    expect((await weightsOf(2025)).revision).toBe(2);
  });
});
