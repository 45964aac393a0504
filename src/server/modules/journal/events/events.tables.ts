import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  serial,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { SERVICE_FORMATS } from '../../../../shared/constants/journal';
import { EVENT_KINDS, EVENT_STATUSES } from '../../../../shared/contracts/events';
import { users } from '../../../platform/auth/auth.tables';
import { regions } from '../../reference/reference.tables';
import { centres } from '../../registry/registry.tables';
import { serviceTypes } from '../journal.tables';
import { journalRecords } from '../records/records.tables';
import { youth } from '../youth/youth.tables';

/**
 * Group events of a centre (trainings, seminars, fairs, meetings) under a group service type.
 * Attendance is counted as services: each attended young person is one journal record of the
 * event's type (`journal_records.event_id`), and unnamed attendees become anonymous records where
 * the type allows them; otherwise their count stays here only.
 */
export const journalEvents = pgTable(
  'journal_events',
  {
    id: serial('id').primaryKey(),
    centreId: integer('centre_id')
      .notNull()
      .references(() => centres.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    serviceTypeId: integer('service_type_id')
      .notNull()
      .references(() => serviceTypes.id),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    eventDate: date('event_date', { mode: 'string' }).notNull(),
    startTime: time('start_time'),
    durationMinutes: smallint('duration_minutes'),
    format: text('format', { enum: SERVICE_FORMATS }).notNull(),
    location: text('location'),
    /** Places for registration; null is unlimited. */
    capacity: integer('capacity'),
    organiserId: integer('organiser_id').references(() => users.id),
    status: text('status', { enum: EVENT_STATUSES }).notNull().default('planned'),
    /** Attendees whose names were not taken (a head count). */
    unnamedAttendees: integer('unnamed_attendees').notNull().default(0),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('journal_events_centre_date_idx').on(t.centreId, t.eventDate),
    index('journal_events_region_date_idx').on(t.regionCode, t.eventDate),
  ],
);

/** Young people registered for an event; a young person registers once per event. */
export const journalEventParticipants = pgTable(
  'journal_event_participants',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => journalEvents.id),
    youthId: integer('youth_id')
      .notNull()
      .references(() => youth.id),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    registeredBy: integer('registered_by')
      .notNull()
      .references(() => users.id),
    attended: boolean('attended').notNull().default(false),
    /** The journal record of the attendance while `attended`. */
    recordId: integer('record_id').references(() => journalRecords.id),
  },
  (t) => [
    uniqueIndex('journal_event_participants_event_youth_uq').on(t.eventId, t.youthId),
    index('journal_event_participants_youth_idx').on(t.youthId),
  ],
);
