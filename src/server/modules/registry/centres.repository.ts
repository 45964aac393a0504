import { and, asc, desc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CentreService } from '../../../shared/constants/registry';
import type { Locale } from '../../../shared/constants/roles';
import type { Scope } from '../../../shared/contracts/auth';
import type { Centre, CentresQuery } from '../../../shared/contracts/registry';
import type { DbOrTx } from '../../db/client';
import { districts, regions } from '../reference/reference.tables';
import { pageTotal } from './paging';
import { centreInScope } from './registry.scope';
import { centres, staff } from './registry.tables';
import { matchesAllTerms, sqlFold } from './search';

const parent = alias(centres, 'parent');

/** Staff employed today: no leave date, or one still ahead. */
export const activeStaffCondition = sql`(${staff.leaveDate} is null or ${staff.leaveDate} > current_date)`;

const staffCount = sql<number>`(select count(*)::int from ${staff} where ${staff.centreId} = ${centres.id} and ${activeStaffCondition})`;

const nameColumn = { kk: centres.nameKk, ru: centres.nameRu, en: centres.nameEn } as const;
const regionNameColumn = { kk: regions.nameKk, ru: regions.nameRu, en: regions.nameEn } as const;

// Every column but the search text, which no answer needs and which would only slow the transfer.
const { searchText: _searchText, ...visibleColumns } = getTableColumns(centres);

const columns = {
  centre: visibleColumns,
  parentKk: parent.nameKk,
  parentRu: parent.nameRu,
  parentEn: parent.nameEn,
  regionKk: regions.nameKk,
  regionRu: regions.nameRu,
  regionEn: regions.nameEn,
  districtKk: districts.nameKk,
  districtRu: districts.nameRu,
  districtEn: districts.nameEn,
  staffCount,
};

type CentreRow = {
  centre: typeof centres.$inferSelect;
  parentKk: string | null;
  parentRu: string | null;
  parentEn: string | null;
  regionKk: string;
  regionRu: string;
  regionEn: string;
  districtKk: string | null;
  districtRu: string | null;
  districtEn: string | null;
  staffCount: number;
};

function selectCentres(db: DbOrTx) {
  return db
    .select(columns)
    .from(centres)
    .innerJoin(regions, eq(regions.code, centres.regionCode))
    .leftJoin(districts, eq(districts.id, centres.districtId))
    .leftJoin(parent, eq(parent.id, centres.parentId));
}

/** The contract shape of a centre row with its joined names: an allowlist, never the raw row. */
export function toCentre(r: CentreRow): Centre {
  const c = r.centre;
  return {
    id: c.id,
    code: c.code,
    kind: c.kind,
    parentId: c.parentId,
    parentName: r.parentRu != null ? { kk: r.parentKk ?? '', ru: r.parentRu, en: r.parentEn ?? '' } : null,
    regionCode: c.regionCode,
    regionName: { kk: r.regionKk, ru: r.regionRu, en: r.regionEn },
    districtId: c.districtId,
    districtName:
      r.districtRu != null ? { kk: r.districtKk ?? '', ru: r.districtRu, en: r.districtEn ?? '' } : null,
    name: { kk: c.nameKk, ru: c.nameRu, en: c.nameEn },
    address: c.address,
    latitude: c.latitude,
    longitude: c.longitude,
    phone: c.phone,
    email: c.email,
    openingHours: c.openingHours,
    services: c.services as CentreService[],
    status: c.status,
    statusReason: c.statusReason,
    staffCount: Number(r.staffCount),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

function centreFilters(scope: Scope, query: Partial<CentresQuery>): SQL | undefined {
  return and(
    centreInScope(scope),
    query.regionCode ? eq(centres.regionCode, query.regionCode) : undefined,
    query.districtId ? eq(centres.districtId, query.districtId) : undefined,
    query.kind ? eq(centres.kind, query.kind) : undefined,
    query.status ? eq(centres.status, query.status) : undefined,
    matchesAllTerms(centres.searchText, query.q),
  );
}

function centreOrder(query: Partial<CentresQuery>, locale: Locale): SQL[] {
  const dir = query.order === 'desc' ? desc : asc;
  // Case-blind whatever the server's collation.
  const name = sqlFold(sql`${nameColumn[locale]}`);
  switch (query.sort ?? 'name') {
    case 'code':
      return [dir(centres.code)];
    case 'kind':
      return [dir(centres.kind), asc(name)];
    case 'region':
      return [dir(sqlFold(sql`${regionNameColumn[locale]}`)), asc(name)];
    case 'staffCount':
      return [dir(staffCount), asc(name)];
    case 'updatedAt':
      return [dir(centres.updatedAt)];
    default:
      return [dir(name)];
  }
}

export interface ListOptions {
  /** Every matching row, ignoring page and pageSize (exports). */
  unpaged?: boolean;
  /** Language whose names sort the list; Russian when not given. */
  locale?: Locale;
}

/**
 * Centres visible in a scope, filtered, searched (case-insensitive, Kazakh letters included),
 * sorted and paged. Unpaged (for exports) returns every match.
 */
export async function listCentres(
  db: DbOrTx,
  scope: Scope,
  query: Partial<CentresQuery>,
  opts: ListOptions = {},
): Promise<{ items: Centre[]; total: number }> {
  const where = centreFilters(scope, query);
  const base = selectCentres(db)
    .where(where)
    .orderBy(...centreOrder(query, opts.locale ?? 'ru'), asc(centres.id));
  if (opts.unpaged) {
    const rows = await base;
    return { items: rows.map((r) => toCentre(r as unknown as CentreRow)), total: rows.length };
  }
  const pageSize = query.pageSize ?? 25;
  const page = query.page ?? 1;
  const rows = await base.limit(pageSize).offset((page - 1) * pageSize);
  const total = await pageTotal(rows.length, page, pageSize, async () => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(centres).where(where);
    return Number(row.n);
  });
  return { items: rows.map((r) => toCentre(r as unknown as CentreRow)), total };
}

/** One centre if the scope may read it, else undefined (callers answer 404). */
export async function findCentreInScope(db: DbOrTx, scope: Scope, id: number): Promise<Centre | undefined> {
  const [row] = await selectCentres(db).where(and(centreInScope(scope), eq(centres.id, id)));
  return row ? toCentre(row as unknown as CentreRow) : undefined;
}

/** The raw row of a centre in scope, locked for update inside a transaction. */
export async function lockCentreInScope(tx: DbOrTx, scope: Scope, id: number) {
  const [row] = await tx
    .select()
    .from(centres)
    .where(and(centreInScope(scope), eq(centres.id, id)))
    .for('update');
  return row;
}
