import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { AppDb } from '../../db/client';
import { loginAttempts } from './auth.tables';

/** Failed sign-ins allowed in the window before the account, or the address, must wait. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 30 } as const;

/** True when this e-mail or this address has failed too often in the window. */
export async function isThrottled(db: AppDb, email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const [byEmail] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)),
    );
  if (byEmail.n >= THROTTLE.perAccount) return true;
  const [byIp] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return byIp.n >= THROTTLE.perAddress;
}

export async function recordAttempt(db: AppDb, email: string, ip: string, succeeded: boolean) {
  await db.insert(loginAttempts).values({ email, ip, succeeded });
}

/** Attempts older than a day no longer count for anything; dropping them keeps the table small. */
export async function purgeOldAttempts(db: AppDb) {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(Date.now() - 86_400_000)));
}
