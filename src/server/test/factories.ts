import type { CentreKind } from '../../shared/constants/registry';
import type { Role } from '../../shared/constants/roles';
import type { AppDb } from '../db/client';
import { centres, staff, users } from '../db/schema';
import { youth } from '../modules/journal/youth/youth.tables';
import { hashPassword } from '../platform/auth/password';

/** Password of every user made by the factories. */
export const TEST_PASSWORD = 'Test-password-2026';
let passwordHash: Promise<string> | undefined;
let seq = 0;

/** A seeded random source so factory data is the same on every run. */
export function seededRandom(seed = 42) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function makeCentre(
  db: AppDb,
  overrides: Partial<typeof centres.$inferInsert> & { regionCode: string },
): Promise<typeof centres.$inferSelect> {
  const n = ++seq;
  const kind: CentreKind = overrides.kind ?? 'district';
  const [row] = await db
    .insert(centres)
    .values({
      code: `T-${overrides.regionCode}-${n}`,
      kind,
      nameKk: `Жастар ресурстық орталығы №${n}`,
      nameRu: `Молодёжный ресурсный центр №${n}`,
      nameEn: `Youth Resource Centre No. ${n}`,
      address: `Абай даңғылы, ${n}`,
      ...overrides,
    })
    .returning();
  return row;
}

export async function makeStaff(
  db: AppDb,
  overrides: Partial<typeof staff.$inferInsert> & { centreId: number },
): Promise<typeof staff.$inferSelect> {
  const n = ++seq;
  const [row] = await db
    .insert(staff)
    .values({
      lastName: `Әбілқасымов${n}`,
      firstName: 'Нұрлан',
      position: 'specialist',
      hireDate: '2024-09-01',
      ...overrides,
    })
    .returning();
  return row;
}

/** A user of a role bound to the given scope, with TEST_PASSWORD. */
export async function makeUser(
  db: AppDb,
  role: Role,
  scope: { regionCode?: string; centreId?: number; organisation?: string } = {},
): Promise<typeof users.$inferSelect> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const n = ++seq;
  const [row] = await db
    .insert(users)
    .values({
      email: `${role}${n}@test.jastar.kz`,
      fullName: `Test ${role} ${n}`,
      passwordHash: await passwordHash,
      role,
      regionCode: scope.regionCode ?? null,
      centreId: scope.centreId ?? null,
      organisation: scope.organisation ?? null,
    })
    .returning();
  return row;
}

type YouthValues = typeof youth.$inferInsert;

/**
 * `count` young people, person i at `places[i % places.length]` (in its region) and named
 * `<lastName>i` (Person by default); `of(i)` gives each one's birth date, gender and status, and any
 * other column. Answers the rows in that order.
 */
export function makeYouth(
  db: AppDb,
  places: { id: number; regionCode: string }[],
  count: number,
  of: (i: number) => Pick<YouthValues, 'birthDate' | 'gender' | 'status'> & Partial<YouthValues>,
  lastName = 'Person',
): Promise<(typeof youth.$inferSelect)[]> {
  return db
    .insert(youth)
    .values(
      Array.from({ length: count }, (_, i) => ({
        centreId: places[i % places.length].id,
        regionCode: places[i % places.length].regionCode,
        lastName: `${lastName}${i}`,
        firstName: 'Test',
        ...of(i),
      })),
    )
    .returning();
}
