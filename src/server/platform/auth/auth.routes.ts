import { eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  changePasswordRequestSchema,
  currentUserSchema,
  loginRequestSchema,
  updateMeRequestSchema,
} from '../../../shared/contracts/auth';
import { actorOf, recordAudit } from '../audit/audit';
import { AppError, invalidFields } from '../http/app-error';
import type { App, AppDeps } from '../http/types';
import { users } from './auth.tables';
import { loadAuthUser } from './auth-user';
import { dummyPasswordHash, hashPassword, passwordContainsEmail, verifyPassword } from './password';
import { createSession, deleteSession, deleteUserSessions, SESSION_COOKIE } from './session-store';
import { isThrottled, recordAttempt, THROTTLE } from './throttle';

/** Sign-in, sign-out, the current user, language preference and password change. */
export function authRoutes(app: App, { db, config }: AppDeps) {
  const cookieOptions = (secure: boolean) => ({
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
  });

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: loginRequestSchema,
        response: { 200: currentUserSchema },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const ip = request.ip;
      if (await isThrottled(db, email, ip)) {
        throw new AppError('too_many_attempts', { params: { minutes: THROTTLE.windowMinutes } });
      }
      const [row] = await db
        .select({ id: users.id, hash: users.passwordHash, isActive: users.isActive })
        .from(users)
        .where(eq(users.email, email));
      const ok = await verifyPassword(row?.hash ?? (await dummyPasswordHash()), password);
      const user = ok && row?.isActive ? await loadAuthUser(db, row.id) : null;
      await recordAttempt(db, email, ip, Boolean(user));
      if (!user) throw new AppError('invalid_credentials');

      // A new session id at every sign-in; the old one (if any) stops working.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await deleteSession(db, previous);
      const session = await createSession(db, user.id, config.SESSION_TTL_HOURS, {
        ip,
        userAgent: request.headers['user-agent'],
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        ...cookieOptions(request.protocol === 'https'),
        expires: session.expiresAt,
      });
      return user;
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'public', allowWithTemporaryPassword: true },
      schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(db, token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions(request.protocol === 'https'));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { access: 'signed-in', allowWithTemporaryPassword: true },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user with role and scope',
        response: { 200: currentUserSchema },
      },
    },
    async (request) => request.user!,
  );

  app.patch(
    '/api/v1/auth/me',
    {
      config: { access: 'signed-in', allowWithTemporaryPassword: true },
      schema: {
        tags: ['auth'],
        summary: "Remember the user's language",
        body: updateMeRequestSchema,
        response: { 200: currentUserSchema },
      },
    },
    async (request) => {
      const user = request.user!;
      await db
        .update(users)
        .set({ locale: request.body.locale, updatedAt: new Date() })
        .where(eq(users.id, user.id));
      return (await loadAuthUser(db, user.id))!;
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { access: 'signed-in', allowWithTemporaryPassword: true },
      schema: {
        tags: ['auth'],
        summary: 'Change own password; other sessions are signed out',
        body: changePasswordRequestSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const { currentPassword, newPassword } = request.body;
      const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
      if (!(await verifyPassword(row.hash, currentPassword))) {
        throw invalidFields([{ field: 'currentPassword', code: 'password_mismatch' }]);
      }
      if (newPassword === currentPassword)
        throw invalidFields([{ field: 'newPassword', code: 'password_reused' }]);
      if (passwordContainsEmail(newPassword, user.email)) {
        throw invalidFields([{ field: 'newPassword', code: 'password_weak' }]);
      }
      const hash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash: hash, passwordChangedAt: new Date(), mustChangePassword: false })
          .where(eq(users.id, user.id));
        await recordAudit(tx, actorOf(user, request.id), {
          action: 'password_change',
          entityType: 'user',
          entityId: user.id,
        });
      });
      await deleteUserSessions(db, user.id, request.cookies[SESSION_COOKIE]);
      return reply.status(204).send(null);
    },
  );
}
