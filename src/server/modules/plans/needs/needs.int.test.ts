import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeedsProfile } from '../../../../shared/contracts/needs';
import { todayInKazakhstan } from '../../../../shared/today';
import { auditLog, districts } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { serviceDirections, serviceTypes } from '../../journal/journal.tables';
import { insertRecords } from '../../journal/records/records.writer';
import { youth } from '../../journal/youth/youth.tables';
import { indicators, indicatorValues } from '../indicators.tables';
import { surveyAnswers, surveys } from '../surveys/surveys.tables';
import { DEFAULT_NEEDS_METHODOLOGY } from './needs.defaults';
import { needsMethodologies } from './needs.tables';

let t: TestApp;
const cookies: Record<string, string> = {};
const year = Number(todayInKazakhstan().slice(0, 4));
let centreId: number;
let otherCentreId: number;

const call = (method: 'GET' | 'PUT', url: string, who?: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { 'accept-language': 'en', ...(who ? { cookie: cookies[who] } : {}) },
  });
const profileUrl = (id: number) => `/api/v1/needs/profile?centreId=${id}&year=${year}`;
const component = (p: NeedsProfile, direction: string, key: string) =>
  p.directions.find((d) => d.direction === direction)?.components.find((c) => c.key === key);

beforeAll(async () => {
  t = await createTestApp();
  // Mangystau (47): NEET 10.0 % (2025) and 240,031 young residents aged 14-34 (2025) in regions.csv.
  const [district] = await t.db.select().from(districts).where(eq(districts.regionCode, '47')).limit(1);
  const centre = await makeCentre(t.db, { regionCode: '47', districtId: district.id });
  const other = await makeCentre(t.db, { regionCode: '71' });
  [centreId, otherCentreId] = [centre.id, other.id];
  const users = {
    national: await makeUser(t.db, 'national'),
    admin: await makeUser(t.db, 'admin'),
    regional: await makeUser(t.db, 'regional', { regionCode: '47' }),
    otherRegional: await makeUser(t.db, 'regional', { regionCode: '71' }),
    manager: await makeUser(t.db, 'center_manager', { centreId: centre.id }),
    specialist: await makeUser(t.db, 'specialist', { centreId: centre.id }),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [k, u] of Object.entries(users)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);

  // Last year's journal: one young person served under psychology three times, nothing else.
  const [psychology] = await t.db
    .select({ id: serviceTypes.id, directionId: serviceTypes.directionId })
    .from(serviceTypes)
    .innerJoin(serviceDirections, eq(serviceDirections.id, serviceTypes.directionId))
    .where(and(eq(serviceDirections.code, 'psychology'), eq(serviceTypes.isGroup, false)))
    .limit(1);
  const [person] = await t.db
    .insert(youth)
    .values({
      centreId: centre.id,
      regionCode: '47',
      lastName: 'Сәрсенбаев',
      firstName: 'Әлихан',
      birthDate: '2004-05-05',
      gender: 'male',
      status: 'neet',
    })
    .returning();
  const record = (serviceDate: string) => ({
    centreId: centre.id,
    regionCode: '47',
    serviceTypeId: psychology.id,
    directionId: psychology.directionId,
    isConfidential: false,
    youthId: person.id,
    serviceDate,
    serviceTime: null,
    format: 'in_person' as const,
    durationMinutes: 30,
    specialistId: users.specialist.id,
    programmeId: null,
    referral: null,
    outcome: null,
    notes: null,
  });
  await t.db.transaction((tx) =>
    insertRecords(tx, { userId: users.national.id, label: 'test' }, users.national.id, [
      record(`${year - 1}-03-01`),
      record(`${year - 1}-04-01`),
      record(`${year - 1}-05-01`),
    ]),
  );

  // This year's survey in the centre's district: 30 answers (the threshold), all naming
  // psychology, 12 naming employment too.
  const [survey] = await t.db
    .insert(surveys)
    .values({
      token: 'needs-test',
      centreId: centre.id,
      regionCode: '47',
      year,
      title: 'Қажеттіліктер',
      opensOn: `${year}-01-10`,
      closesOn: `${year}-02-10`,
      directions: ['employment', 'psychology'],
    })
    .returning();
  await t.db.insert(surveyAnswers).values(
    Array.from({ length: 30 }, (_, i) => ({
      surveyId: survey.id,
      regionCode: '47',
      districtId: district.id,
      year,
      directions: i < 12 ? ['psychology', 'employment'] : ['psychology'],
      origin: 'import' as const,
    })),
  );
});
afterAll(() => t.close());

describe('GET /api/v1/needs/profile', () => {
  it('climbs 401 → 400 → 403 → 404 and keeps users to their region and centre', async () => {
    expect((await call('GET', profileUrl(centreId))).statusCode).toBe(401);
    const bad = await call('GET', `/api/v1/needs/profile?centreId=${centreId}&year=20x6`, 'national');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'year' })]);
    expect((await call('GET', profileUrl(centreId), 'partner')).statusCode).toBe(403);
    expect((await call('GET', profileUrl(centreId), 'otherRegional')).statusCode).toBe(404);
    expect((await call('GET', profileUrl(otherCentreId), 'manager')).statusCode).toBe(404);
    expect((await call('GET', profileUrl(otherCentreId), 'regional')).statusCode).toBe(404);
    expect((await call('GET', profileUrl(999999), 'national')).statusCode).toBe(404);
    for (const who of ['manager', 'specialist', 'regional', 'national', 'admin']) {
      expect((await call('GET', profileUrl(centreId), who)).statusCode).toBe(200);
    }
  });

  it('scores the seeded centre from statistics, its district survey and last year’s journal', async () => {
    const res = await call('GET', profileUrl(centreId), 'manager');
    const profile = res.json() as NeedsProfile;
    expect(profile).toMatchObject({ centreId, year, methodology: { year, revision: 1 } });
    const codes = profile.directions.map((d) => d.direction);
    expect(codes).not.toContain('events');
    expect(codes).toContain('leisure');
    // NEET 10.0 % against 3.5 %: capped at 1 × 0.4 = 40 points, for the NEET directions only.
    expect(component(profile, 'employment', 'neet_gap')).toMatchObject({
      value: 10,
      benchmark: 3.5,
      normalized: 1,
      contribution: 40,
      source: 'statistics',
      year: 2025,
    });
    expect(component(profile, 'psychology', 'neet_gap')).toBeUndefined();
    // 30 answers in the district reach the threshold: the district's shares count.
    expect(component(profile, 'employment', 'survey_demand')).toMatchObject({
      value: 0.4,
      normalized: 0.8,
      contribution: 20,
      year,
      basis: { place: 'district', figures: { answers: 30, districtAnswers: 30, threshold: 30 } },
    });
    // All of last year's services were psychology, which everyone asks for: nothing unmet there.
    expect(component(profile, 'psychology', 'unmet_demand')).toMatchObject({
      value: 0,
      basis: {
        figures: { demandShare: 1, serviceShare: 1, services: 3, servicesTotal: 3, journalYear: year - 1 },
      },
    });
    // The district's population is unknown: the centre's share of the region's young residents.
    const coverage = component(profile, 'psychology', 'coverage_gap')!;
    expect(coverage.basis).toMatchObject({
      place: 'region_share',
      figures: { served: 1, regionResidents: 240031 },
    });
    expect(coverage.ageBand).toBe('14-34');
    // A NEET region and demand for jobs put employment first, with the NEET directions ahead.
    expect(codes[0]).toBe('employment');
    expect(codes.slice(1, 5).sort()).toEqual([
      'career_guidance',
      'entrepreneurship',
      'outreach',
      'state_programmes',
    ]);
    const again = (await call('GET', profileUrl(centreId), 'national')).json();
    expect(again).toEqual(profile);
  });
});

describe('the places a profile counts', () => {
  it('takes the region’s answers when the district has too few, and the district’s own population when known', async () => {
    const [, second] = await t.db.select().from(districts).where(eq(districts.regionCode, '47')).limit(2);
    const centre = await makeCentre(t.db, { regionCode: '47', districtId: second.id });
    const [population] = await t.db.select().from(indicators).where(eq(indicators.code, 'youth_population'));
    await t.db.insert(indicatorValues).values({
      indicatorId: population.id,
      regionCode: '47',
      districtId: second.id,
      year: year - 1,
      value: 5000,
      ageBand: '14-34',
      origin: 'manual',
    });
    const profile = (await call('GET', profileUrl(centre.id), 'regional')).json() as NeedsProfile;
    expect(component(profile, 'employment', 'survey_demand')).toMatchObject({
      value: 0.4,
      basis: {
        place: 'region',
        figures: { answers: 30, districtAnswers: 0, regionAnswers: 30, threshold: 30 },
      },
    });
    expect(component(profile, 'psychology', 'coverage_gap')).toMatchObject({
      value: 0,
      year: year - 1,
      ageBand: '14-34',
      basis: { place: 'district', figures: { served: 0, residents: 5000, residentsYear: year - 1 } },
    });
  });
});

describe('needs methodology', () => {
  const url = `/api/v1/needs/methodology/${year}`;
  const edited = {
    ...DEFAULT_NEEDS_METHODOLOGY,
    weights: { neet_gap: 0, survey_demand: 1, coverage_gap: 0, unmet_demand: 0 },
    note: 'Survey only',
  };

  it('is readable by staff with its revisions', async () => {
    expect((await call('GET', url)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/needs/methodology/1999', 'national')).statusCode).toBe(400);
    expect((await call('GET', url, 'partner')).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/needs/methodology/2099', 'national')).statusCode).toBe(404);
    const res = await call('GET', url, 'specialist');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      year,
      revision: 1,
      createdBy: null,
      methodology: DEFAULT_NEEDS_METHODOLOGY,
    });
    const years = (await call('GET', '/api/v1/needs/methodology', 'regional')).json().items;
    expect(years.map((y: { year: number }) => y.year)).toEqual(expect.arrayContaining([year, year - 1]));
  });

  it('refuses a bad methodology field by field and changes nothing', async () => {
    const before = await t.db.select().from(needsMethodologies);
    const { neetTarget: _, ...missingTarget } = edited;
    const bad = await call('PUT', url, 'national', {
      ...missingTarget,
      weights: { ...edited.weights, neet_gap: -1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'weights.neet_gap', code: 'too_small' }),
        expect.objectContaining({ field: 'neetTarget', code: 'required' }),
      ]),
    );
    const unknown = await call('PUT', url, 'national', {
      ...edited,
      neetDirections: ['employment', 'flying'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({ field: 'neetDirections.1', code: 'not_found' }),
    ]);
    const zero = await call('PUT', url, 'national', {
      ...edited,
      weights: { neet_gap: 0, survey_demand: 0, coverage_gap: 0, unmet_demand: 0 },
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().errors).toEqual([expect.objectContaining({ field: 'weights' })]);
    expect((await call('PUT', url, 'regional', edited)).statusCode).toBe(403);
    expect(await t.db.select().from(needsMethodologies)).toEqual(before);
  });

  it('saves a new revision, keeps the old one and scores by the new one', async () => {
    const res = await call('PUT', url, 'national', edited);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      year,
      revision: 2,
      note: 'Survey only',
      methodology: { weights: edited.weights },
    });
    const revisions = (await call('GET', `${url}/revisions`, 'national')).json().items;
    expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
    expect((await call('GET', `${url}?revision=1`, 'national')).json().methodology).toEqual(
      DEFAULT_NEEDS_METHODOLOGY,
    );
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'needs_methodology'), eq(auditLog.entityId, String(year))));
    expect(audit).toMatchObject({ action: 'update', after: expect.objectContaining({ revision: 2 }) });

    const profile = (await call('GET', profileUrl(centreId), 'manager')).json() as NeedsProfile;
    expect(profile.methodology).toEqual({ year, revision: 2 });
    // Only survey demand weighs now: psychology, named by every answer, comes first with 100.
    expect(profile.directions[0]).toMatchObject({ direction: 'psychology', score: 100 });
    expect(component(profile, 'employment', 'neet_gap')).toMatchObject({ weight: 0, contribution: 0 });
    expect(profile.directions.find((d) => d.direction === 'employment')?.score).toBe(80);
  });
});
