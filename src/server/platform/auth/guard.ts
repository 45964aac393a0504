import type { FastifyInstance } from 'fastify';
import type { Locale } from '../../../shared/constants/roles';
import { pickLocale } from '../../../shared/i18n';
import type { AppDb } from '../../db/client';
import { AppError } from '../http/app-error';
import { type Access, isAllowed } from './access';
import { type AuthUser, loadSessionUser } from './auth-user';
import { SESSION_COOKIE } from './session-store';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * The route answers a user who still has a temporary password (their own account, the
     * password change, sign-out); every other signed-in route refuses them until they choose one.
     */
    allowWithTemporaryPassword?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in user, or null. */
    user: AuthUser | null;
    /** The language for messages: the user's choice, else the browser's. */
    locale: Locale;
  }
}

/**
 * Resolves the session on every request and enforces each route's declared access.
 * A route under /api/v1 without an `access` declaration fails at start-up, so none can forget it.
 */
export function installGuard(app: FastifyInstance, db: AppDb) {
  app.decorateRequest('user', null);
  app.decorateRequest('locale', 'kk');

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access`);
    }
  });

  app.addHook('onRequest', async (request) => {
    request.locale = pickLocale(request.headers['accept-language']);
    // The web app's files and shell are the same for everyone: no session lookup for them.
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.user = await loadSessionUser(db, token);
    if (request.user?.locale) request.locale = request.user.locale;
  });

  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    if (!request.user) throw new AppError('unauthenticated');
  });

  // Role (and a pending password change) is checked after validation so the order of answers is
  // 401 → 400 → 403 → 404.
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    if (request.user?.mustChangePassword && !request.routeOptions.config?.allowWithTemporaryPassword) {
      throw new AppError('password_change_required');
    }
    if (!isAllowed(access, request.user?.role)) throw new AppError('forbidden');
  });
}
