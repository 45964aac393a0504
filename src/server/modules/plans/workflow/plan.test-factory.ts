import { eq } from 'drizzle-orm';
import type { PlanContent } from '../../../../shared/contracts/plan-content';
import type { AppDb } from '../../../db/client';
import { plans, planVersions } from '../../../db/schema';
import { samplePlanContent } from './plan-content.sample';

/** A draft plan (version 1, generated) of a centre and year, written straight to the tables for tests. */
export async function makePlan(
  db: AppDb,
  p: { centreId: number; regionCode: string; year: number; createdBy: number; content?: PlanContent },
) {
  const [plan] = await db
    .insert(plans)
    .values({ centreId: p.centreId, regionCode: p.regionCode, year: p.year, createdBy: p.createdBy })
    .returning();
  await db.insert(planVersions).values({
    planId: plan.id,
    version: 1,
    basis: 'generated',
    content: p.content ?? samplePlanContent(),
    createdBy: p.createdBy,
  });
  return plan;
}

/** Stands in for the editor in tests: replaces the current version's content and bumps the revision. */
export async function editCurrentContent(db: AppDb, planId: number, edit: (c: PlanContent) => void) {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  const rows = await db.select().from(planVersions).where(eq(planVersions.planId, planId));
  const current = rows.find((r) => r.version === plan.currentVersion)!;
  const content = structuredClone(current.content);
  edit(content);
  await db.update(planVersions).set({ content }).where(eq(planVersions.id, current.id));
  await db
    .update(plans)
    .set({ revision: plan.revision + 1 })
    .where(eq(plans.id, planId));
}
