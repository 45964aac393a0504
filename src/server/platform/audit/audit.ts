import type { DbOrTx } from '../../db/client';
import { auditLog } from './audit.tables';

/** Who made a change: a signed-in user, or a named system actor (CLI, seed, import job). */
export type Actor = { userId: number; label: string; requestId?: string } | { userId: null; label: string };

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  regionCode?: string | null;
  centreId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** Fields that must never reach the audit trail, whatever entity they sit on. */
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'tokenHash']);

function redact(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value ?? null;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !SECRET_FIELDS.has(k))
      .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
  );
}

/** Records one change. Call it with the transaction that makes the change, so both commit or neither. */
export async function recordAudit(tx: DbOrTx, actor: Actor, entries: AuditEntry | AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries];
  const rows = list.map((e) => ({
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: e.action,
    entityType: e.entityType,
    entityId: String(e.entityId),
    regionCode: e.regionCode ?? null,
    centreId: e.centreId ?? null,
    before: redact(e.before),
    after: redact(e.after),
    requestId: 'requestId' in actor ? (actor.requestId ?? null) : null,
  }));
  // Chunks keep each statement under PostgreSQL's 65,535 bind parameters during bulk imports.
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(auditLog).values(rows.slice(i, i + 1000));
}

/** The actor for a request's user. */
export const actorOf = (user: { id: number; email: string }, requestId?: string): Actor => ({
  userId: user.id,
  label: user.email,
  requestId,
});
