import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import type { PlanAction } from '../../../../shared/contracts/plan-review';
import { todayInKazakhstan } from '../../../../shared/today';
import type { AppDb, DbOrTx } from '../../../db/client';
import type { Actor } from '../../../platform/audit/audit';
import { users } from '../../../platform/auth/auth.tables';
import { loadAuthUser } from '../../../platform/auth/auth-user';
import { centres } from '../../registry/registry.tables';
import { indicators, indicatorValues } from '../indicators.tables';
import { actOnPlan } from '../workflow/plan-workflow.service';
import { findPlanOf } from './plans.repository';
import { generatePlan } from './plans.service';
import { plans } from './plans.tables';

/** How many demo centres get a draft plan: enough to fill the lists, few enough to start fast. */
const DRAFT_PLAN_CENTRES = 3;
/**
 * How many demo centres get this year's plan approved: one in each of the regions with the highest
 * NEET share, so the plan page's quarterly progress, the network monitoring view and the rating have
 * plans to show from the first start, where the needs profile puts NEET work first.
 */
const APPROVED_PLAN_REGIONS = 3;

/** The review steps from a generated draft to national approval, each taken by whom. */
const APPROVAL_STEPS: readonly [PlanAction, 'manager' | 'regional' | 'national'][] = [
  ['submit', 'manager'],
  ['take_regional', 'regional'],
  ['forward_national', 'regional'],
  ['approve', 'national'],
];

/** What the demo seed made: this year's plans left as drafts and plans taken through to approval. */
export interface DemoPlanCounts {
  drafts: number;
  approved: number;
}

/**
 * This year's plans at demo centres, generated through the plan service and (for the high-NEET
 * regions) reviewed through the workflow service by the region's and the country's demo users, as
 * those people would, so every step is audited and notified like a real one. Skips a centre that
 * already has this year's plan, so a second run adds nothing.
 */
export async function seedDemoPlans(db: AppDb, now: Date = new Date()): Promise<DemoPlanCounts> {
  const today = todayInKazakhstan(now);
  const year = Number(today.slice(0, 4));
  const { toApprove, toDraft } = await pickDemoPlanManagers(db);
  const seed: Actor = { userId: null, label: 'seed' };
  const counts: DemoPlanCounts = { drafts: 0, approved: 0 };

  for (const m of [...toApprove, ...toDraft]) {
    const centreId = m.centreId!;
    if (await findPlanOf(db, centreId, year)) continue;
    const manager = await loadAuthUser(db, m.id);
    if (!manager) continue;
    const planId = await generatePlan(db, manager, { centreId, year }, seed, today);
    const reviewers = toApprove.includes(m) ? await reviewersOf(db, m.regionCode) : null;
    if (!reviewers) {
      counts.drafts++;
      continue;
    }
    const people = { manager, ...reviewers };
    const [{ revision }] = await db
      .select({ revision: plans.revision })
      .from(plans)
      .where(eq(plans.id, planId));
    // Every step moves the plan's revision on by one.
    for (const [step, [action, who]] of APPROVAL_STEPS.entries()) {
      await actOnPlan(db, people[who], planId, action, { revision: revision + step }, seed);
    }
    counts.approved++;
  }
  return counts;
}

type DemoManager = { id: number; centreId: number | null; regionCode: string };

/**
 * Whose plans the demo makes: the first manager in each of the highest-NEET regions (approved), then
 * the first other managers (drafts). The journal demo asks the same to give those centres a history.
 */
export async function pickDemoPlanManagers(
  db: DbOrTx,
): Promise<{ toApprove: DemoManager[]; toDraft: DemoManager[] }> {
  const managers = await db
    .select({ id: users.id, centreId: users.centreId, regionCode: centres.regionCode })
    .from(users)
    .innerJoin(centres, eq(centres.id, users.centreId))
    .where(and(eq(users.role, 'center_manager'), isNotNull(users.centreId), eq(users.isActive, true)))
    .orderBy(asc(users.id));
  const neetRegions = await regionsByNeetShare(db);
  const toApprove = neetRegions
    .map((code) => managers.find((m) => m.regionCode === code))
    .filter((m) => m !== undefined)
    .slice(0, APPROVED_PLAN_REGIONS);
  const toDraft = managers.filter((m) => !toApprove.includes(m)).slice(0, DRAFT_PLAN_CENTRES);
  return { toApprove, toDraft };
}

/** Region codes with a NEET share, highest latest figure first. */
async function regionsByNeetShare(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectDistinctOn([indicatorValues.regionCode], {
      regionCode: indicatorValues.regionCode,
      value: indicatorValues.value,
    })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicators.code, 'neet_share'), isNotNull(indicatorValues.value)))
    .orderBy(indicatorValues.regionCode, desc(indicatorValues.year));
  return rows.sort((a, b) => b.value - a.value).map((r) => r.regionCode);
}

/** The region's and the country's demo reviewers, or null when either is missing. */
async function reviewersOf(
  db: AppDb,
  regionCode: string,
): Promise<{ regional: CurrentUser; national: CurrentUser } | null> {
  const first = async (role: 'regional' | 'national') => {
    const where =
      role === 'regional'
        ? and(eq(users.role, role), eq(users.regionCode, regionCode), eq(users.isActive, true))
        : and(eq(users.role, role), eq(users.isActive, true));
    const [row] = await db.select({ id: users.id }).from(users).where(where).orderBy(asc(users.id)).limit(1);
    return row ? loadAuthUser(db, row.id) : null;
  };
  const regional = await first('regional');
  const national = await first('national');
  return regional && national ? { regional, national } : null;
}
