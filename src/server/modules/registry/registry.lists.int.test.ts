import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../../shared/contracts/auth';
import { createTestApp, type TestApp } from '../../test/app';
import { makeCentre, makeStaff } from '../../test/factories';
import { findCentreInScope, listCentres, listStaff } from '.';

let t: TestApp;
const country: Scope = { kind: 'country' };
let karaganda: number;
let almaty: number;
let closed: number;

beforeAll(async () => {
  t = await createTestApp();
  karaganda = (
    await makeCentre(t.db, {
      regionCode: '35',
      kind: 'regional',
      code: 'L-35-001',
      nameKk: 'ҚАРАҒАНДЫ ОБЛЫСТЫҚ ЖАСТАР РЕСУРСТЫҚ ОРТАЛЫҒЫ',
      nameRu: 'Карагандинский областной МРЦ',
    })
  ).id;
  almaty = (
    await makeCentre(t.db, {
      regionCode: '75',
      kind: 'regional',
      code: 'L-75-001',
      nameKk: 'Алматы қаласының жастар орталығы',
      address: 'Қарағанды көшесі, 5',
    })
  ).id;
  closed = (await makeCentre(t.db, { regionCode: '35', code: 'L-35-002', status: 'inactive' })).id;
  await makeStaff(t.db, {
    centreId: karaganda,
    lastName: 'Сәрсенбаева',
    firstName: 'Әйгерім',
    phone: '+7 701 111 22 33',
  });
  await makeStaff(t.db, {
    centreId: karaganda,
    lastName: 'Семёнов',
    firstName: 'Пётр',
    leaveDate: '2020-01-01',
  });
  await makeStaff(t.db, {
    centreId: almaty,
    lastName: 'Ospanov',
    firstName: 'Arman',
    email: 'arman@example.kz',
  });
});
afterAll(() => t.close());

describe('listCentres', () => {
  it('finds Kazakh capitals and small letters alike with a Kazakh search word', async () => {
    const { items, total } = await listCentres(t.db, country, { q: 'қарағанды' });
    expect(total).toBe(2);
    expect(items.map((c) => c.id).sort()).toEqual([karaganda, almaty].sort());
    const upper = await listCentres(t.db, country, { q: 'ҚАРАҒАНДЫ облыстық' });
    expect(upper.items.map((c) => c.id)).toEqual([karaganda]);
  });

  it('confines a region to its own centres and a partner to active ones', async () => {
    const region = await listCentres(t.db, { kind: 'region', regionCode: '35' }, {});
    expect(region.items.map((c) => c.id).sort()).toEqual([karaganda, closed].sort());
    const partner = await listCentres(t.db, { kind: 'organisation', organisation: 'X' }, {});
    expect(partner.items.map((c) => c.id)).not.toContain(closed);
    expect(await findCentreInScope(t.db, { kind: 'region', regionCode: '35' }, almaty)).toBeUndefined();
  });

  it('pages with the total and ignores paging when unpaged', async () => {
    const page = await listCentres(t.db, country, { page: 2, pageSize: 2, sort: 'code' });
    expect(page.total).toBe(3);
    expect(page.items.map((c) => c.code)).toEqual(['L-75-001']);
    const past = await listCentres(t.db, country, { page: 9, pageSize: 2 });
    expect(past).toEqual({ items: [], total: 3 });
    const all = await listCentres(t.db, country, { page: 2, pageSize: 1 }, { unpaged: true });
    expect(all.items).toHaveLength(3);
  });

  it('counts only staff still employed', async () => {
    const centre = await findCentreInScope(t.db, country, karaganda);
    expect(centre?.staffCount).toBe(1);
  });
});

describe('listStaff', () => {
  it('searches names across case, ё and phone digits, active only by default', async () => {
    expect((await listStaff(t.db, country, { q: 'сәрсен' })).total).toBe(1);
    expect((await listStaff(t.db, country, { q: '7011112233' })).total).toBe(1);
    expect((await listStaff(t.db, country, { q: 'семенов' })).total).toBe(0);
    const left = await listStaff(t.db, country, { q: 'семенов', status: 'left' });
    expect(left.items[0]).toMatchObject({ fullName: 'Семёнов Пётр', active: false });
  });

  it('confines a region and a centre to their own staff and gives partners none', async () => {
    const region = await listStaff(t.db, { kind: 'region', regionCode: '75' }, { status: 'all' });
    expect(region.items.map((s) => s.lastName)).toEqual(['Ospanov']);
    const centre = await listStaff(
      t.db,
      { kind: 'centre', centreId: karaganda, regionCode: '35' },
      { status: 'all' },
    );
    expect(centre.total).toBe(2);
    expect(
      (await listStaff(t.db, { kind: 'organisation', organisation: 'X' }, { status: 'all' })).total,
    ).toBe(0);
  });
});
