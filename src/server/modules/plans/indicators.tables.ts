import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  numeric,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import {
  INDICATOR_LEVELS,
  INDICATOR_SOURCES,
  INDICATOR_UNITS,
  INDICATOR_VALUE_ORIGINS,
} from '../../../shared/contracts/indicators';
import { users } from '../../platform/auth/auth.tables';
import { districts, regions } from '../reference/reference.tables';
import { centres } from '../registry/registry.tables';

/** Where an indicator's own row comes from: the shipped catalogue, or a national user's edit. */
export const INDICATOR_ROW_SOURCES = ['catalogue', 'manual'] as const;

/**
 * The catalogue of indicators needs assessment and plans read: official statistics, surveys,
 * figures computed from the journal, and figures typed in by hand. Keyed by a stable snake_case
 * code; deactivated, never deleted.
 */
export const indicators = pgTable('indicators', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameKk: text('name_kk').notNull(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionKk: text('description_kk'),
  descriptionRu: text('description_ru'),
  descriptionEn: text('description_en'),
  unit: text('unit', { enum: INDICATOR_UNITS }).notNull(),
  level: text('level', { enum: INDICATOR_LEVELS }).notNull(),
  source: text('source', { enum: INDICATOR_SOURCES }).notNull(),
  isActive: boolean('is_active').notNull().default(true),
  rowSource: text('row_source', { enum: INDICATOR_ROW_SOURCES }).notNull().default('manual'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Stored figures of an indicator: one per indicator × place × period. The place follows the
 * indicator's level: a region (region_code only), a district (plus district_id) or a centre (plus
 * centre_id); region_code is always set so regional scoping needs no join. A figure of a whole
 * year has quarter null. The age band says which ages the figure counts, since official statistics
 * changed bands over time (14-29, 15-28, 14-34, 14-35). Journal indicators are computed, not stored.
 */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: serial('id').primaryKey(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    districtId: integer('district_id').references(() => districts.id),
    centreId: integer('centre_id').references(() => centres.id),
    year: smallint('year').notNull(),
    quarter: smallint('quarter'),
    value: numeric('value', { mode: 'number' }).notNull(),
    ageBand: text('age_band').notNull().default('not stated'),
    sourceNote: text('source_note'),
    sourceUrl: text('source_url'),
    origin: text('origin', { enum: INDICATOR_VALUE_ORIGINS }).notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('indicator_values_place_period')
      .on(t.indicatorId, t.regionCode, t.districtId, t.centreId, t.year, t.quarter)
      .nullsNotDistinct(),
    index('indicator_values_region_year_idx').on(t.regionCode, t.year),
    check('indicator_values_quarter_range', sql`${t.quarter} is null or ${t.quarter} between 1 and 4`),
  ],
);
