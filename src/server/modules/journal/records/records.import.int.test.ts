import { and, count, eq, gt, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iinCheckDigit } from '../../../../shared/iin';
import { auditLog } from '../../../db/schema';
import { dataProtection } from '../../../platform/crypto';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, TEST_PASSWORD } from '../../../test/factories';
import { sheetRows, upload, xlsxOf } from '../../registry/registry.files.test-support';
import { youth, youthConsents } from '../youth/youth.tables';
import { journalRecords } from './records.tables';
import { expectedRollups, storedRollups } from './rollups';

let t: TestApp;
const cookies: Record<string, string> = {};
const people: Record<string, number> = {};
const emails: Record<string, string> = {};
const DRY = '/api/v1/journal/import?mode=dry-run';
const COMMIT = '/api/v1/journal/import?mode=commit';
const SECRET = 'Тайная заметка психолога 7731';

const HEADER_RU = [
  'Дата',
  'Время',
  'Код центра',
  'Код вида услуги',
  'Молодой человек (ID или ИИН)',
  'Формат',
  'Длительность, мин',
  'Эл. почта специалиста',
  'Специалист (ФИО)',
  'Код госпрограммы',
  'Куда направлен(а)',
  'Результат',
  'Заметки',
];

/** A valid IIN for a birth date (yyyy-mm-dd, 2000s) and gender. */
function iinFor(birthDate: string, gender: 'male' | 'female', serial = 1): string {
  const [y, m, d] = birthDate.split('-');
  const century = gender === 'male' ? '5' : '6';
  for (let s = serial; ; s++) {
    const first11 = `${y.slice(2)}${m}${d}${century}${String(s).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}
const IIN_AIGERIM = iinFor('2004-03-15', 'female', 11);

async function registered(
  centre: { id: number; regionCode: string },
  recordedBy: number,
  over: Partial<typeof youth.$inferInsert> = {},
  withdrawn = false,
) {
  const [row] = await t.db
    .insert(youth)
    .values({
      centreId: centre.id,
      regionCode: centre.regionCode,
      lastName: 'Сейітқали',
      firstName: 'Әйгерім',
      birthDate: '2004-03-15',
      gender: 'female',
      status: 'neet',
      ...over,
    })
    .returning();
  await t.db.insert(youthConsents).values({
    youthId: row.id,
    scope: 'services',
    recordedBy,
    ...(withdrawn ? { withdrawnAt: new Date() } : {}),
  });
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const a = await makeCentre(t.db, { regionCode: '35', code: 'YRC-35-001', kind: 'regional' });
  const b = await makeCentre(t.db, { regionCode: '35', code: 'YRC-35-002', kind: 'city' });
  const c = await makeCentre(t.db, { regionCode: '71', code: 'YRC-71-001', kind: 'regional' });
  const users = {
    national: await makeUser(t.db, 'national'),
    regional: await makeUser(t.db, 'regional', { regionCode: '35' }),
    managerA: await makeUser(t.db, 'center_manager', { centreId: a.id }),
    specialistA: await makeUser(t.db, 'specialist', { centreId: a.id }),
    specialistB: await makeUser(t.db, 'specialist', { centreId: b.id }),
    managerC: await makeUser(t.db, 'center_manager', { centreId: c.id }),
    partner: await makeUser(t.db, 'partner', { organisation: 'Qazaq Youth Fund' }),
  };
  for (const [name, user] of Object.entries(users)) {
    cookies[name] = await signIn(t.app, user.email, TEST_PASSWORD);
    emails[name] = user.email;
  }
  const by = users.managerA.id;
  people.aigerim = await registered(a, by, {
    iinHash: dataProtection().keyedHash(IIN_AIGERIM),
  });
  people.nurlan = await registered(b, by, {
    lastName: 'Омаров',
    firstName: 'Нұрлан',
    gender: 'male',
    birthDate: '1998-07-01',
    status: 'employed',
  });
  people.withdrawn = await registered(a, by, { lastName: '', firstName: '' }, true);
  people.astana = await registered(c, users.managerC.id, {
    lastName: 'Астанов',
    firstName: 'Ерлан',
    gender: 'male',
  });
});
afterAll(() => t.close());

const recordCount = async () => (await t.db.select({ n: count() }).from(journalRecords))[0].n;
const createdAudits = async () =>
  (
    await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'journal_record'), eq(auditLog.action, 'create')))
  )[0].n;
const pad = (n: number) => String(n).padStart(2, '0');
const file = (rows: unknown[][]) => xlsxOf([['Журнал услуг МРЦ, 2025 год'], [], HEADER_RU, ...rows]);

/** Good rows for the regional user of region 35 (file rows 4–8). */
const goodRows = () => [
  [
    '14.03.2025',
    '10:30',
    'YRC-35-001',
    'career_consultation',
    IIN_AIGERIM,
    'Очно',
    45,
    emails.specialistA,
    null,
    null,
    'Центр занятости',
    'Направлен(а)',
    'Обсудили резюме',
  ],
  [
    new Date(Date.UTC(2025, 2, 14)),
    null,
    'yrc-35-001',
    'career_consultation',
    people.nurlan,
    'online',
    30,
    null,
    'Жұмабаева Гүлнұр',
    null,
    null,
    'consulted',
    null,
  ],
  [
    '2025-03-15',
    '9:05',
    'YRC-35-002',
    'psychological_consultation',
    null,
    'По телефону',
    50,
    emails.specialistB,
    null,
    null,
    null,
    null,
    SECRET,
  ],
  [
    '15.03.2025',
    null,
    'YRC-35-002',
    'psychological_consultation',
    people.nurlan,
    'Очно',
    60,
    emails.specialistB,
    null,
    null,
    null,
    'follow_up',
    SECRET,
  ],
  [
    '01.04.2025',
    null,
    'YRC-35-001',
    'street_outreach',
    null,
    'Выездная работа',
    120,
    null,
    'Историческая запись',
    null,
    null,
    null,
    'Раздали листовки',
  ],
];

describe('POST /api/v1/journal/import', () => {
  it('answers 401 signed out, 403 to specialists and partners', async () => {
    const body = await file(goodRows());
    expect((await upload(t.app, DRY, body)).statusCode).toBe(401);
    for (const who of ['specialistA', 'partner'])
      expect((await upload(t.app, DRY, body, { cookie: cookies[who] })).statusCode).toBe(403);
  });

  it('dry run lists every bad row with its row, header and reason in Russian, and writes nothing', async () => {
    const rows = [
      ...goodRows(),
      [
        '01.01.2099',
        null,
        'YRC-35-001',
        'career_consultation',
        people.aigerim,
        'Очно',
        30,
        null,
        'Иванова',
        null,
        null,
        null,
        null,
      ],
      [
        '02.04.2025',
        null,
        'YRC-35-001',
        'job_fair',
        people.aigerim,
        'Очно',
        30,
        null,
        'Иванова',
        null,
        null,
        null,
        null,
      ],
      [
        '02.04.2025',
        null,
        'YRC-71-001',
        'career_consultation',
        null,
        'Очно',
        30,
        null,
        'Иванова',
        null,
        null,
        null,
        null,
      ],
      [
        '02.04.2025',
        null,
        'YRC-35-001',
        'career_consultation',
        people.astana,
        'Очно',
        30,
        null,
        'Иванова',
        null,
        null,
        null,
        null,
      ],
      [
        '02.04.2025',
        null,
        'YRC-35-001',
        'career_consultation',
        people.withdrawn,
        'Очно',
        30,
        null,
        'Иванова',
        null,
        null,
        null,
        null,
      ],
      [
        '02.04.2025',
        null,
        'YRC-35-001',
        'career_consultation',
        people.aigerim,
        'пешком',
        30,
        emails.specialistB,
        null,
        null,
        null,
        null,
        null,
      ],
    ];
    const res = await upload(t.app, DRY, await file(rows), { cookie: cookies.regional, lang: 'ru' });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({
      mode: 'dry-run',
      ok: false,
      headerRow: 3,
      totalRows: 11,
      validRows: 5,
      invalidRows: 6,
      created: 0,
    });
    const brief = report.errors.map((e: { row: number; column: string; message: string }) => [
      e.row,
      e.column,
      e.message,
    ]);
    expect(brief).toEqual([
      [9, 'Дата', 'Дата в будущем; импортировать можно только оказанные услуги'],
      [
        10,
        'Код вида услуги',
        'Групповые мероприятия вносятся не в журнал, а как мероприятия со списком участников',
      ],
      [11, 'Код центра', 'В вашей зоне ответственности нет центра с таким кодом'],
      [
        11,
        'Молодой человек (ID или ИИН)',
        'Для этого вида услуги нужно указать молодого человека (ID или ИИН)',
      ],
      [
        12,
        'Молодой человек (ID или ИИН)',
        'В вашей зоне ответственности нет молодого человека с таким ID или ИИН',
      ],
      [13, 'Молодой человек (ID или ИИН)', 'Молодой человек отозвал согласие на обработку данных'],
      [14, 'Формат', 'Неизвестный формат; укажите очно, онлайн, по телефону или выездная работа'],
      [14, 'Эл. почта специалиста', 'В этом центре нет пользователя с такой эл. почтой'],
    ]);
    expect(await recordCount()).toBe(0);
  });

  it('a commit with one bad row answers 422 with the report and writes nothing', async () => {
    const rows = [
      ...goodRows(),
      [
        '31.02.2025',
        null,
        'YRC-35-001',
        'career_consultation',
        people.aigerim,
        'Очно',
        30,
        null,
        'Иванова',
        null,
        null,
        null,
        null,
      ],
    ];
    const res = await upload(t.app, COMMIT, await file(rows), { cookie: cookies.regional, lang: 'ru' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'import_invalid' });
    expect(res.json().report.errors).toEqual([
      expect.objectContaining({
        row: 9,
        column: 'Дата',
        field: 'serviceDate',
        code: 'invalid_date',
        value: '31.02.2025',
      }),
    ]);
    expect(await recordCount()).toBe(0);
  });

  it('a centre manager cannot import into another centre', async () => {
    const rows = goodRows().slice(0, 2);
    rows[1][2] = 'YRC-35-002';
    rows[1][4] = people.aigerim;
    const res = await upload(t.app, COMMIT, await file(rows), { cookie: cookies.managerA, lang: 'ru' });
    expect(res.statusCode).toBe(422);
    expect(res.json().report.errors).toEqual([
      expect.objectContaining({
        row: 5,
        field: 'centreCode',
        message: 'Импортировать можно только в свой центр',
      }),
    ]);
    expect(await recordCount()).toBe(0);
  });

  it('commits every row in one go: confidential notes encrypted, audited, rollups exact', async () => {
    const res = await upload(t.app, COMMIT, await file(goodRows()), { cookie: cookies.regional, lang: 'ru' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mode: 'commit', ok: true, created: 5 });
    const rows = await t.db.select().from(journalRecords).orderBy(journalRecords.id);
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => [r.serviceDate, r.serviceTime, r.youthId, r.format])).toEqual([
      ['2025-03-14', '10:30:00', people.aigerim, 'in_person'],
      ['2025-03-14', null, people.nurlan, 'online'],
      ['2025-03-15', '09:05:00', null, 'phone'],
      ['2025-03-15', null, people.nurlan, 'in_person'],
      ['2025-04-01', null, null, 'outreach'],
    ]);
    expect(rows[0]).toMatchObject({
      referral: 'employment_centre',
      outcome: 'referred',
      notes: 'Обсудили резюме',
    });
    expect(rows[1]).toMatchObject({
      specialistId: null,
      specialistName: 'Жұмабаева Гүлнұр',
      youthGender: 'male',
      youthAge: 26,
    });
    for (const r of rows.slice(2, 4)) {
      expect(r.notes).toBeNull();
      expect(r.notesEncrypted).not.toContain('Тайная');
      expect(r.notesEncrypted).toMatch(/^v1:/);
    }
    const audited = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'journal_record'), eq(auditLog.action, 'create')));
    expect(audited[0].n).toBe(5);
    const trail = JSON.stringify(await t.db.select().from(auditLog));
    expect(trail).not.toContain(SECRET);
    expect(await storedRollups(t.db)).toEqual(await expectedRollups(t.db));
    expect((await storedRollups(t.db)).daily.length).toBe(3);
  });
});

describe('GET /api/v1/journal/export', () => {
  it('gives the scope’s rows without confidential notes, ids instead of names above centre level, and audits it', async () => {
    // A record in Astana's centre, outside region 35.
    const astana = await file([
      [
        '03.04.2025',
        null,
        '',
        'career_consultation',
        people.astana,
        'Очно',
        30,
        emails.managerC,
        null,
        null,
        null,
        null,
        'Астана',
      ],
    ]);
    expect((await upload(t.app, COMMIT, astana, { cookie: cookies.managerC })).statusCode).toBe(200);

    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/v1/journal/export?format=csv',
      headers: { cookie: cookies.regional, 'accept-language': 'ru' },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.rawPayload.toString('utf8');
    expect(csv.rawPayload.includes(Buffer.from(SECRET))).toBe(false);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toContain('Молодой человек (ID или ИИН)');
    expect(lines[0]).not.toContain('ФИО молодого человека');
    expect(text).not.toContain('YRC-71-001');
    expect(text).not.toContain('Сейітқали');
    expect(text).toContain('Обсудили резюме');
    expect(text).toContain('Проконсультирован(а)');

    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/v1/journal/export?format=xlsx&from=2025-03-15&to=2025-03-31',
      headers: { cookie: cookies.national, 'accept-language': 'ru' },
    });
    expect(xlsx.statusCode).toBe(200);
    const sheet = await sheetRows(xlsx.rawPayload);
    expect(sheet).toHaveLength(3);
    expect(JSON.stringify(sheet)).not.toContain(SECRET);

    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'journal_record'), eq(auditLog.action, 'export')))
      .orderBy(auditLog.id);
    expect(audit.map((a) => a.after)).toEqual([
      { format: 'csv', filters: {}, rows: 5 },
      { format: 'xlsx', filters: { from: '2025-03-15', to: '2025-03-31' }, rows: 2 },
    ]);
  });

  it('shows names only to the registering centre’s own staff', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/journal/export?format=xlsx',
      headers: { cookie: cookies.managerA, 'accept-language': 'ru' },
    });
    const sheet = await sheetRows(res.rawPayload);
    expect(sheet[0]).toContain('ФИО молодого человека');
    const nameColumn = sheet[0].indexOf('ФИО молодого человека');
    expect(sheet.slice(1).map((r) => r[nameColumn] ?? null)).toEqual(['Сейітқали Әйгерім', null, null]);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/journal/export',
          headers: { cookie: cookies.partner },
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('journal files round trip', () => {
  it('the template has the headers in the caller’s language', async () => {
    for (const [lang, header] of [
      ['kk', 'Қызмет түрінің коды'],
      ['ru', 'Код вида услуги'],
      ['en', 'Service type code'],
    ]) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/journal/import-template?format=csv',
        headers: { cookie: cookies.regional, 'accept-language': lang },
      });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.toString('utf8').split(/\r?\n/)[0]).toContain(header);
    }
  });

  it('an export reads back as a clean dry run of the same rows', async () => {
    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/v1/journal/export?format=xlsx',
      headers: { cookie: cookies.regional, 'accept-language': 'kk' },
    });
    const res = await upload(t.app, DRY, exported.rawPayload, { cookie: cookies.regional, lang: 'kk' });
    expect(res.json()).toMatchObject({ ok: true, totalRows: 5, validRows: 5, errors: [] });
  });
});

// Last, as it adds 1,200 records that the export tests above would otherwise read. 1,200 rows take
// the large-batch path: locks and stored months read while the rows are checked (`prefetchRollups`).
describe('POST /api/v1/journal/import, a large file', () => {
  it('commits a large file in the file’s order, one audit entry per record, rollups equal to a rebuild', async () => {
    const [{ last }] = await t.db.select({ last: max(journalRecords.id) }).from(journalRecords);
    const auditsBefore = await createdAudits();
    const days = Array.from(
      { length: 1200 },
      (_, i) => `2025-${pad(1 + (i % 9))}-${pad(1 + ((i * 13) % 28))}`,
    );
    const rows = days.map((day, i) => {
      const row = [...goodRows()[i % 5]];
      row[0] = day;
      return row;
    });
    const res = await upload(t.app, COMMIT, await file(rows), { cookie: cookies.regional, lang: 'ru' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mode: 'commit', ok: true, created: 1200 });
    const written = await t.db
      .select()
      .from(journalRecords)
      .where(gt(journalRecords.id, last ?? 0))
      .orderBy(journalRecords.id);
    expect(written.map((r) => r.serviceDate)).toEqual(days);
    expect(written.filter((r) => r.notesEncrypted !== null)).toHaveLength(480);
    expect((await createdAudits()) - auditsBefore).toBe(1200);
    expect(await storedRollups(t.db)).toEqual(await expectedRollups(t.db));
  });
});
