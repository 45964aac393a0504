import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKazakhstan } from '../../../../shared/today';
import { auditLog, districts } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { upload } from '../../registry/registry.files.test-support';
import { surveyDemand } from './survey-demand';
import { surveyAnswers, surveys } from './surveys.tables';

let t: TestApp;
const cookies: Record<string, string> = {};
let centreA: { id: number };
let centreB: { id: number };
let centreOther: { id: number };
let karagandaDistrict: { id: number; nameRu: string; nameKk: string };
let astanaDistrict: { id: number };

const today = todayInKazakhstan();
const shift = (days: number) => new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: object, lang = 'en') =>
  t.app.inject({
    method,
    url,
    payload,
    headers: { 'accept-language': lang, ...(who ? { cookie: cookies[who] } : {}) },
  });

const newSurvey = (extra: object = {}) => ({
  year,
  title: 'Жастарға қандай көмек қажет?',
  opensOn: shift(-1),
  closesOn: shift(30),
  directions: ['employment', 'psychology', 'legal_aid'],
  ...extra,
});

const device = (n: number) => `device-${n}-0123456789abcdef`;

beforeAll(async () => {
  t = await createTestApp();
  [karagandaDistrict] = await t.db.select().from(districts).where(eq(districts.regionCode, '35')).limit(1);
  [astanaDistrict] = await t.db.select().from(districts).where(eq(districts.regionCode, '71')).limit(1);
  centreA = await makeCentre(t.db, { regionCode: '35', districtId: karagandaDistrict.id });
  centreB = await makeCentre(t.db, { regionCode: '35' });
  centreOther = await makeCentre(t.db, { regionCode: '71' });
  const users = {
    national: await makeUser(t.db, 'national'),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
    managerA: await makeUser(t.db, 'center_manager', { regionCode: '35', centreId: centreA.id }),
    managerB: await makeUser(t.db, 'center_manager', { regionCode: '35', centreId: centreB.id }),
    specialist: await makeUser(t.db, 'specialist', { regionCode: '35', centreId: centreA.id }),
  };
  for (const [k, u] of Object.entries(users)) cookies[k] = await signIn(t.app, u.email, TEST_PASSWORD);
});
afterAll(() => t.close());

let surveyA: { id: number; token: string };

describe('POST /api/v1/surveys', () => {
  it('climbs 401 → 400 → 403 → out of scope, then creates an audited survey with a public token', async () => {
    expect((await call('POST', '/api/v1/surveys', undefined, newSurvey())).statusCode).toBe(401);

    const bad = await call(
      'POST',
      '/api/v1/surveys',
      'managerA',
      newSurvey({ closesOn: shift(-5), title: '' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['closesOn', 'title']);

    expect((await call('POST', '/api/v1/surveys', 'specialist', newSurvey())).statusCode).toBe(403);

    const foreign = await call('POST', '/api/v1/surveys', 'managerA', newSurvey({ centreId: centreB.id }));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([
      expect.objectContaining({ field: 'centreId', code: 'out_of_scope' }),
    ]);

    const events = await call('POST', '/api/v1/surveys', 'managerA', newSurvey({ directions: ['events'] }));
    expect(events.json().errors).toEqual([
      expect.objectContaining({ field: 'directions.0', code: 'invalid_choice' }),
    ]);

    const res = await call('POST', '/api/v1/surveys', 'managerA', newSurvey());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ centreId: centreA.id, regionCode: '35', status: 'open', answers: 0 });
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    surveyA = body;
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'survey'), eq(auditLog.entityId, String(body.id))));
    expect(audit).toMatchObject({ action: 'survey.create', regionCode: '35', centreId: centreA.id });
  });

  it('lets a regional user create for any centre of the region, not another region', async () => {
    const ok = await call('POST', '/api/v1/surveys', 'regional', newSurvey({ centreId: centreB.id }));
    expect(ok.statusCode).toBe(201);
    const out = await call('POST', '/api/v1/surveys', 'regional', newSurvey({ centreId: centreOther.id }));
    expect(out.statusCode).toBe(400);
    const national = await call(
      'POST',
      '/api/v1/surveys',
      'national',
      newSurvey({ centreId: centreOther.id }),
    );
    expect(national.statusCode).toBe(201);
  });
});

describe('GET /api/v1/surveys', () => {
  it('shows a centre manager only their centre’s surveys, a regional user their region’s, national all', async () => {
    const titlesOf = async (who: string) =>
      (await call('GET', '/api/v1/surveys', who)).json().items.map((s: { centreId: number }) => s.centreId);
    expect(await titlesOf('managerA')).toEqual([centreA.id]);
    expect((await titlesOf('managerB')).sort()).toEqual([centreB.id]);
    expect((await titlesOf('regional')).sort()).toEqual([centreA.id, centreB.id].sort());
    expect((await titlesOf('national')).sort()).toEqual([centreA.id, centreB.id, centreOther.id].sort());
    expect((await call('GET', `/api/v1/surveys/${surveyA.id}`, 'managerB')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/surveys/${surveyA.id}/results`, 'managerB')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/surveys/${surveyA.id}`, 'regional')).statusCode).toBe(200);
  });
});

describe('public survey page', () => {
  it('shows the questions without a sign-in, and refuses an unknown link', async () => {
    const res = await call('GET', `/api/public/v1/surveys/${surveyA.token}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('open');
    expect(body.directions.map((d: { code: string }) => d.code)).toEqual([
      'employment',
      'psychology',
      'legal_aid',
    ]);
    expect(body.directions[0].name.kk).toBe('Жұмысқа орналасуға көмек');
    expect(body.districts.length).toBeGreaterThan(5);
    expect(JSON.stringify(body)).not.toContain('createdBy');
    const unknown = await call('GET', '/api/public/v1/surveys/no-such-token-000', undefined, undefined, 'kk');
    expect(unknown.statusCode).toBe(404);
  });

  it('takes one answer per device and refuses the second with a localized message', async () => {
    const url = `/api/public/v1/surveys/${surveyA.token}/answers`;
    const first = await call('POST', url, undefined, {
      deviceId: device(1),
      directions: ['employment', 'psychology'],
      ageBand: '18-22',
      gender: 'female',
    });
    expect(first.statusCode).toBe(201);
    const again = await call(
      'POST',
      url,
      undefined,
      { deviceId: device(1), directions: ['legal_aid'] },
      'ru',
    );
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'survey_already_answered' });
    expect(again.json().title).toMatch(/уже ответили/);
    expect(
      (await call('POST', url, undefined, { deviceId: device(2), directions: ['legal_aid'] })).statusCode,
    ).toBe(201);

    const rows = await t.db.select().from(surveyAnswers).where(eq(surveyAnswers.surveyId, surveyA.id));
    expect(rows).toHaveLength(2);
    // Only a keyed hash of the device id is kept, and the answer without a district counts for the centre's.
    expect(JSON.stringify(rows)).not.toContain(device(1));
    expect(rows.every((r) => r.districtId === karagandaDistrict.id)).toBe(true);
  });

  it('refuses directions the survey does not offer and a district of another region', async () => {
    const url = `/api/public/v1/surveys/${surveyA.token}/answers`;
    const res = await call('POST', url, undefined, {
      deviceId: device(3),
      directions: ['volunteering'],
      districtId: astanaDistrict.id,
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['directions.0', 'districtId']);
    expect((await call('POST', url, undefined, { directions: ['employment'] })).statusCode).toBe(400);
  });

  it('refuses answers to a closed or not yet open survey', async () => {
    const [closed] = await t.db
      .insert(surveys)
      .values({
        token: 'closed-survey-token-1',
        centreId: centreA.id,
        regionCode: '35',
        year,
        title: 'Closed',
        opensOn: shift(-30),
        closesOn: shift(-1),
        directions: ['employment'],
      })
      .returning();
    const page = await call('GET', `/api/public/v1/surveys/${closed.token}`);
    expect(page.json().status).toBe('closed');
    const res = await call(
      'POST',
      `/api/public/v1/surveys/${closed.token}/answers`,
      undefined,
      { deviceId: device(4), directions: ['employment'] },
      'kk',
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'survey_closed' });
    expect(res.json().title).toMatch(/жауап қабылдамайды/);
    const [{ n }] = await t.db
      .select({ n: count() })
      .from(surveyAnswers)
      .where(eq(surveyAnswers.surveyId, closed.id));
    expect(n).toBe(0);
  });
});

describe('POST /api/v1/surveys/:id/import', () => {
  const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\n')}`, 'utf8');
  const url = (mode: string) => `/api/v1/surveys/${surveyA.id}/import?mode=${mode}`;

  it('lists every bad row in the caller’s language and writes nothing, even on commit', async () => {
    expect((await upload(t.app, url('dry-run'), csv(['a']))).statusCode).toBe(401);
    expect((await upload(t.app, url('dry-run'), csv(['a']), { cookie: cookies.specialist })).statusCode).toBe(
      403,
    );
    expect((await upload(t.app, url('dry-run'), csv(['a']), { cookie: cookies.managerB })).statusCode).toBe(
      404,
    );
    const file = csv([
      'Виды помощи;Возраст;Пол;Район',
      '"employment; Психологическая поддержка";18-22;ж;',
      'полёты в космос;14-17;м;',
      'legal_aid;99-100;;',
      `employment;;;${karagandaDistrict.nameRu}`,
      'employment;;;Есильский район города Астаны',
    ]);
    const dry = await upload(t.app, url('dry-run'), file, {
      cookie: cookies.managerA,
      lang: 'ru',
      name: 'a.csv',
    });
    expect(dry.statusCode).toBe(200);
    const report = dry.json();
    expect(report).toMatchObject({ ok: false, totalRows: 5, validRows: 2, invalidRows: 3, created: 0 });
    expect(
      report.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code]),
    ).toEqual([
      [3, 'directions', 'invalid_choice'],
      [4, 'ageBand', 'invalid_choice'],
      [6, 'district', 'outside_region'],
    ]);
    expect(report.errors[0].column).toBe('Виды помощи');
    const commit = await upload(t.app, url('commit'), file, {
      cookie: cookies.managerA,
      lang: 'ru',
      name: 'a.csv',
    });
    expect(commit.statusCode).toBe(422);
    const [{ n }] = await t.db
      .select({ n: count() })
      .from(surveyAnswers)
      .where(and(eq(surveyAnswers.surveyId, surveyA.id), eq(surveyAnswers.origin, 'import')));
    expect(n).toBe(0);
  });

  it('imports all good rows, which count in demand like online answers', async () => {
    const before = await surveyDemand(t.db, { regionCode: '35', districtId: null }, year);
    const file = csv([
      'Көмек түрлері,Жас тобы,Жынысы,Ауданы',
      `"legal_aid, employment",23-29,Әйел,${karagandaDistrict.nameKk}`,
      'Правовая помощь,,,',
    ]);
    const res = await upload(t.app, url('commit'), file, {
      cookie: cookies.regional,
      lang: 'kk',
      name: 'b.csv',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, created: 2 });
    const after = await surveyDemand(t.db, { regionCode: '35', districtId: null }, year);
    expect(after.answers).toBe(before.answers + 2);
    // Before: two online answers, one naming legal aid; now four, three naming it.
    expect(after.shares.legal_aid).toBeCloseTo(3 / 4);
    expect(after.shares.employment).toBeCloseTo(2 / 4);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'survey.import_answers'));
    expect(audit).toMatchObject({ entityId: String(surveyA.id), after: { answers: 2 } });

    const results = (await call('GET', `/api/v1/surveys/${surveyA.id}/results`, 'managerA')).json();
    expect(results.survey.answers).toBe(4);
    expect(results.region).toMatchObject({ regionCode: '35', answers: 4 });
    const noDistrict = results.districts.find((d: { districtId: number | null }) => d.districtId === null);
    expect(noDistrict).toMatchObject({ answers: 1, shares: { legal_aid: 1, employment: 0 } });
  });
});
