import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { CENTRE_KINDS, CENTRE_STATUSES } from '../../../shared/constants/registry';
import { districts, regions } from '../reference/reference.tables';
import { sqlFold } from './search';

const col = (name: string) => sql.raw(`coalesce("${name}", '')`);

/**
 * Youth resource centres. Never deleted: deactivation sets status and the audit trail keeps
 * every earlier state.
 */
export const centres = pgTable(
  'centres',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    kind: text('kind', { enum: CENTRE_KINDS }).notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => centres.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    districtId: integer('district_id').references(() => districts.id),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    address: text('address').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    phone: text('phone'),
    email: text('email'),
    openingHours: text('opening_hours'),
    services: text('services').array().notNull().default(sql`'{}'::text[]`),
    status: text('status', { enum: CENTRE_STATUSES }).notNull().default('active'),
    statusReason: text('status_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Names, code and address folded for case-insensitive search; kept by the database itself. */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(
        sqlFold(
          sql`${col('name_kk')} || ' ' || ${col('name_ru')} || ' ' || ${col('name_en')} || ' ' || ${col('code')} || ' ' || ${col('address')}`,
        ),
      ),
  },
  (t) => [
    uniqueIndex('centres_code_uq').on(t.code),
    index('centres_status_idx').on(t.status),
    index('centres_region_idx').on(t.regionCode),
    index('centres_parent_idx').on(t.parentId),
    index('centres_district_idx').on(t.districtId),
  ],
);

/** People working in a centre. Leaving sets leave_date; the row stays. */
export const staff = pgTable(
  'staff',
  {
    id: serial('id').primaryKey(),
    centreId: integer('centre_id')
      .notNull()
      .references(() => centres.id),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    position: text('position').notNull(),
    hireDate: date('hire_date', { mode: 'string' }).notNull(),
    leaveDate: date('leave_date', { mode: 'string' }),
    phone: text('phone'),
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Names, e-mail and phone (also as bare digits) folded for case-insensitive search. */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(
        sqlFold(
          sql`${col('last_name')} || ' ' || ${col('first_name')} || ' ' || ${col('middle_name')} || ' ' || ${col('email')} || ' ' || ${col('phone')} || ' ' || regexp_replace(${col('phone')}, '[^0-9]', '', 'g')`,
        ),
      ),
  },
  (t) => [
    index('staff_centre_idx').on(t.centreId, t.leaveDate),
    index('staff_hire_idx').on(t.hireDate),
    index('staff_position_idx').on(t.position),
    index('staff_name_idx').on(t.lastName, t.firstName),
  ],
);
