import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  time,
  timestamp,
} from 'drizzle-orm/pg-core';
import { REFERRAL_TARGETS, SERVICE_FORMATS, SERVICE_OUTCOMES } from '../../../../shared/constants/journal';
import { CENTRE_KINDS } from '../../../../shared/constants/registry';
import { GENDERS } from '../../../../shared/contracts/youth';
import { users } from '../../../platform/auth/auth.tables';
import { regions } from '../../reference/reference.tables';
import { centres } from '../../registry/registry.tables';
import { journalEvents } from '../events/events.tables';
import { serviceDirections, serviceTypes } from '../journal.tables';
import { stateProgrammes } from '../programmes/programmes.tables';
import { youth } from '../youth/youth.tables';

/**
 * The service journal: one row per service given to one young person (or to an unnamed one where
 * the service type allows it). Rows are corrected in place with a version counter and an audit
 * entry per change, and deleted softly (`deleted_at`), so history is never lost.
 *
 * The young person's gender, age and NEET status are copied onto the record as they were on the
 * day of the service: rollups and reports then describe the day, not today's registry.
 * The direction is copied from the service type for the same reason.
 *
 * Notes of confidential service types (psychology) are never in `notes`: they are only in
 * `notes_encrypted` (AES-GCM, context = record id) and readable by `recorded_by` alone.
 */
export const journalRecords = pgTable(
  'journal_records',
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
    directionId: integer('direction_id')
      .notNull()
      .references(() => serviceDirections.id),
    youthId: integer('youth_id').references(() => youth.id),
    youthGender: text('youth_gender', { enum: GENDERS }),
    youthAge: smallint('youth_age'),
    youthNeet: boolean('youth_neet').notNull().default(false),
    serviceDate: date('service_date', { mode: 'string' }).notNull(),
    serviceTime: time('service_time'),
    format: text('format', { enum: SERVICE_FORMATS }).notNull(),
    durationMinutes: smallint('duration_minutes'),
    /** The specialist who gave the service (a user); null only for imported history naming nobody known. */
    specialistId: integer('specialist_id').references(() => users.id),
    /** Who gave the service as an imported file named them, when they are not a user. */
    specialistName: text('specialist_name'),
    programmeId: integer('programme_id').references(() => stateProgrammes.id),
    referral: text('referral', { enum: REFERRAL_TARGETS }),
    outcome: text('outcome', { enum: SERVICE_OUTCOMES }),
    notes: text('notes'),
    notesEncrypted: text('notes_encrypted'),
    /** Set when the record is one attendance at a group event. */
    eventId: integer('event_id').references(() => journalEvents.id),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: integer('deleted_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('journal_records_key_idx').on(t.centreId, t.serviceDate, t.serviceTypeId),
    index('journal_records_youth_idx').on(t.youthId, t.serviceDate),
    index('journal_records_region_date_idx').on(t.regionCode, t.serviceDate),
    index('journal_records_specialist_idx').on(t.specialistId, t.serviceDate),
    index('journal_records_event_idx').on(t.eventId),
  ],
);

/**
 * The additive figures every services rollup carries (a write moves them by its difference): services,
 * those to an unnamed young person, those to a young person NEET on the day, and minutes. A function,
 * so each table gets its own column objects.
 */
const serviceFigures = () => ({
  services: integer('services').notNull(),
  anonymousServices: integer('anonymous_services').notNull(),
  neetServices: integer('neet_services').notNull(),
  minutes: integer('minutes').notNull(),
});

/**
 * Services per centre × day × service type, kept exact by every journal write in the same
 * transaction (see rollups.ts): additive figures only, so a write moves them by its difference.
 * Distinct young people come from `journal_youth_months` and `journal_people_months`.
 */
export const journalDailyRollup = pgTable(
  'journal_daily_rollup',
  {
    centreId: integer('centre_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    serviceTypeId: integer('service_type_id').notNull(),
    regionCode: text('region_code').notNull(),
    directionId: integer('direction_id').notNull(),
    ...serviceFigures(),
  },
  (t) => [
    primaryKey({ columns: [t.centreId, t.day, t.serviceTypeId] }),
    index('journal_daily_rollup_region_day_idx').on(t.regionCode, t.day),
    index('journal_daily_rollup_day_idx').on(t.day),
  ],
);

/**
 * Which named young people a centre served in a month under a direction, with how many services:
 * the exact base for "distinct young people" over any run of months without reading the journal.
 * Gender and NEET are as recorded that month (NEET if any service found them NEET).
 */
export const journalYouthMonths = pgTable(
  'journal_youth_months',
  {
    centreId: integer('centre_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    directionId: integer('direction_id').notNull(),
    youthId: integer('youth_id').notNull(),
    regionCode: text('region_code').notNull(),
    services: integer('services').notNull(),
    gender: text('gender', { enum: GENDERS }),
    age: smallint('age'),
    neet: boolean('neet').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.centreId, t.month, t.directionId, t.youthId] }),
    index('journal_youth_months_region_month_idx').on(t.regionCode, t.month),
    index('journal_youth_months_youth_idx').on(t.youthId),
  ],
);

/**
 * Services per centre × month × service type × direction (as recorded), with the centre's region and
 * kind copied on: the dashboard's additive figures for any period, place, kind and direction from at
 * most a few hundred rows per month nationally. Kept exact by every write (rollups.ts).
 */
export const journalMonthServices = pgTable(
  'journal_month_services',
  {
    centreId: integer('centre_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    serviceTypeId: integer('service_type_id').notNull(),
    directionId: integer('direction_id').notNull(),
    regionCode: text('region_code').notNull(),
    centreKind: text('centre_kind', { enum: CENTRE_KINDS }).notNull(),
    ...serviceFigures(),
  },
  (t) => [
    primaryKey({
      name: 'journal_month_services_pk',
      columns: [t.centreId, t.month, t.serviceTypeId, t.directionId],
    }),
    index('journal_month_services_month_idx').on(t.month),
  ],
);

/**
 * Services per region × centre kind × month × direction: `journal_month_services` without the centre
 * and the service type, about twenty times fewer rows, for the dashboards of the country and of a
 * region (a centre's dashboard reads its own month services). Kept exact by every write (rollups.ts).
 */
export const journalRegionMonthServices = pgTable(
  'journal_region_month_services',
  {
    regionCode: text('region_code').notNull(),
    centreKind: text('centre_kind', { enum: CENTRE_KINDS }).notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    directionId: integer('direction_id').notNull(),
    ...serviceFigures(),
  },
  (t) => [
    primaryKey({
      name: 'journal_region_month_services_pk',
      columns: [t.regionCode, t.centreKind, t.month, t.directionId],
    }),
    index('journal_region_month_services_month_idx').on(t.month),
  ],
);

/**
 * Distinct young people over any run of months without reading per-person rows ("previous
 * occurrence" counts, decision 010). A grain is a place (the country: region '' and centre 0; a
 * region: centre 0; a centre), a centre kind ('' = every kind; a centre's own rows carry its kind), a
 * direction (0 = every direction) and a stream (`neet`: only months in which the person was recorded
 * NEET). `people` is how many persons were served in the grain in `month` and, before that, last in
 * `prev_month` ('-infinity' if never). Distinct persons in [a, b] = the sum over month in [a, b] with
 * prev_month < a.
 */
export const journalPeopleMonths = pgTable(
  'journal_people_months',
  {
    centreId: integer('centre_id').notNull(),
    centreKind: text('centre_kind').notNull(),
    directionId: integer('direction_id').notNull(),
    regionCode: text('region_code').notNull(),
    neet: boolean('neet').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    prevMonth: date('prev_month', { mode: 'string' }).notNull(),
    people: integer('people').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'journal_people_months_pk',
      columns: [t.centreId, t.centreKind, t.directionId, t.regionCode, t.neet, t.month, t.prevMonth],
    }),
  ],
);
