import { z } from 'zod';
import { SERVICE_FORMATS } from '../constants/journal';
import { isoDateSchema, localizedNameSchema, optional, pageOf, pagingQuerySchema } from './common';

/**
 * Group events: trainings, seminars, fairs and meetings of a centre under a group service type,
 * with a registration list and an attendance list that count as services. Rules the API keeps:
 * - Only group service types (`isGroup`); above centre level `centreId` names the centre.
 * - Registration: young people in the caller's scope with consent in force, within `capacity`,
 *   while the event is planned; a young person registers once.
 * - Attendance: on or after the event's day, never for a cancelled event; each attended young
 *   person is one journal record of the event's type (`eventId` set) written in the same
 *   transaction, un-marking deletes it softly with a reason. Unnamed attendees become anonymous
 *   records only when the type allows anonymous; otherwise the count stays on the event only.
 * - Cancelling an event with attendance is refused; changing its date, time, type, format or
 *   duration corrects its records so rollups follow.
 */

/** What kind of group event it is. */
export const EVENT_KINDS = ['training', 'seminar', 'fair', 'meeting', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Where an event stands: planned (registration open), held, or cancelled. */
export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Which events a list shows: from today on, before today, or all. */
export const EVENT_WHEN = ['upcoming', 'past'] as const;

const positiveId = z.coerce.number().int().positive();
/** A required id from a form or a body: empty is "required", not "not a number". */
const requiredId = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? undefined : typeof v === 'string' ? Number(v) : v),
  z.number().int().positive(),
);
const timeSchema = z
  .string()
  .trim()
  .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { params: { code: 'invalid_value' } });

const eventFields = {
  serviceTypeId: requiredId,
  kind: z.enum(EVENT_KINDS),
  title: z.string().trim().min(1).max(200),
  description: optional(z.string().trim().max(4000)),
  eventDate: isoDateSchema,
  startTime: optional(timeSchema),
  durationMinutes: optional(z.coerce.number().int().min(1).max(720)),
  format: z.enum(SERVICE_FORMATS),
  location: optional(z.string().trim().max(300)),
  /** Places for registration; empty is unlimited. */
  capacity: optional(z.coerce.number().int().min(1).max(10000)),
  /** The staff member who runs it (a user of the centre); defaults to the caller. */
  organiserId: optional(positiveId),
};

export const newEventSchema = z
  .object({ centreId: optional(positiveId), ...eventFields })
  .meta({ id: 'NewGroupEvent' });
export type NewEvent = z.infer<typeof newEventSchema>;

/** An edit: the event's values in full, with the version the editor saw. */
export const eventUpdateSchema = z
  .object({ ...eventFields, version: z.coerce.number().int().positive() })
  .meta({ id: 'GroupEventUpdate' });
export type EventUpdate = z.infer<typeof eventUpdateSchema>;

/** Young people to register or unregister at once. */
export const eventParticipantsChangeSchema = z
  .object({ youthIds: z.array(positiveId).min(1).max(500) })
  .meta({ id: 'GroupEventParticipantsChange' });
export type EventParticipantsChange = z.infer<typeof eventParticipantsChangeSchema>;

/** The attendance as it is now: who of the registered came, and how many came unnamed. */
export const eventAttendanceSchema = z
  .object({
    attendedYouthIds: z.array(positiveId).max(1000),
    unnamedAttendees: z.coerce.number().int().min(0).max(10000).default(0),
    /** Why attendance is taken back, kept with the deleted records; a standard reason when empty. */
    reason: optional(z.string().trim().min(3).max(500)),
  })
  .meta({ id: 'GroupEventAttendance' });
export type EventAttendance = z.infer<typeof eventAttendanceSchema>;

export const eventParticipantSchema = z
  .object({
    youthId: z.number().int(),
    /** "Lastname Firstname Middlename" while consent is in force; null after withdrawal. */
    name: z.string().nullable(),
    birthDate: z.string().nullable(),
    registeredAt: z.string(),
    attended: z.boolean(),
    recordId: z.number().int().nullable(),
  })
  .meta({ id: 'GroupEventParticipant' });
export type EventParticipant = z.infer<typeof eventParticipantSchema>;

export const eventSchema = z
  .object({
    id: z.number().int(),
    centreId: z.number().int(),
    centreName: localizedNameSchema,
    regionCode: z.string(),
    serviceTypeId: z.number().int(),
    serviceTypeName: localizedNameSchema,
    /** The type allows anonymous records: unnamed attendees are counted as services. */
    allowsAnonymous: z.boolean(),
    kind: z.enum(EVENT_KINDS),
    title: z.string(),
    description: z.string().nullable(),
    eventDate: z.string(),
    startTime: z.string().nullable(),
    durationMinutes: z.number().int().nullable(),
    format: z.enum(SERVICE_FORMATS),
    location: z.string().nullable(),
    capacity: z.number().int().nullable(),
    organiserId: z.number().int().nullable(),
    organiserName: z.string().nullable(),
    status: z.enum(EVENT_STATUSES),
    unnamedAttendees: z.number().int(),
    registered: z.number().int(),
    attended: z.number().int(),
    /** Live journal records of the event: the services it counts. */
    services: z.number().int(),
    anonymousServices: z.number().int(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'GroupEvent' });
export type GroupEvent = z.infer<typeof eventSchema>;

export const eventDetailSchema = eventSchema
  .extend({ participants: z.array(eventParticipantSchema) })
  .meta({ id: 'GroupEventDetail' });
export type GroupEventDetail = z.infer<typeof eventDetailSchema>;

export const eventListQuerySchema = pagingQuerySchema.extend({
  from: optional(isoDateSchema),
  to: optional(isoDateSchema),
  when: optional(z.enum(EVENT_WHEN)),
  status: optional(z.enum(EVENT_STATUSES)),
  centreId: optional(positiveId),
  q: optional(z.string().trim().max(100)),
});
export type EventListQuery = z.infer<typeof eventListQuerySchema>;

export const eventPageSchema = pageOf(eventSchema).meta({ id: 'GroupEventPage' });
