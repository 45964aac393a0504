import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../shared/contracts/auth';
import type { District, Region } from '../../../shared/contracts/reference';
import type { AppDb } from '../../db/client';
import { scopeRegion } from '../../platform/auth/scope';
import { districts, regions } from './reference.tables';

/** Current regions visible in a scope: a regional or centre user sees only their own region. */
export async function listRegions(db: AppDb, scope: Scope): Promise<Region[]> {
  const region = scopeRegion(scope);
  const where: SQL[] = [isNull(regions.validTo)];
  if (region) where.push(eq(regions.code, region));
  const rows = await db
    .select()
    .from(regions)
    .where(and(...where))
    .orderBy(asc(regions.code));
  return rows.map((r) => ({
    code: r.code,
    iso: r.iso,
    kind: r.kind,
    name: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn },
    adminCentre: r.adminCentreRu ? { kk: r.adminCentreKk ?? r.adminCentreRu, ru: r.adminCentreRu } : null,
    youthPopulation: r.youthPopulation,
    youthPopulationYear: r.youthPopulationYear,
    youthAgeBand: r.youthAgeBand,
  }));
}

/** Current districts visible in a scope, optionally of one region. */
export async function listDistricts(db: AppDb, scope: Scope, regionCode?: string): Promise<District[]> {
  const region = scopeRegion(scope);
  const where: SQL[] = [isNull(districts.validTo)];
  if (region) where.push(eq(districts.regionCode, region));
  if (regionCode) where.push(eq(districts.regionCode, regionCode));
  const rows = await db
    .select()
    .from(districts)
    .where(and(...where))
    .orderBy(asc(districts.regionCode), asc(districts.nameRu));
  return rows.map((d) => ({
    id: d.id,
    regionCode: d.regionCode,
    kind: d.kind,
    katoPrefix: d.katoPrefix,
    name: { kk: d.nameKk, ru: d.nameRu, en: d.nameEn },
    isRegionalCentre: d.isRegionalCentre,
  }));
}
