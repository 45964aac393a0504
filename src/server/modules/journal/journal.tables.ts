import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Directions of youth work (career guidance, psychology, literacy, ...): the first level of the
 * service catalogue. Never deleted: a direction no longer offered is deactivated.
 */
export const serviceDirections = pgTable(
  'service_directions',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('service_directions_code_uq').on(t.code)],
);

/**
 * Service types under a direction: what a journal record says was provided. Flags steer the
 * journal: confidential types keep their notes with the author (psychology), anonymous types
 * allow a record without a named young person, group types are events with attendance lists.
 */
export const serviceTypes = pgTable(
  'service_types',
  {
    id: serial('id').primaryKey(),
    directionId: integer('direction_id')
      .notNull()
      .references(() => serviceDirections.id),
    code: text('code').notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    isConfidential: boolean('is_confidential').notNull().default(false),
    isGroup: boolean('is_group').notNull().default(false),
    allowsAnonymous: boolean('allows_anonymous').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('service_types_code_uq').on(t.code),
    index('service_types_direction_idx').on(t.directionId),
  ],
);
