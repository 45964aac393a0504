import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../../../shared/constants/roles';
import type { Scope } from '../../../../shared/contracts/auth';
import type { PlanContent } from '../../../../shared/contracts/plan-content';
import type { DbOrTx } from '../../../db/client';
import { scopeCentre, scopeRegion } from '../../../platform/auth/scope';
import { serviceDirections } from '../../journal';
import { plans, planVersions } from '../plans/plans.tables';

export type DocumentPlanRow = typeof plans.$inferSelect;

// Organisations read no plans; every other scope reads its country, region or centre.
function planScope(scope: Scope): SQL {
  if (scope.kind === 'organisation') return sql`false`;
  const region = scopeRegion(scope);
  const centre = scopeCentre(scope);
  return (
    and(region ? eq(plans.regionCode, region) : undefined, centre ? eq(plans.centreId, centre) : undefined) ??
    sql`true`
  );
}

/** A plan by id when the scope may read it (out of scope reads as absent). */
export async function findPlanInScope(
  db: DbOrTx,
  scope: Scope,
  id: number,
): Promise<DocumentPlanRow | undefined> {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.id, id), planScope(scope)));
  return row;
}

/** The content of one version of a plan (check the plan's scope first). */
export async function versionContent(
  db: DbOrTx,
  planId: number,
  version: number,
): Promise<PlanContent | undefined> {
  const [row] = await db
    .select({ content: planVersions.content })
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), eq(planVersions.version, version)));
  return row?.content;
}

const NAME_COLUMN = {
  kk: serviceDirections.nameKk,
  ru: serviceDirections.nameRu,
  en: serviceDirections.nameEn,
};

/** Direction code → name in `lang`, for every direction of the service catalogue (retired ones too). */
export async function directionNames(db: DbOrTx, lang: Locale): Promise<Record<string, string>> {
  const rows = await db
    .select({ code: serviceDirections.code, name: NAME_COLUMN[lang] })
    .from(serviceDirections)
    .orderBy(asc(serviceDirections.sortOrder));
  return Object.fromEntries(rows.map((r) => [r.code, r.name]));
}
