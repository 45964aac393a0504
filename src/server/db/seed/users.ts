import type { Role } from '../../../shared/constants/roles';
import type { DbOrTx } from '../client';
import { users } from '../schema';
import type { SeededCentre } from './centres';
import { personName } from './names';
import type { Random } from './random';
import type { StaffPlan } from './staff';

/** Password of every demo user (documented in the README). */
export const DEMO_PASSWORD = 'Jastar-demo-2026';
/** Organisation of the demo partner user. */
export const DEMO_PARTNER_ORGANISATION = 'Qazaq Youth Fund';

/** One demo user before insertion; the password hash is shared by all. */
export interface DemoUserPlan {
  email: string;
  fullName: string;
  role: Role;
  regionCode: string | null;
  centreId: number | null;
  organisation: string | null;
}

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/**
 * The fixed demo users: admin and national (country), a regional user per region, a manager and a
 * specialist at each region's centres 001 and 002, and one partner. Managers carry the name of
 * their centre's director and specialists the name of one of its specialists, so the demo reads
 * consistently.
 */
export function planDemoUsers(
  rng: Random,
  regionCodes: string[],
  centreList: SeededCentre[],
  staffRows: StaffPlan[],
): DemoUserPlan[] {
  const country = (email: string, role: Role): DemoUserPlan => ({
    email,
    fullName: fullName(personName(rng, '71')),
    role,
    regionCode: null,
    centreId: null,
    organisation: null,
  });
  const plans: DemoUserPlan[] = [
    country('admin@jastar.kz', 'admin'),
    country('national@jastar.kz', 'national'),
  ];
  const byCode = new Map(centreList.map((c) => [c.code, c]));
  for (const code of [...regionCodes].sort()) {
    plans.push({
      email: `regional.${code}@jastar.kz`,
      fullName: fullName(personName(rng, code)),
      role: 'regional',
      regionCode: code,
      centreId: null,
      organisation: null,
    });
    for (const n of ['001', '002']) {
      const centre = byCode.get(`YRC-${code}-${n}`);
      if (!centre) throw new Error(`demo data: centre YRC-${code}-${n} is missing`);
      const team = staffRows.filter((s) => s.centreId === centre.id && !s.leaveDate);
      const director = team.find((s) => s.position === 'director') ?? personName(rng, code);
      const specialist = team.find((s) => s.position === 'specialist') ?? personName(rng, code);
      const scoped = { regionCode: null, centreId: centre.id, organisation: null };
      plans.push({
        email: `manager.${code}-${n}@jastar.kz`,
        fullName: fullName(director),
        role: 'center_manager',
        ...scoped,
      });
      plans.push({
        email: `specialist.${code}-${n}@jastar.kz`,
        fullName: fullName(specialist),
        role: 'specialist',
        ...scoped,
      });
    }
  }
  plans.push({
    email: 'partner@jastar.kz',
    fullName: fullName(personName(rng, '75')),
    role: 'partner',
    regionCode: null,
    centreId: null,
    organisation: DEMO_PARTNER_ORGANISATION,
  });
  return plans;
}

/** Inserts the demo users in one statement with one shared password hash (hashing 100 times would take seconds). */
export async function insertDemoUsers(
  tx: DbOrTx,
  plans: DemoUserPlan[],
  passwordHash: string,
): Promise<void> {
  await tx.insert(users).values(plans.map((p) => ({ ...p, passwordHash })));
}
