import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { SURVEY_ANSWER_ORIGINS } from '../../../../shared/contracts/surveys';
import { users } from '../../../platform/auth/auth.tables';
import { districts, regions } from '../../reference/reference.tables';
import { centres } from '../../registry/registry.tables';

/**
 * A youth needs survey a centre runs for a year through a public link (`token`, random, unguessable).
 * `directions` are the service catalogue's direction codes offered as answers. `region_code` copies
 * the centre's region so regional scoping needs no join. Open from `opens_on` to `closes_on`
 * inclusive (dates in Kazakhstan).
 */
export const surveys = pgTable(
  'surveys',
  {
    id: serial('id').primaryKey(),
    token: text('token').notNull(),
    centreId: integer('centre_id')
      .notNull()
      .references(() => centres.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    year: smallint('year').notNull(),
    title: text('title').notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    directions: text('directions').array().notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('surveys_token_unique').on(t.token),
    index('surveys_centre_idx').on(t.centreId),
    index('surveys_region_year_idx').on(t.regionCode, t.year),
    check('surveys_year_range', sql`${t.year} between 2020 and 2100`),
    check('surveys_dates_order', sql`${t.opensOn} <= ${t.closesOn}`),
  ],
);

/**
 * One answer to a survey: the kinds of help named (direction codes) and optional age band, gender
 * and district; no personal data. `region_code` and `year` copy the survey's so demand is counted
 * without a join. `device_hash` is a keyed hash of the answering device's random id (online answers
 * only), unique per survey: one answer per device per survey. Imported answers have none.
 */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    id: serial('id').primaryKey(),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    districtId: integer('district_id').references(() => districts.id),
    year: smallint('year').notNull(),
    directions: text('directions').array().notNull(),
    ageBand: text('age_band'),
    gender: text('gender'),
    origin: text('origin', { enum: SURVEY_ANSWER_ORIGINS }).notNull(),
    deviceHash: text('device_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('survey_answers_device_unique').on(t.surveyId, t.deviceHash),
    index('survey_answers_survey_idx').on(t.surveyId),
    index('survey_answers_region_year_idx').on(t.regionCode, t.year, t.districtId),
  ],
);
