import { eq, inArray, type SQL } from 'drizzle-orm';
import type { CurrentUser, Scope } from '../../../shared/contracts/auth';
import type { AppDb } from '../../db/client';
import { regions } from '../../modules/reference/reference.tables';
import { centres } from '../../modules/registry/registry.tables';
import { users } from './auth.tables';
import { liveSessionUserIds, liveSessionValues } from './session-store';

/** The signed-in user as every route sees it: role, scope and language. */
export type AuthUser = CurrentUser;

/** Users with their centre and region, for the lookups below. */
const selectUsers = (db: AppDb) =>
  db
    .select({
      id: users.id,
      email: users.email,
      fullName: users.fullName,
      role: users.role,
      locale: users.locale,
      isActive: users.isActive,
      mustChangePassword: users.mustChangePassword,
      organisation: users.organisation,
      userRegion: users.regionCode,
      centreId: users.centreId,
      centreRegion: centres.regionCode,
      centreKk: centres.nameKk,
      centreRu: centres.nameRu,
      centreEn: centres.nameEn,
      regionKk: regions.nameKk,
      regionRu: regions.nameRu,
      regionEn: regions.nameEn,
    })
    .from(users)
    .leftJoin(centres, eq(centres.id, users.centreId))
    .leftJoin(regions, eq(regions.code, users.regionCode));

/** The session lookup of each database, built on first use. */
const sessionLookups = new WeakMap<AppDb, ReturnType<ReturnType<typeof selectUsers>['prepare']>>();

/** Loads an active user with the scope their role is bound to; null when missing or deactivated. */
export const loadAuthUser = (db: AppDb, userId: number) => loadUserWhere(db, eq(users.id, userId));

/** The user of a live session in one round trip (every API request pays for this lookup). */
export async function loadSessionUser(db: AppDb, token: string): Promise<AuthUser | null> {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    // Built once per database: drizzle takes longer to build this statement than PostgreSQL to run it.
    lookup = selectUsers(db)
      .where(inArray(users.id, liveSessionUserIds(db)))
      .prepare('session_user');
    sessionLookups.set(db, lookup);
  }
  const [row] = await lookup.execute(liveSessionValues(token));
  return authUserOf(row);
}

async function loadUserWhere(db: AppDb, where: SQL): Promise<AuthUser | null> {
  const [row] = await selectUsers(db).where(where);
  return authUserOf(row);
}

/** A user row with the scope their role is bound to; null when missing, deactivated or unbound. */
function authUserOf(row: Awaited<ReturnType<typeof selectUsers>>[number] | undefined): AuthUser | null {
  if (!row?.isActive) return null;

  let scope: Scope;
  let scopeName: AuthUser['scopeName'] = null;
  switch (row.role) {
    case 'national':
    case 'admin':
      scope = { kind: 'country' };
      break;
    case 'regional':
      if (!row.userRegion) return null;
      scope = { kind: 'region', regionCode: row.userRegion };
      scopeName = { kk: row.regionKk ?? '', ru: row.regionRu ?? '', en: row.regionEn ?? '' };
      break;
    case 'center_manager':
    case 'specialist':
      if (!row.centreId || !row.centreRegion) return null;
      scope = { kind: 'centre', centreId: row.centreId, regionCode: row.centreRegion };
      scopeName = { kk: row.centreKk ?? '', ru: row.centreRu ?? '', en: row.centreEn ?? '' };
      break;
    case 'partner':
      scope = { kind: 'organisation', organisation: row.organisation ?? '' };
      scopeName = row.organisation
        ? { kk: row.organisation, ru: row.organisation, en: row.organisation }
        : null;
      break;
  }
  return {
    id: row.id,
    email: row.email,
    fullName: row.fullName,
    role: row.role,
    locale: row.locale,
    scope,
    scopeName,
    mustChangePassword: row.mustChangePassword,
  };
}
