import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * First-level territorial units (17 regions + 3 cities of republican significance), keyed by the
 * two-digit KATO code. Rows are versioned with valid_from/valid_to so a territorial reform closes
 * a row instead of rewriting history.
 */
export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  iso: text('iso').notNull(),
  isoLegacy: text('iso_legacy'),
  kind: text('kind', { enum: ['region', 'city'] }).notNull(),
  nameKk: text('name_kk').notNull(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  adminCentreKk: text('admin_centre_kk'),
  adminCentreRu: text('admin_centre_ru'),
  youthPopulation: integer('youth_population'),
  youthPopulationYear: integer('youth_population_year'),
  youthAgeBand: text('youth_age_band'),
  youthPopulationSource: text('youth_population_source'),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
});

/** Districts and cities of regional significance (second KATO level). */
export const districts = pgTable(
  'districts',
  {
    id: serial('id').primaryKey(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    katoPrefix: text('kato_prefix'),
    kind: text('kind', { enum: ['city', 'district'] }).notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    isRegionalCentre: boolean('is_regional_centre').notNull().default(false),
    note: text('note'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    index('districts_region_idx').on(t.regionCode),
    uniqueIndex('districts_region_name_uq').on(t.regionCode, t.nameRu).where(sql`${t.validTo} is null`),
  ],
);
