import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Role } from '../../../shared/constants/roles';
import type {
  Notification,
  NotificationKind,
  NotificationList,
  NotificationParams,
} from '../../../shared/contracts/notifications';
import type { DbOrTx } from '../../db/client';
import { users } from '../../platform/auth/auth.tables';
import { notifications } from './notifications.tables';

/** A message to leave for some users: what happened, its placeholders, and where to look. */
export interface NewNotification {
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
}

/** Leaves the notification for each user (call it in the transaction of the change it tells about). */
export async function notifyUsers(tx: DbOrTx, userIds: readonly number[], n: NewNotification) {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return;
  await tx.insert(notifications).values(ids.map((userId) => ({ userId, ...n })));
}

/** The active users of a role, optionally within one region or one centre: the recipients of a step. */
export async function activeUsersOf(
  tx: DbOrTx,
  role: Role,
  where: { regionCode?: string; centreId?: number } = {},
): Promise<number[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.role, role),
        eq(users.isActive, true),
        where.regionCode ? eq(users.regionCode, where.regionCode) : undefined,
        where.centreId ? eq(users.centreId, where.centreId) : undefined,
      ),
    );
  return rows.map((r) => r.id);
}

const view = (r: typeof notifications.$inferSelect): Notification => ({
  id: r.id,
  kind: r.kind,
  params: r.params,
  link: r.link,
  createdAt: r.createdAt.toISOString(),
  readAt: r.readAt ? r.readAt.toISOString() : null,
});

/** The user's newest notifications and how many are unread. */
export async function listNotifications(
  db: DbOrTx,
  userId: number,
  limit: number,
): Promise<NotificationList> {
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.id))
    .limit(limit);
  const [{ n }] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { items: rows.map(view), unread: Number(n) };
}

/** Marks one of the user's notifications read; false when it is not theirs (or does not exist). */
export async function markRead(db: DbOrTx, userId: number, id: number): Promise<boolean> {
  const [row] = await db
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!row) return false;
  if (!row.readAt) await db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, id));
  return true;
}

/** Marks every unread notification of the user read. */
export async function markAllRead(db: DbOrTx, userId: number) {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/** The notifications of some users, for tests and for checks. */
export const notificationsOf = (db: DbOrTx, userIds: number[]) =>
  db.select().from(notifications).where(inArray(notifications.userId, userIds)).orderBy(notifications.id);
