import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { GENDERS, YOUTH_STATUSES } from '../../../../shared/contracts/youth';
import { users } from '../../../platform/auth/auth.tables';
import { districts, regions } from '../../reference/reference.tables';
import { centres } from '../../registry/registry.tables';

/**
 * Young people registered by a centre, with the minimum of personal data. The IIN is never stored
 * in clear: `iin_hash` (keyed HMAC) finds duplicates, `iin_encrypted` (AES-GCM, context = id) lets
 * the registering centre see a masked form. On consent withdrawal names, contacts and the IIN are erased.
 */
export const youth = pgTable(
  'youth',
  {
    id: serial('id').primaryKey(),
    centreId: integer('centre_id')
      .notNull()
      .references(() => centres.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    districtId: integer('district_id').references(() => districts.id),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    gender: text('gender', { enum: GENDERS }).notNull(),
    phone: text('phone'),
    email: text('email'),
    status: text('status', { enum: YOUTH_STATUSES }).notNull(),
    neetSubgroup: text('neet_subgroup'),
    categories: text('categories').array().notNull().default(sql`'{}'`),
    iinHash: text('iin_hash').unique(),
    iinEncrypted: text('iin_encrypted'),
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => youth.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('youth_centre_idx').on(t.centreId),
    index('youth_region_idx').on(t.regionCode),
    index('youth_name_birth_idx').on(t.birthDate, t.lastName),
  ],
);

/** Recorded consents to processing: when, for what, who recorded it; withdrawal is kept, not deleted. */
export const youthConsents = pgTable(
  'youth_consents',
  {
    id: serial('id').primaryKey(),
    youthId: integer('youth_id')
      .notNull()
      .references(() => youth.id),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
    scope: text('scope').notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: integer('withdrawn_by').references(() => users.id),
  },
  (t) => [index('youth_consents_youth_idx').on(t.youthId)],
);
