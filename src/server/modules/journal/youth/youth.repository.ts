import { and, desc, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../../shared/contracts/auth';
import type { Youth, YouthListQuery } from '../../../../shared/contracts/youth';
import type { DbOrTx } from '../../../db/client';
import { users } from '../../../platform/auth/auth.tables';
import { dataProtection } from '../../../platform/crypto';
import { pageTotal } from '../../registry/paging';
import { matchesAllTerms, sqlFold } from '../../registry/search';
import { maskIin, parseYouthSearch } from './youth.rules';
import { youth, youthConsents } from './youth.tables';

type YouthRow = typeof youth.$inferSelect;
type ConsentRow = typeof youthConsents.$inferSelect & { recordedByName: string | null };

/** Young people a scope may read: the registering centre's country, region or centre; partners none. */
export function youthInScope(scope: Scope): SQL {
  switch (scope.kind) {
    case 'country':
      return sql`true`;
    case 'region':
      return eq(youth.regionCode, scope.regionCode);
    case 'centre':
      return eq(youth.centreId, scope.centreId);
    case 'organisation':
      return sql`false`;
  }
}

/** Whether the young person's consent is in force (given and not withdrawn). */
export const consentInForce = sql`exists (select 1 from ${youthConsents} where ${youthConsents.youthId} = ${youth.id} and ${youthConsents.withdrawnAt} is null)`;

/** The latest consent of each of the given young people. */
async function latestConsents(db: DbOrTx, ids: number[]): Promise<Map<number, ConsentRow>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ ...getTableColumns(youthConsents), recordedByName: users.fullName })
    .from(youthConsents)
    .leftJoin(users, eq(users.id, youthConsents.recordedBy))
    .where(inArray(youthConsents.youthId, ids))
    .orderBy(desc(youthConsents.id));
  const byYouth = new Map<number, ConsentRow>();
  for (const r of rows) if (!byYouth.has(r.youthId)) byYouth.set(r.youthId, r);
  return byYouth;
}

/** A row as the viewer may see it: masked IIN for the registering centre only, nothing personal after withdrawal. */
export function toYouth(row: YouthRow, consent: ConsentRow | undefined, viewer: Scope): Youth {
  const withdrawn = !consent || consent.withdrawnAt !== null;
  const ownCentre = viewer.kind === 'centre' && viewer.centreId === row.centreId;
  const iinMasked =
    !withdrawn && ownCentre && row.iinEncrypted
      ? maskIin(dataProtection().decrypt(row.iinEncrypted, String(row.id)))
      : null;
  const personal = <T>(value: T): T | null => (withdrawn ? null : value);
  return {
    id: row.id,
    centreId: row.centreId,
    regionCode: row.regionCode,
    districtId: row.districtId,
    lastName: personal(row.lastName),
    firstName: personal(row.firstName),
    middleName: personal(row.middleName),
    birthDate: personal(row.birthDate),
    gender: personal(row.gender),
    phone: personal(row.phone),
    email: personal(row.email),
    status: row.status,
    neetSubgroup: row.neetSubgroup,
    categories: row.categories,
    iinMasked,
    consent: consent
      ? {
          givenAt: consent.givenAt.toISOString(),
          scope: consent.scope,
          recordedByName: consent.recordedByName,
          withdrawnAt: consent.withdrawnAt?.toISOString() ?? null,
        }
      : null,
    consentWithdrawn: withdrawn,
    mergedIntoId: row.mergedIntoId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The raw row of a young person in scope, or undefined. */
export async function findYouthRowInScope(db: DbOrTx, scope: Scope, id: number) {
  const [row] = await db
    .select()
    .from(youth)
    .where(and(youthInScope(scope), eq(youth.id, id)));
  return row;
}

/** One young person as the viewer may see them, or undefined when out of scope. */
export async function findYouthInScope(db: DbOrTx, scope: Scope, id: number): Promise<Youth | undefined> {
  const row = await findYouthRowInScope(db, scope, id);
  if (!row) return undefined;
  return toYouth(row, (await latestConsents(db, [id])).get(id), scope);
}

/** A page of young people in scope whose consent is in force, by name, phone digits and birth date. */
export async function listYouth(db: DbOrTx, scope: Scope, query: YouthListQuery) {
  const fullName = sql`${youth.lastName} || ' ' || ${youth.firstName} || ' ' || coalesce(${youth.middleName}, '')`;
  const search = parseYouthSearch(query.q);
  const where = and(
    youthInScope(scope),
    consentInForce,
    isNull(youth.mergedIntoId),
    query.status ? eq(youth.status, query.status) : undefined,
    query.centreId ? eq(youth.centreId, query.centreId) : undefined,
    matchesAllTerms(sqlFold(fullName), search.words || undefined),
    // A day that does not exist ("31.02.2004") finds nobody rather than failing the query.
    search.birthDate
      ? search.birthDate === 'invalid'
        ? sql`false`
        : eq(youth.birthDate, search.birthDate)
      : undefined,
    ...search.phoneDigits.map(
      (d) => sql`regexp_replace(coalesce(${youth.phone}, ''), '[^0-9]', '', 'g') like ${`%${d}%`}`,
    ),
  );
  const { page, pageSize } = query;
  const rows = await db
    .select()
    .from(youth)
    .where(where)
    .orderBy(youth.lastName, youth.firstName, youth.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = await pageTotal(rows.length, page, pageSize, async () => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(youth).where(where);
    return Number(row.n);
  });
  const consents = await latestConsents(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toYouth(r, consents.get(r.id), scope)), total, page, pageSize };
}

/** People in scope with consent in force registered under the same names and birth date. */
export async function findNameTwins(
  db: DbOrTx,
  scope: Scope,
  person: { lastName: string; firstName: string; birthDate: string },
  exceptId: number,
) {
  return db
    .select({ id: youth.id, centreId: youth.centreId })
    .from(youth)
    .where(
      and(
        youthInScope(scope),
        consentInForce,
        isNull(youth.mergedIntoId),
        eq(youth.birthDate, person.birthDate),
        sql`${sqlFold(sql`${youth.lastName}`)} = ${sqlFold(sql`${person.lastName}`)}`,
        sql`${sqlFold(sql`${youth.firstName}`)} = ${sqlFold(sql`${person.firstName}`)}`,
        sql`${youth.id} <> ${exceptId}`,
      ),
    )
    .orderBy(youth.id)
    .limit(20);
}
