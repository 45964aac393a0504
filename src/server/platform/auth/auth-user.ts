import { eq, inArray, type SQL } from 'drizzle-orm';
import type { CurrentUser, Scope } from '../../../shared/contracts/auth';
import type { AppDb } from '../../db/client';
import { regions } from '../../modules/reference/reference.tables';
import { centres } from '../../modules/registry/registry.tables';
import { users } from './auth.tables';
import { liveSessionUserIds } from './session-store';

/** The signed-in user as every route sees it: role, scope and language. */
export type AuthUser = CurrentUser;

/** Loads an active user with the scope their role is bound to; null when missing or deactivated. */
export const loadAuthUser = (db: AppDb, userId: number) => loadUserWhere(db, eq(users.id, userId));

/** The user of a live session in one round trip (every API request pays for this lookup). */
export const loadSessionUser = (db: AppDb, token: string) =>
  loadUserWhere(db, inArray(users.id, liveSessionUserIds(db, token)));

async function loadUserWhere(db: AppDb, where: SQL): Promise<AuthUser | null> {
  const [row] = await db
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
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .where(where);
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
