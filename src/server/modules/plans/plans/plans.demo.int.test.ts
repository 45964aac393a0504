import { afterAll, beforeAll, expect, it } from 'vitest';
import { plans, planVersions } from '../../../db/schema';
import { createTestApp, type TestApp } from '../../../test/app';
import { makeCentre, makeStaff, makeUser } from '../../../test/factories';
import { seedDemoPlans } from './plans.demo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const regionCode of ['75', '71', '35', '11']) {
    const centre = await makeCentre(t.db, { regionCode });
    await makeStaff(t.db, { centreId: centre.id });
    await makeUser(t.db, 'center_manager', { centreId: centre.id });
  }
});
afterAll(() => t.close());

it("generates this year's draft plan at three demo centres once, through the plan service", async () => {
  const now = new Date('2026-03-10T08:00:00Z');
  expect(await seedDemoPlans(t.db, now)).toBe(3);
  const rows = await t.db.select().from(plans);
  expect(rows.map((p) => [p.year, p.status, p.currentVersion])).toEqual([
    [2026, 'draft', 1],
    [2026, 'draft', 1],
    [2026, 'draft', 1],
  ]);
  const versions = await t.db.select().from(planVersions);
  expect(versions.every((v) => v.basis === 'generated' && v.content.priorities.length >= 3)).toBe(true);
  expect(await seedDemoPlans(t.db, now)).toBe(0);
});
