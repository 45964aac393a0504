import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, planActions, plans, planVersions } from '../../../db/schema';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeStaff, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { pdfText } from './pdf-text.test-helper';
import { SAMPLE_CONTENT } from './plan-document.fixture';

let t: TestApp;
let planId: number;
let centreNameKk: string;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const centre = await makeCentre(t.db, { regionCode: '35', kind: 'regional' });
  const other = await makeCentre(t.db, { regionCode: '35' });
  centreNameKk = centre.nameKk;
  await makeStaff(t.db, {
    centreId: centre.id,
    lastName: 'Сейітова',
    firstName: 'Әсел',
    position: 'director',
  });
  const users = {
    manager: await makeUser(t.db, 'center_manager', { regionCode: '35', centreId: centre.id }),
    specialist: await makeUser(t.db, 'specialist', { regionCode: '35', centreId: centre.id }),
    otherSpecialist: await makeUser(t.db, 'specialist', { regionCode: '35', centreId: other.id }),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
    otherRegional: await makeUser(t.db, 'regional', { regionCode: '71' }),
    national: await makeUser(t.db, 'national'),
    partner: await makeUser(t.db, 'partner', { organisation: 'Partner LLP' }),
  };
  const [plan] = await t.db
    .insert(plans)
    .values({
      centreId: centre.id,
      regionCode: '35',
      year: 2026,
      status: 'submitted',
      createdBy: users.manager.id,
    })
    .returning();
  planId = plan.id;
  await t.db
    .insert(planVersions)
    .values({ planId, version: 1, basis: 'generated', content: SAMPLE_CONTENT, createdBy: users.manager.id });
  await t.db.insert(planActions).values({
    planId,
    version: 1,
    action: 'submit',
    fromStatus: 'draft',
    toStatus: 'submitted',
    actorId: users.manager.id,
    actorRole: 'center_manager',
    comment: 'Қаралуын сұраймыз',
  });
  for (const [key, user] of Object.entries(users))
    cookies[key] = await signIn(t.app, user.email, TEST_PASSWORD);
});

afterAll(() => t.close());

const get = (url: string, who?: string) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who] } : {} });

describe('GET /api/v1/plans/:id/document.pdf|.xlsx', () => {
  it('401 when signed out', async () => {
    expect((await get(`/api/v1/plans/${planId}/document.pdf?lang=kk`)).statusCode).toBe(401);
  });

  it('400 for a language the system does not have, naming the field', async () => {
    const res = await get(`/api/v1/plans/${planId}/document.pdf?lang=de`, 'manager');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('lang');
  });

  it('403 for a partner organisation', async () => {
    expect((await get(`/api/v1/plans/${planId}/document.pdf?lang=kk`, 'partner')).statusCode).toBe(403);
  });

  it('404 out of scope (another region, another centre), for a missing plan and a missing version', async () => {
    expect((await get(`/api/v1/plans/${planId}/document.pdf?lang=kk`, 'otherRegional')).statusCode).toBe(404);
    expect((await get(`/api/v1/plans/${planId}/document.xlsx`, 'otherSpecialist')).statusCode).toBe(404);
    expect((await get(`/api/v1/plans/${planId + 1000}/document.pdf`, 'national')).statusCode).toBe(404);
    expect((await get(`/api/v1/plans/${planId}/document.pdf?version=2`, 'manager')).statusCode).toBe(404);
  });

  it('200: the centre manager downloads the Kazakh PDF with the centre, its director, the plan and its trail; the download is audited', async () => {
    const res = await get(`/api/v1/plans/${planId}/document.pdf?lang=kk`, 'manager');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.headers['content-disposition']).toContain('2026');
    const text = pdfText(res.rawPayload);
    expect(text).toContain(centreNameKk);
    expect(text).toContain('Сейітова Әсел');
    expect(text).toContain('Жіберілді');
    expect(text).toContain('Жұмыссыз жастардың үлесін төмендету');
    expect(text).toContain('310 640 950 1 250');
    expect(text).toContain('Қарауға жіберілді');
    expect(text).toContain('Қаралуын сұраймыз');
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'plan'),
          eq(auditLog.entityId, String(planId)),
          eq(auditLog.action, 'download'),
        ),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ regionCode: '35', after: { format: 'pdf', lang: 'kk', version: 1 } });
  });

  it('200: the region and national users download the Russian PDF and the XLSX; a specialist of the centre too', async () => {
    const ru = await get(`/api/v1/plans/${planId}/document.pdf?lang=ru`, 'regional');
    expect(ru.statusCode).toBe(200);
    expect(pdfText(ru.rawPayload)).toContain('Индивидуальный годовой план развития');

    const xlsx = await get(`/api/v1/plans/${planId}/document.xlsx?lang=ru`, 'national');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet('Показатели')?.getRow(2).getCell(7).value).toBe(1250);
    expect(workbook.getWorksheet('История утверждения')?.getRow(2).getCell(4).value).toBe(
      'Направлен на рассмотрение',
    );

    expect((await get(`/api/v1/plans/${planId}/document.pdf?lang=kk`, 'specialist')).statusCode).toBe(200);
  });
});
