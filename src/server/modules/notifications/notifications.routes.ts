import { z } from 'zod';
import { idParamSchema } from '../../../shared/contracts/common';
import { notificationListQuerySchema, notificationListSchema } from '../../../shared/contracts/notifications';
import { notFound } from '../../platform/http/app-error';
import type { App, AppDeps } from '../../platform/http/types';
import { listNotifications, markAllRead, markRead } from './notifications.service';

const tags = ['Notifications'];

/** The caller's own in-app notifications: list with the unread count, mark one or all read. */
export function notificationRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/notifications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: "The caller's newest notifications and how many are unread",
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema },
      },
    },
    async (request) => listNotifications(db, request.user!.id, request.query.limit),
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: idParamSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      if (!(await markRead(db, request.user!.id, request.params.id))) throw notFound();
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Mark all my notifications read', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await markAllRead(db, request.user!.id);
      return reply.status(204).send(null);
    },
  );
}
