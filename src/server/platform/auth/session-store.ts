import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { AppDb } from '../../db/client';
import { slot } from '../../db/prepared';
import { sessions } from './auth.tables';

export const SESSION_COOKIE = 'jastar_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Creates a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(
  db: AppDb,
  userId: number,
  ttlHours: number,
  meta: { ip: string; userAgent?: string },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300),
  });
  return { token, expiresAt };
}

/**
 * The user of a live (known, unexpired) session, as a subquery for the user lookup, with slots
 * for the token and the time (`liveSessionValues`): the lookup runs on every request, built once.
 */
export const liveSessionUserIds = (db: AppDb) =>
  db
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, slot<string>('tokenHash')), gt(sessions.expiresAt, slot<Date>('now'))));

/** The values of `liveSessionUserIds`'s slots for a session token, now. */
export const liveSessionValues = (token: string) => ({
  tokenHash: hashToken(token),
  now: new Date().toISOString(),
});

export async function deleteSession(db: AppDb, token: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Signs a user out everywhere, e.g. after a password reset. */
export async function deleteUserSessions(db: AppDb, userId: number, exceptToken?: string) {
  const ofUser = eq(sessions.userId, userId);
  await db
    .delete(sessions)
    .where(exceptToken ? and(ofUser, ne(sessions.tokenHash, hashToken(exceptToken))) : ofUser);
}

export async function purgeExpiredSessions(db: AppDb) {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
