import { and, asc, count, eq, or, type SQL, sql } from 'drizzle-orm';
import type { User, UsersQuery } from '../../../shared/contracts/users';
import type { AppDb } from '../../db/client';
import { users } from '../../platform/auth/auth.tables';
import { regions } from '../reference/reference.tables';
import { pageTotal } from '../registry/paging';
import { centres } from '../registry/registry.tables';
import { matchesAllTerms, sqlFold } from '../registry/search';

const columns = {
  id: users.id,
  email: users.email,
  fullName: users.fullName,
  role: users.role,
  regionCode: users.regionCode,
  regionKk: regions.nameKk,
  regionRu: regions.nameRu,
  regionEn: regions.nameEn,
  centreId: users.centreId,
  centreCode: centres.code,
  centreKk: centres.nameKk,
  centreRu: centres.nameRu,
  centreEn: centres.nameEn,
  organisation: users.organisation,
  locale: users.locale,
  isActive: users.isActive,
  createdAt: users.createdAt,
};

const base = (db: AppDb) =>
  db
    .select(columns)
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .leftJoin(centres, eq(centres.id, users.centreId));

type Row = Awaited<ReturnType<typeof base>>[number];

function toUser(r: Row): User {
  return {
    id: r.id,
    email: r.email,
    fullName: r.fullName,
    role: r.role,
    regionCode: r.regionCode,
    regionName: r.regionKk ? { kk: r.regionKk, ru: r.regionRu ?? '', en: r.regionEn ?? '' } : null,
    centreId: r.centreId,
    centreCode: r.centreCode,
    centreName: r.centreKk ? { kk: r.centreKk, ru: r.centreRu ?? '', en: r.centreEn ?? '' } : null,
    organisation: r.organisation,
    locale: r.locale,
    isActive: r.isActive,
    createdAt: r.createdAt.toISOString(),
  };
}

/** One user with their scope's names, or null. */
export async function findUser(db: AppDb, id: number): Promise<User | null> {
  const [row] = await base(db).where(eq(users.id, id));
  return row ? toUser(row) : null;
}

function filters(query: UsersQuery): SQL | undefined {
  return and(
    matchesAllTerms(sqlFold(sql`${users.fullName} || ' ' || ${users.email}`), query.q),
    query.role ? eq(users.role, query.role) : undefined,
    // A region's users are its regional department and the staff of its centres.
    query.regionCode
      ? or(eq(users.regionCode, query.regionCode), eq(centres.regionCode, query.regionCode))
      : undefined,
    query.status === 'active' ? eq(users.isActive, true) : undefined,
    query.status === 'inactive' ? eq(users.isActive, false) : undefined,
  );
}

/** A page of users matching the query, by name then e-mail. */
export async function listUsersPage(db: AppDb, query: UsersQuery): Promise<{ items: User[]; total: number }> {
  const where = filters(query);
  const rows = await base(db)
    .where(where)
    .orderBy(asc(users.fullName), asc(users.email))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const total = await pageTotal(rows.length, query.page, query.pageSize, async () => {
    const [c] = await db
      .select({ n: count() })
      .from(users)
      .leftJoin(centres, eq(centres.id, users.centreId))
      .where(where);
    return c.n;
  });
  return { items: rows.map((r) => toUser(r)), total };
}
