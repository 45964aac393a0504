import { and, desc, eq } from 'drizzle-orm';
import type { HistoryEntry } from '../../../shared/contracts/registry';
import type { DbOrTx } from '../../db/client';
import { auditLog } from '../../platform/audit/audit.tables';

/** Most changes a history answer carries; older ones stay in the audit browser. */
export const HISTORY_LIMIT = 500;

const asRecord = (v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * The changes of one record, newest first. Callers check first that the record is in the
 * caller's scope: this reads the trail by entity, not by scope.
 */
export async function entityHistory(
  db: DbOrTx,
  entityType: string,
  entityId: string | number,
): Promise<HistoryEntry[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(HISTORY_LIMIT);
  return rows.map((r) => ({
    at: r.at.toISOString(),
    actor: r.actorLabel,
    action: r.action,
    before: asRecord(r.before),
    after: asRecord(r.after),
  }));
}
