import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import { todayInKazakhstan } from '../../../../shared/today';
import type { AppDb } from '../../../db/client';
import { users } from '../../../platform/auth/auth.tables';
import { centres } from '../../registry/registry.tables';
import { findPlanOf } from './plans.repository';
import { generatePlan } from './plans.service';

/** How many demo centres get a draft plan: enough to fill the lists, few enough to start fast. */
const DEMO_PLAN_CENTRES = 3;

/**
 * Draft plans for this year at the first demo centres that have a manager, generated through the
 * plan service as their managers would, so the plan pages are not empty on a fresh start. Skips a
 * centre that already has this year's plan. Returns how many it generated.
 */
export async function seedDemoPlans(db: AppDb, now: Date = new Date()): Promise<number> {
  const today = todayInKazakhstan(now);
  const year = Number(today.slice(0, 4));
  const managers = await db
    .select({
      id: users.id,
      email: users.email,
      fullName: users.fullName,
      centreId: users.centreId,
      regionCode: centres.regionCode,
    })
    .from(users)
    .innerJoin(centres, eq(centres.id, users.centreId))
    .where(and(eq(users.role, 'center_manager'), isNotNull(users.centreId), eq(users.isActive, true)))
    .orderBy(asc(users.id))
    .limit(DEMO_PLAN_CENTRES);
  let generated = 0;
  for (const m of managers) {
    const centreId = m.centreId!;
    if (await findPlanOf(db, centreId, year)) continue;
    const user: CurrentUser = {
      id: m.id,
      email: m.email,
      fullName: m.fullName,
      role: 'center_manager',
      scope: { kind: 'centre', centreId, regionCode: m.regionCode },
      locale: null,
      scopeName: null,
      mustChangePassword: false,
    };
    await generatePlan(db, user, { centreId, year }, { userId: null, label: 'seed' }, today);
    generated++;
  }
  return generated;
}
