import { and, desc, eq, sql } from 'drizzle-orm';
import type { AppDb } from '../src/server/db/client';
import { centres, users } from '../src/server/db/schema';
import { consentInForce } from '../src/server/modules/journal/youth/youth.repository';
import { youth } from '../src/server/modules/journal/youth/youth.tables';
import { hashPassword } from '../src/server/platform/auth/password';

/** Password of the benchmark's own users (a throwaway database; never a real deployment). */
export const BENCH_PASSWORD = 'Bench-password-2026';

/** A centre a benchmark specialist writes for, with young people who consent there. */
export interface WriterCentre {
  centreId: number;
  centreCode: string;
  email: string;
  youthIds: number[];
}

async function ensureUser(
  db: AppDb,
  values: { email: string; role: 'national' | 'specialist'; centreId?: number },
  hash: string,
) {
  await db
    .insert(users)
    .values({
      email: values.email,
      fullName: `Benchmark ${values.role}`,
      passwordHash: hash,
      role: values.role,
      centreId: values.centreId ?? null,
    })
    .onConflictDoUpdate({ target: users.email, set: { passwordHash: hash, isActive: true } });
}

/**
 * The national user who reads dashboards and imports, and one specialist at each of the `writers`
 * centres with the most consenting young people (so that concurrent writers do not queue on one
 * centre's rollup lock). Created once per database; later runs find them.
 */
export async function ensureBenchUsers(db: AppDb, writers: number) {
  const hash = await hashPassword(BENCH_PASSWORD);
  const national = 'bench.national@bench.jastar.invalid';
  await ensureUser(db, { email: national, role: 'national' }, hash);
  const busiest = await db
    .select({ id: centres.id, code: centres.code, n: sql<number>`count(*)::int` })
    .from(youth)
    .innerJoin(centres, eq(centres.id, youth.centreId))
    .where(and(consentInForce, sql`${youth.mergedIntoId} is null`))
    .groupBy(centres.id, centres.code)
    .orderBy(desc(sql`count(*)`), centres.code)
    .limit(writers);
  const centresOut: WriterCentre[] = [];
  for (const c of busiest) {
    const email = `bench.specialist.${c.code.toLowerCase()}@bench.jastar.invalid`;
    await ensureUser(db, { email, role: 'specialist', centreId: c.id }, hash);
    const people = await db
      .select({ id: youth.id })
      .from(youth)
      .where(and(eq(youth.centreId, c.id), consentInForce, sql`${youth.mergedIntoId} is null`))
      .orderBy(youth.id)
      .limit(64);
    centresOut.push({ centreId: c.id, centreCode: c.code, email, youthIds: people.map((p) => p.id) });
  }
  return { national, writers: centresOut };
}
