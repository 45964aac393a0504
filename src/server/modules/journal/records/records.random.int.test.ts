import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../test/app';
import { makeCentre, makeUser, seededRandom, TEST_PASSWORD } from '../../../test/factories';
import { serviceTypes } from '../journal.tables';
import { expectedRollups, storedRollups } from './rollups';

// The rollups through the whole API: random records, corrections that move them between centres,
// days (across a month end), service types and young people, and deletions, all over HTTP; then
// the stored rollups must equal a recomputation from the raw journal and count every live record.
let t: TestApp;
const cookies: Record<string, string> = {};

interface Centre {
  id: number;
  specialists: { id: number; who: string }[];
  youth: number[];
}
const centres: Centre[] = [];
const types: { id: number; anonymous: boolean }[] = [];

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { cookie: cookies[who] } });

beforeAll(async () => {
  t = await createTestApp();
  const admin = await makeUser(t.db, 'admin');
  cookies.admin = await signIn(t.app, admin.email, TEST_PASSWORD);
  const national = await makeUser(t.db, 'national');
  cookies.national = await signIn(t.app, national.email, TEST_PASSWORD);
  for (const [i, regionCode] of ['75', '71', '75'].entries()) {
    const centre = await makeCentre(t.db, { regionCode });
    const entry: Centre = { id: centre.id, specialists: [], youth: [] };
    for (const role of ['specialist', 'center_manager'] as const) {
      const user = await makeUser(t.db, role, { centreId: centre.id });
      const who = `${role}-${i}`;
      cookies[who] = await signIn(t.app, user.email, TEST_PASSWORD);
      entry.specialists.push({ id: user.id, who });
    }
    for (let p = 0; p < 3; p++) {
      const res = await call('POST', '/api/v1/youth', entry.specialists[0].who, {
        lastName: `Жанұзақов${i}${p}`,
        firstName: 'Ерлан',
        birthDate: ['2010-02-01', '2001-06-15', '1995-12-31'][p],
        gender: p % 2 ? 'male' : 'female',
        status: p === 1 ? 'neet' : 'studying',
        categories: [],
        consentGiven: true,
      });
      expect(res.statusCode).toBe(201);
      entry.youth.push(res.json().youth.id);
    }
    centres.push(entry);
  }
  const codes = ['career_consultation', 'psychological_consultation', 'street_outreach', 'home_visit'];
  for (const row of await t.db.select().from(serviceTypes))
    if (codes.includes(row.code)) types.push({ id: row.id, anonymous: row.allowsAnonymous });
  expect(types).toHaveLength(4);
});
afterAll(() => t.close());

describe('journal rollups through the API', () => {
  it('equal a recomputation from the raw journal after random creates, moves and deletes', async () => {
    const random = seededRandom(2026);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    const days = ['2025-12-31', '2026-01-31', '2026-02-01', '2026-02-02'];
    // Each live record with who may change it: its author, and the manager of its centre.
    const live = new Map<number, { centre: Centre; author: string }>();

    // Random values of a record at a centre; `anyone` (the administrator) may name any young person.
    const fields = (centre: Centre, anyone: boolean) => {
      const type = pick(types);
      const people = anyone ? centres.flatMap((c) => c.youth) : centre.youth;
      return {
        serviceTypeId: type.id,
        youthId: type.anonymous && random() < 0.4 ? null : pick(people),
        serviceDate: pick(days),
        format: pick(['in_person', 'online', 'phone', 'outreach']),
        durationMinutes: random() < 0.2 ? null : 5 + Math.floor(random() * 120),
        notes: random() < 0.3 ? `Заметка ${Math.floor(random() * 1000)}` : null,
      };
    };

    let created = 0;
    let corrected = 0;
    let deleted = 0;
    for (let step = 0; step < 120; step++) {
      const action = live.size < 6 ? 'create' : pick(['create', 'create', 'move', 'correct', 'delete']);
      if (action === 'create') {
        const centre = pick(centres);
        const byAdmin = random() < 0.3;
        const specialist = pick(centre.specialists);
        const who = byAdmin ? 'admin' : specialist.who;
        const body = byAdmin
          ? { ...fields(centre, true), centreId: centre.id, specialistId: specialist.id }
          : fields(centre, false);
        const res = await call('POST', '/api/v1/journal/records', who, body);
        expect(res.statusCode, res.body).toBe(201);
        live.set(res.json().id, { centre, author: who });
        created++;
      } else if (action === 'move') {
        // The administrator moves a record to any centre, day, type and young person.
        const id = pick([...live.keys()]);
        const centre = pick(centres);
        const res = await call('PUT', `/api/v1/journal/records/${id}`, 'admin', {
          ...fields(centre, true),
          // Not the author: confidential notes are not the administrator's to write.
          notes: null,
          centreId: centre.id,
          specialistId: pick(centre.specialists).id,
          reason: 'Перенос записи',
        });
        expect(res.statusCode, res.body).toBe(200);
        // An author at another centre no longer sees the record; their manager and the admin do.
        const before = live.get(id)!;
        live.set(id, { centre, author: before.centre === centre ? before.author : 'admin' });
        corrected++;
      } else if (action === 'correct') {
        // The centre's manager corrects within the centre.
        const id = pick([...live.keys()]);
        const { centre } = live.get(id)!;
        const res = await call('PUT', `/api/v1/journal/records/${id}`, centre.specialists[1].who, {
          ...fields(centre, false),
          notes: null,
          specialistId: pick(centre.specialists).id,
          reason: 'Исправление',
        });
        expect(res.statusCode, res.body).toBe(200);
        corrected++;
      } else {
        const id = pick([...live.keys()]);
        const { centre, author } = live.get(id)!;
        const who = pick([author, centre.specialists[1].who, 'admin']);
        const res = await call('DELETE', `/api/v1/journal/records/${id}`, who, {
          reason: 'Ошибочная запись',
        });
        expect(res.statusCode, res.body).toBe(204);
        live.delete(id);
        deleted++;
      }
    }
    expect(created).toBeGreaterThan(30);
    expect(corrected).toBeGreaterThan(20);
    expect(deleted).toBeGreaterThan(10);

    const stored = await storedRollups(t.db);
    expect(stored).toEqual(await expectedRollups(t.db));
    expect(stored.daily.length).toBeGreaterThan(5);

    // Totals: every live record is counted once, and so is every named one in the youth months.
    const list = (await call('GET', '/api/v1/journal/records?pageSize=200', 'national')).json();
    expect(list.total).toBe(live.size);
    expect(new Set(list.items.map((r: { id: number }) => r.id))).toEqual(new Set(live.keys()));
    const sum = (rows: Record<string, unknown>[], key: string) =>
      rows.reduce((n, r) => n + Number(r[key]), 0);
    expect(sum(stored.daily, 'services')).toBe(live.size);
    const named = list.items.filter((r: { youthId: number | null }) => r.youthId !== null);
    expect(sum(stored.daily, 'anonymous_services')).toBe(live.size - named.length);
    expect(sum(stored.months, 'services')).toBe(named.length);
    const minutes = list.items.reduce(
      (n: number, r: { durationMinutes: number | null }) => n + (r.durationMinutes ?? 0),
      0,
    );
    expect(sum(stored.daily, 'minutes')).toBe(minutes);
  }, 120_000); // ~200 API writes, each refreshing four rollups: slow on a loaded machine, not a speed check
});
