import type { z } from 'zod';
import type { Role } from '../../../../shared/constants/roles';
import { idParamSchema } from '../../../../shared/contracts/common';
import {
  eventAttendanceSchema,
  eventDetailSchema,
  eventListQuerySchema,
  eventPageSchema,
  eventParticipantsChangeSchema,
  eventUpdateSchema,
  newEventSchema,
} from '../../../../shared/contracts/events';
import { actorOf } from '../../../platform/audit/audit';
import { notFound } from '../../../platform/http/app-error';
import type { App, AppDeps } from '../../../platform/http/types';
import { findEventInScope, listEvents, listParticipants } from './events.repository';
import {
  type Caller,
  cancelEvent,
  createEvent,
  markAttendance,
  markEventHeld,
  registerParticipants,
  unregisterParticipants,
  updateEvent,
} from './events.service';

const tags = ['group events'];
/** Staff who read events: regional and national read across their scope. */
export const EVENT_READERS = [
  'specialist',
  'center_manager',
  'regional',
  'national',
  'admin',
] as const satisfies readonly Role[];
/** Staff who run events: the centre's specialists and manager, and admin. */
export const EVENT_WRITERS = ['specialist', 'center_manager', 'admin'] as const satisfies readonly Role[];

/** Group events: plan, register young people, mark attendance (counted as journal services), hold, cancel. */
export function eventRoutes(app: App, { db }: AppDeps) {
  type Request = { user?: { id: number; email: string; scope: Caller['scope'] } | null; id: string };
  const callerOf = (request: Request): Caller => {
    const user = request.user!;
    return { scope: user.scope, actor: actorOf(user, request.id), userId: user.id };
  };
  const read = async (scope: Caller['scope'], id: number) => {
    const event = await findEventInScope(db, scope, id);
    if (!event) throw notFound();
    return { ...event, participants: await listParticipants(db, id) };
  };
  const detail = { 200: eventDetailSchema };

  app.get(
    '/api/v1/events',
    {
      config: { access: EVENT_READERS },
      schema: {
        tags,
        summary: 'Group events in scope: upcoming or past, by period, status, centre and title',
        querystring: eventListQuerySchema,
        response: { 200: eventPageSchema },
      },
    },
    (request) => listEvents(db, request.user!.scope, request.query),
  );

  app.post(
    '/api/v1/events',
    {
      config: { access: EVENT_WRITERS },
      schema: {
        tags,
        summary: 'Plan a group event under a group service type',
        body: newEventSchema,
        response: { 201: eventDetailSchema },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const id = await createEvent(db, caller, request.body);
      return reply.status(201).send(await read(caller.scope, id));
    },
  );

  app.get(
    '/api/v1/events/:id',
    {
      config: { access: EVENT_READERS },
      schema: {
        tags,
        summary: 'One event with its registration and attendance list',
        params: idParamSchema,
        response: detail,
      },
    },
    (request) => read(request.user!.scope, request.params.id),
  );

  app.put(
    '/api/v1/events/:id',
    {
      config: { access: EVENT_WRITERS },
      schema: {
        tags,
        summary: 'Edit an event; after attendance its journal records are corrected to match',
        params: idParamSchema,
        body: eventUpdateSchema,
        response: detail,
      },
    },
    async (request) => {
      const caller = callerOf(request);
      await updateEvent(db, caller, request.params.id, request.body);
      return read(caller.scope, request.params.id);
    },
  );

  const action = (
    path: string,
    summary: string,
    run: (caller: Caller, id: number, body: never) => Promise<unknown>,
    body?: z.ZodType,
  ) =>
    app.post(
      `/api/v1/events/:id/${path}`,
      {
        config: { access: EVENT_WRITERS },
        schema: { tags, summary, params: idParamSchema, ...(body ? { body } : {}), response: detail },
      },
      async (request) => {
        const caller = callerOf(request);
        const id = (request.params as { id: number }).id;
        await run(caller, id, request.body as never);
        return read(caller.scope, id);
      },
    );

  action('cancel', 'Cancel an event nobody attended', (caller, id) => cancelEvent(db, caller, id));
  action('held', 'Mark an event held, on or after its day', (caller, id) => markEventHeld(db, caller, id));
  action(
    'participants',
    'Register young people (in scope, with consent) within capacity while the event is planned',
    (caller, id, body) => registerParticipants(db, caller, id, body),
    eventParticipantsChangeSchema,
  );
  action(
    'participants/remove',
    'Take young people off the registration list while the event is planned',
    (caller, id, body) => unregisterParticipants(db, caller, id, body),
    eventParticipantsChangeSchema,
  );
  action(
    'attendance',
    'Set who attended and the unnamed count: each attendee is one journal service of the event',
    (caller, id, body) => markAttendance(db, caller, id, body),
    eventAttendanceSchema,
  );
}
