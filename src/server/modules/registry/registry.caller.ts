import { type Actor, actorOf } from '../../platform/audit/audit';
import type { AuthUser } from '../../platform/auth/auth-user';

/** Who asks for a change, and the request it came in, for scope checks and the audit trail. */
export interface Caller {
  user: AuthUser;
  requestId?: string;
}

export const actorOfCaller = (caller: Caller): Actor => actorOf(caller.user, caller.requestId);

/** Whether a database error is a unique-constraint violation (PostgreSQL 23505), wrapped or not. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}
