import { idParamSchema, pageOf } from '../../../shared/contracts/common';
import {
  createdUserSchema,
  newUserSchema,
  temporaryPasswordSchema,
  userSchema,
  usersQuerySchema,
  userUpdateSchema,
} from '../../../shared/contracts/users';
import { actorOf } from '../../platform/audit/audit';
import {
  createUser,
  generatePassword,
  resetPasswordOf,
  setUserActive,
  updateUser,
} from '../../platform/auth/users.service';
import { notFound } from '../../platform/http/app-error';
import type { App, AppDeps } from '../../platform/http/types';
import { findUser, listUsersPage } from './users.repository';

const tags = ['users'];
const ADMIN = ['admin'] as const;

/** User administration for admins: accounts, roles and scopes, temporary passwords, deactivation. */
export function usersRoutes(app: App, { db }: AppDeps) {
  const found = async (id: number) => {
    const user = await findUser(db, id);
    if (!user) throw notFound();
    return user;
  };

  app.get(
    '/api/v1/users',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'Users: search over name and e-mail, role, region and status filters, paging',
        querystring: usersQuerySchema,
        response: { 200: pageOf(userSchema) },
      },
    },
    async (request) => {
      const { query } = request;
      return { ...(await listUsersPage(db, query)), page: query.page, pageSize: query.pageSize };
    },
  );

  app.get(
    '/api/v1/users/:id',
    {
      config: { access: ADMIN },
      schema: { tags, summary: 'One user', params: idParamSchema, response: { 200: userSchema } },
    },
    async (request) => found(request.params.id),
  );

  app.post(
    '/api/v1/users',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'Create a user bound to their role’s scope; answers a temporary password once',
        body: newUserSchema,
        response: { 201: createdUserSchema },
      },
    },
    async (request, reply) => {
      const temporaryPassword = generatePassword();
      const created = await createUser(
        db,
        { ...request.body, centreId: request.body.centreId ?? null, password: temporaryPassword },
        actorOf(request.user!, request.id),
      );
      return reply.status(201).send({ ...(await found(created.id)), temporaryPassword });
    },
  );

  app.put(
    '/api/v1/users/:id',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'Change a user’s name, role with its scope, and language',
        params: idParamSchema,
        body: userUpdateSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      await updateUser(
        db,
        request.params.id,
        { ...request.body, centreId: request.body.centreId ?? null },
        actorOf(request.user!, request.id),
      );
      return found(request.params.id);
    },
  );

  app.post(
    '/api/v1/users/:id/reset-password',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'Set a new temporary password (answered once) and end the user’s sessions',
        params: idParamSchema,
        response: { 200: temporaryPasswordSchema },
      },
    },
    async (request) => {
      const temporaryPassword = generatePassword();
      await resetPasswordOf(db, request.params.id, temporaryPassword, actorOf(request.user!, request.id));
      return { temporaryPassword };
    },
  );

  for (const [action, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    app.post(
      `/api/v1/users/:id/${action}`,
      {
        config: { access: ADMIN },
        schema: {
          tags,
          summary: active
            ? 'Let a deactivated user sign in again'
            : 'Stop a user from signing in and end their sessions (not yourself)',
          params: idParamSchema,
          response: { 200: userSchema },
        },
      },
      async (request) => {
        await setUserActive(db, request.params.id, active, actorOf(request.user!, request.id));
        return found(request.params.id);
      },
    );
  }
}
