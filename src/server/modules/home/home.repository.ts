import { eq, sql } from 'drizzle-orm';
import type { CentreKind } from '../../../shared/constants/registry';
import type { Scope } from '../../../shared/contracts/auth';
import type { HomeSummary } from '../../../shared/contracts/home';
import type { AppDb } from '../../db/client';
import { listRegions } from '../reference';
import {
  activeStaffCondition as activeStaff,
  centreInScope,
  centres,
  staff,
  staffInScope,
} from '../registry';
import { per10k } from './per-youth';

/**
 * Key counts of a scope for the home page: centres by status and kind, staff employed and hired in
 * the last 90 days, and per-region figures (per 10,000 young people where the population is known).
 */
export async function homeSummary(db: AppDb, scope: Scope): Promise<HomeSummary> {
  const [centreRows, [staffRow], staffByRegion, regions] = await Promise.all([
    db
      .select({
        regionCode: centres.regionCode,
        status: centres.status,
        kind: centres.kind,
        n: sql<number>`count(*)::int`,
      })
      .from(centres)
      .where(centreInScope(scope))
      .groupBy(centres.regionCode, centres.status, centres.kind),
    db
      .select({
        active: sql<number>`count(*) filter (where ${activeStaff})::int`,
        newHires: sql<number>`count(*) filter (where ${activeStaff} and ${staff.hireDate} >= current_date - 90)::int`,
      })
      .from(staff)
      .where(staffInScope(scope)),
    db
      .select({ regionCode: centres.regionCode, n: sql<number>`count(*)::int` })
      .from(staff)
      .innerJoin(centres, eq(centres.id, staff.centreId))
      .where(sql`${staffInScope(scope)} and ${activeStaff}`)
      .groupBy(centres.regionCode),
    listRegions(db, scope),
  ]);

  const byKind: Record<CentreKind, number> = { regional: 0, city: 0, district: 0 };
  const activeByRegion = new Map<string, number>();
  let active = 0;
  let inactive = 0;
  for (const r of centreRows) {
    const n = Number(r.n);
    if (r.status === 'inactive') {
      inactive += n;
      continue;
    }
    active += n;
    byKind[r.kind] += n;
    activeByRegion.set(r.regionCode, (activeByRegion.get(r.regionCode) ?? 0) + n);
  }
  const staffIn = new Map(staffByRegion.map((r) => [r.regionCode, Number(r.n)]));

  return {
    centres: { active, inactive, byKind },
    staff: { active: Number(staffRow?.active ?? 0), newHires90d: Number(staffRow?.newHires ?? 0) },
    regions: regions.map((region) => {
      const centreCount = activeByRegion.get(region.code) ?? 0;
      const staffCount = staffIn.get(region.code) ?? 0;
      return {
        code: region.code,
        iso: region.iso,
        name: region.name,
        centres: centreCount,
        staff: staffCount,
        youthPopulation: region.youthPopulation,
        youthPopulationYear: region.youthPopulationYear,
        youthAgeBand: region.youthAgeBand,
        centresPer10k: per10k(centreCount, region.youthPopulation),
        staffPer10k: per10k(staffCount, region.youthPopulation),
      };
    }),
  };
}
