import { and, asc, desc, eq, getTableColumns, gte, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { StaffPosition } from '../../../shared/constants/registry';
import type { Locale } from '../../../shared/constants/roles';
import type { Scope } from '../../../shared/contracts/auth';
import type { StaffMember, StaffQuery } from '../../../shared/contracts/registry';
import type { DbOrTx } from '../../db/client';
import { activeStaffCondition, type ListOptions } from './centres.repository';
import { pageTotal } from './paging';
import { staffInScope } from './registry.scope';
import { centres, staff } from './registry.tables';
import { matchesAllTerms, sqlFold } from './search';

// Every column but the search text, which no answer needs and which would only slow the transfer.
const { searchText: _searchText, ...visibleColumns } = getTableColumns(staff);

const columns = {
  member: visibleColumns,
  centreKk: centres.nameKk,
  centreRu: centres.nameRu,
  centreEn: centres.nameEn,
  regionCode: centres.regionCode,
  active: sql<boolean>`${activeStaffCondition}`,
};

type StaffRow = {
  member: typeof staff.$inferSelect;
  centreKk: string;
  centreRu: string;
  centreEn: string;
  regionCode: string;
  active: boolean;
};

const centreNameColumn = { kk: centres.nameKk, ru: centres.nameRu, en: centres.nameEn } as const;

function selectStaff(db: DbOrTx) {
  return db.select(columns).from(staff).innerJoin(centres, eq(centres.id, staff.centreId));
}

/** "Last First Middle", the order Kazakh and Russian documents use. */
export const fullNameOf = (s: { lastName: string; firstName: string; middleName: string | null }) =>
  [s.lastName, s.firstName, s.middleName].filter(Boolean).join(' ');

/** The contract shape of a staff row with its centre: an allowlist, never the raw row. */
export function toStaffMember(r: StaffRow): StaffMember {
  const m = r.member;
  return {
    id: m.id,
    centreId: m.centreId,
    centreName: { kk: r.centreKk, ru: r.centreRu, en: r.centreEn },
    regionCode: r.regionCode,
    lastName: m.lastName,
    firstName: m.firstName,
    middleName: m.middleName,
    fullName: fullNameOf(m),
    position: m.position as StaffPosition,
    hireDate: m.hireDate,
    leaveDate: m.leaveDate,
    phone: m.phone,
    email: m.email,
    active: Boolean(r.active),
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

function staffFilters(scope: Scope, query: Partial<StaffQuery>): SQL | undefined {
  const status = query.status ?? 'active';
  return and(
    staffInScope(scope),
    query.regionCode ? eq(centres.regionCode, query.regionCode) : undefined,
    query.districtId ? eq(centres.districtId, query.districtId) : undefined,
    query.centreId ? eq(staff.centreId, query.centreId) : undefined,
    query.position ? eq(staff.position, query.position) : undefined,
    status === 'active' ? activeStaffCondition : undefined,
    status === 'left' ? and(isNotNull(staff.leaveDate), sql`${staff.leaveDate} <= current_date`) : undefined,
    query.hiredFrom ? gte(staff.hireDate, query.hiredFrom) : undefined,
    matchesAllTerms(staff.searchText, query.q),
  );
}

function staffOrder(query: Partial<StaffQuery>, locale: Locale): SQL[] {
  const dir = query.order === 'desc' ? desc : asc;
  // The search text starts with the folded last, first and middle names: a case-blind name order
  // whatever the server's collation, so «ҚАЙРАТОВ» does not jump ahead of «Абаев».
  const byName = [asc(staff.searchText)];
  switch (query.sort ?? 'name') {
    case 'position':
      return [dir(staff.position), ...byName];
    case 'hireDate':
      return [dir(staff.hireDate), ...byName];
    case 'centre':
      return [dir(sqlFold(sql`${centreNameColumn[locale]}`)), ...byName];
    default:
      return [dir(staff.searchText)];
  }
}

/**
 * Staff visible in a scope, filtered (status `active` by default), searched over names, e-mail and
 * phone, sorted and paged. Unpaged (for exports) returns every match.
 */
export async function listStaff(
  db: DbOrTx,
  scope: Scope,
  query: Partial<StaffQuery>,
  opts: ListOptions = {},
): Promise<{ items: StaffMember[]; total: number }> {
  const where = staffFilters(scope, query);
  const base = selectStaff(db)
    .where(where)
    .orderBy(...staffOrder(query, opts.locale ?? 'ru'), asc(staff.id));
  if (opts.unpaged) {
    const rows = await base;
    return { items: rows.map((r) => toStaffMember(r as unknown as StaffRow)), total: rows.length };
  }
  const pageSize = query.pageSize ?? 25;
  const page = query.page ?? 1;
  const rows = await base.limit(pageSize).offset((page - 1) * pageSize);
  const total = await pageTotal(rows.length, page, pageSize, async () => {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(staff)
      .innerJoin(centres, eq(centres.id, staff.centreId))
      .where(where);
    return Number(row.n);
  });
  return { items: rows.map((r) => toStaffMember(r as unknown as StaffRow)), total };
}

/** One staff member if the scope may read them, else undefined (callers answer 404). */
export async function findStaffInScope(
  db: DbOrTx,
  scope: Scope,
  id: number,
): Promise<StaffMember | undefined> {
  const [row] = await selectStaff(db).where(and(staffInScope(scope), eq(staff.id, id)));
  return row ? toStaffMember(row as unknown as StaffRow) : undefined;
}
