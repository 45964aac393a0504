import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { AuditEntry, AuditQuery } from '../../../shared/contracts/audit';
import type { DbOrTx } from '../../db/client';
import { auditLog } from '../../platform/audit/audit.tables';
import { changedFields } from './changes';

const asRecord = (v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function auditFilters(query: Partial<AuditQuery>): SQL | undefined {
  return and(
    query.entityType ? eq(auditLog.entityType, query.entityType) : undefined,
    query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
    query.action ? eq(auditLog.action, query.action) : undefined,
    // Actors are e-mails (ASCII), so lower() folds them on any server locale.
    query.actor
      ? sql`lower(${auditLog.actorLabel}) like ${`%${escapeLike(query.actor.toLowerCase())}%`}`
      : undefined,
    query.regionCode ? eq(auditLog.regionCode, query.regionCode) : undefined,
    query.from ? gte(auditLog.at, sql`${query.from}::date`) : undefined,
    query.to ? lt(auditLog.at, sql`${query.to}::date + 1`) : undefined,
  );
}

/**
 * The whole audit trail, filtered, newest first, paged; for country-wide readers (national, admin).
 */
export async function listAudit(
  db: DbOrTx,
  query: Partial<AuditQuery>,
): Promise<{ items: AuditEntry[]; total: number }> {
  const where = auditFilters(query);
  const pageSize = query.pageSize ?? 25;
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset(((query.page ?? 1) - 1) * pageSize);
  // A separate count keeps the page query on the (at) index; the log grows without bound.
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where);
  return {
    total: Number(n),
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actorLabel,
      actorUserId: r.actorUserId,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      regionCode: r.regionCode,
      centreId: r.centreId,
      before: asRecord(r.before),
      after: asRecord(r.after),
      changedFields: changedFields(r.before, r.after),
    })),
  };
}
