import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { slot } from '../../db/prepared';
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
  if (list.length === 0) return;
  const requestId = 'requestId' in actor ? (actor.requestId ?? null) : null;
  if (list.length === 1) {
    const [e] = list;
    await tx.insert(auditLog).values({
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: e.action,
      entityType: e.entityType,
      entityId: String(e.entityId),
      regionCode: e.regionCode ?? null,
      centreId: e.centreId ?? null,
      before: redact(e.before),
      after: redact(e.after),
      requestId,
    });
    return;
  }
  // Bulk (imports): one JSON parameter per chunk expanded by jsonb_to_recordset is several times
  // faster than thousands of bind parameters, notably on PGlite.
  const rows = list.map((e) => ({
    action: e.action,
    entity_type: e.entityType,
    entity_id: String(e.entityId),
    region_code: e.regionCode ?? null,
    centre_id: e.centreId ?? null,
    before: redact(e.before),
    after: redact(e.after),
  }));
  for (let i = 0; i < rows.length; i += 5000) {
    await tx.execute(sql`
      insert into audit_log (actor_user_id, actor_label, request_id, action, entity_type, entity_id, region_code, centre_id, before, after)
      select ${actor.userId}::int, ${actor.label}, ${requestId}, x.action, x.entity_type, x.entity_id, x.region_code, x.centre_id, x.before, x.after
      from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 5000))}::jsonb)
        as x(action text, entity_type text, entity_id text, region_code text, centre_id int, before jsonb, after jsonb)`);
  }
}

/**
 * The audit entries of rows a statement writes, built by the database in that same statement (a
 * data-modifying CTE): `source` answers `entity_id` (text), `region_code`, `centre_id`, `before` and
 * `after` (jsonb) per entry, in the order the entries should take. Bulk writers use it so thousands
 * of states are not shipped to the server as JSON and parsed back; the secret fields are stripped
 * here as `recordAudit` strips them.
 */
export function auditInsert(actor: Actor, action: string, entityType: string, source: SQL): SQL {
  const requestId = 'requestId' in actor ? (actor.requestId ?? null) : null;
  const secrets = `array[${[...SECRET_FIELDS].map((f) => `'${f}'`).join(', ')}]`;
  // Rebuilt only when a secret is there: testing the keys costs a quarter of removing them.
  const stripped = (state: string) =>
    sql.raw(`case when s.${state} ?| ${secrets} then s.${state} - ${secrets} else s.${state} end`);
  return sql`insert into audit_log (actor_user_id, actor_label, request_id, action, entity_type, entity_id, region_code, centre_id, before, after)
    select ${actor.userId}::int, ${actor.label}, ${requestId}, ${action}, ${entityType}, s.entity_id, s.region_code,
      s.centre_id, ${stripped('before')}, ${stripped('after')}
    from (${source}) s`;
}

/** An actor whose fields are slots, for `auditInsert` in a statement built once; `actorValues` fills them. */
export const ACTOR_SLOTS: Actor = {
  userId: slot<number>('actorUserId'),
  label: slot<string>('actorLabel'),
  requestId: slot<string>('actorRequestId'),
};

/** The values of `ACTOR_SLOTS` for an actor. */
export const actorValues = (actor: Actor) => ({
  actorUserId: actor.userId,
  actorLabel: actor.label,
  actorRequestId: 'requestId' in actor ? (actor.requestId ?? null) : null,
});

/** The actor for a request's user. */
export const actorOf = (user: { id: number; email: string }, requestId?: string): Actor => ({
  userId: user.id,
  label: user.email,
  requestId,
});
