import { sql } from 'drizzle-orm';
import { boolean, integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { PROGRAMME_STATUSES, PROGRAMME_YOUTH_STATUSES } from '../../../../shared/contracts/programmes';

/** Where a row's current values come from: the shipped catalogue file, or a national user's edit. */
export const PROGRAMME_ROW_SOURCES = ['catalogue', 'manual'] as const;

/**
 * State programmes for young people, keyed by the catalogue's kebab-case code. Deactivated, never
 * deleted: journal records refer to the programmes they explained.
 */
export const stateProgrammes = pgTable('state_programmes', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameKk: text('name_kk').notNull(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  operator: text('operator').notNull(),
  sourceUrl: text('source_url'),
  additionalSources: text('additional_sources').array().notNull().default(sql`'{}'`),
  status: text('status', { enum: PROGRAMME_STATUSES }).notNull(),
  statusNote: text('status_note'),
  isActive: boolean('is_active').notNull().default(true),
  source: text('source', { enum: PROGRAMME_ROW_SOURCES }).notNull().default('manual'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A programme's terms in one year: who it is for and what it gives. One row per programme and year. */
export const stateProgrammeTerms = pgTable(
  'state_programme_terms',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => stateProgrammes.id),
    year: integer('year').notNull(),
    // The source has no Kazakh summaries yet: '' here, and readers get the Russian text instead.
    summaryKk: text('summary_kk').notNull().default(''),
    summaryRu: text('summary_ru').notNull(),
    summaryEn: text('summary_en').notNull(),
    benefit: text('benefit').notNull().default(''),
    conditions: text('conditions').array().notNull().default(sql`'{}'`),
    minAge: integer('min_age'),
    maxAge: integer('max_age'),
    eligibleStatuses: text('eligible_statuses', { enum: PROGRAMME_YOUTH_STATUSES })
      .array()
      .notNull()
      .default(sql`'{}'`),
    categories: text('categories').array().notNull().default(sql`'{}'`),
    asOf: text('as_of').notNull(),
    source: text('source', { enum: PROGRAMME_ROW_SOURCES }).notNull().default('manual'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('state_programme_terms_programme_year').on(t.programmeId, t.year)],
);
