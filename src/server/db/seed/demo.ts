import { count, isNull } from 'drizzle-orm';
import { seedDemoPlans } from '../../modules/plans/plans/plans.demo';
import { seedSurveyDemo } from '../../modules/plans/surveys/surveys.demo';
import { recordAudit } from '../../platform/audit/audit';
import { hashPassword } from '../../platform/auth/password';
import type { AppDb } from '../client';
import { centres, districts, regions } from '../schema';
import { insertCentres, planCentres } from './centres';
import { seedJournalDemo } from './journal-demo';
import { createRandom } from './random';
import { insertStaff, planStaff } from './staff';
import { DEMO_PASSWORD, insertDemoUsers, planDemoUsers } from './users';

/** Seed of the demo data's random source: the same network, staff and users on every fresh start. */
const DEMO_SEED = 20_230_228;

/** What one seeding run inserted. */
export interface DemoCounts {
  centres: number;
  staff: number;
  users: number;
  youth: number;
  journalRecords: number;
  neetCases: number;
}

/**
 * Loads the demo data set (centres, staff, demo users, and a small journal: young people, three months
 * of services and a few NEET cases at the demo users' centres) when the registry is empty, so a second
 * start reuses the data and nothing is seeded twice. Everything is inserted in one transaction, so
 * an interrupted first start leaves nothing half-seeded. Returns whether it seeded.
 */
export async function seedDemoDataIfEmpty(
  db: AppDb,
  log: (msg: string) => void,
  today: Date = new Date(),
): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(centres);
  if (n > 0) return false;
  log('seeding demo data…');
  const started = performance.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const counts = await db.transaction(async (tx) => {
    const regionRows = await tx.select().from(regions).where(isNull(regions.validTo));
    const districtRows = await tx.select().from(districts).where(isNull(districts.validTo));
    const rng = createRandom(DEMO_SEED);
    const seeded = await insertCentres(tx, planCentres(rng.fork('centres'), regionRows, districtRows));
    const staffRows = planStaff(rng.fork('staff'), seeded, today);
    await insertStaff(tx, staffRows);
    const userPlans = planDemoUsers(
      rng.fork('users'),
      regionRows.map((r) => r.code),
      seeded,
      staffRows,
    );
    await insertDemoUsers(tx, userPlans, passwordHash);
    const journal = await seedJournalDemo(tx, today);
    await seedSurveyDemo(tx, today);
    const result: DemoCounts = {
      centres: seeded.length,
      staff: staffRows.length,
      users: userPlans.length,
      youth: journal.youth,
      journalRecords: journal.records,
      neetCases: journal.cases,
    };
    await recordAudit(
      tx,
      { userId: null, label: 'seed' },
      { action: 'seed', entityType: 'registry', entityId: 'demo', after: result },
    );
    return result;
  });
  // Plans are generated after the seed commits, through the plan service, as the managers would.
  const demoPlans = await seedDemoPlans(db, today);
  const ms = Math.round(performance.now() - started);
  log(
    `demo data: ${counts.centres} centres, ${counts.staff} staff, ${counts.users} users, ${counts.youth} young people, ` +
      `${counts.journalRecords} journal records, ${counts.neetCases} NEET cases, ${demoPlans.approved} approved and ${demoPlans.drafts} draft plans in ${ms} ms`,
  );
  return true;
}
