import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { plans, planVersions } from '../../../db/schema';
import { createTestApp, type TestApp } from '../../../test/app';
import { makeCentre, makeStaff, makeUser } from '../../../test/factories';
import { planActions } from '../workflow';
import { seedDemoPlans } from './plans.demo';

let t: TestApp;
const centreOf = new Map<string, number>();
beforeAll(async () => {
  t = await createTestApp();
  // Shipped NEET shares: Akmola (11) 8.9 %, Karaganda (35) 7.9 %; Almaty (75) and Astana (71) have none.
  for (const regionCode of ['75', '71', '35', '11', '75']) {
    const centre = await makeCentre(t.db, { regionCode });
    centreOf.set(centreOf.has(regionCode) ? `${regionCode}b` : regionCode, centre.id);
    await makeStaff(t.db, { centreId: centre.id });
    await makeUser(t.db, 'center_manager', { centreId: centre.id });
  }
  await makeUser(t.db, 'regional', { regionCode: '11' });
  await makeUser(t.db, 'national');
});
afterAll(() => t.close());

it("approves this year's plan where NEET is highest and leaves drafts at the first other centres, once", async () => {
  const now = new Date('2026-03-10T08:00:00Z');
  // Akmola and Karaganda are the regions with NEET figures; Karaganda has no regional user, so its
  // plan stays a draft; the other three managers get drafts.
  expect(await seedDemoPlans(t.db, now)).toEqual({ approved: 1, drafts: 4 });
  const rows = await t.db.select().from(plans).orderBy(asc(plans.centreId));
  const statusOf = new Map(rows.map((p) => [p.centreId, [p.year, p.status]]));
  expect(statusOf.get(centreOf.get('11')!)).toEqual([2026, 'approved']);
  expect(statusOf.get(centreOf.get('35')!)).toEqual([2026, 'draft']);
  expect(rows).toHaveLength(5);
  const [approved] = rows.filter((p) => p.status === 'approved');
  const trail = await t.db
    .select({ action: planActions.action })
    .from(planActions)
    .where(eq(planActions.planId, approved.id))
    .orderBy(asc(planActions.id));
  expect(trail.map((a) => a.action)).toEqual(['submit', 'take_regional', 'forward_national', 'approve']);
  const versions = await t.db.select().from(planVersions);
  expect(versions.every((v) => v.basis === 'generated' && v.content.priorities.length >= 3)).toBe(true);
  expect(await seedDemoPlans(t.db, now)).toEqual({ approved: 0, drafts: 0 });
});
