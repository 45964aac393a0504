import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { FUNDING_SOURCES } from '../../../../shared/contracts/plan-content';

/** Where a template row comes from: the shipped library, or a national user's edit or addition. */
export const ACTIVITY_TEMPLATE_ORIGINS = ['library', 'manual'] as const;

/**
 * The methodological library of activity templates national users maintain: what a centre may plan
 * in a direction, when it usually runs, how many young people one staff member usually reaches with
 * it, what it usually costs and from which source, and which journal indicator it feeds. The plan
 * builder proposes activities and budget lines from the active templates of a plan's priority
 * directions. Deactivated, never deleted (plans keep the code of the template they came from).
 */
export const activityTemplates = pgTable(
  'activity_templates',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionKk: text('description_kk').notNull().default(''),
    descriptionRu: text('description_ru').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    /** Direction codes of the service catalogue the template serves. */
    directions: text('directions').array().notNull(),
    /** Quarters (1-4) in which it usually runs. */
    quarters: integer('quarters').array().notNull(),
    participantsPerStaff: integer('participants_per_staff').notNull(),
    /** Tenge, whole, for one run of the activity in a year. */
    defaultCost: integer('default_cost').notNull(),
    fundingSource: text('funding_source', { enum: FUNDING_SOURCES }).notNull(),
    /** The journal indicator its results feed (`served_youth`, `neet_reached`, ...), if any. */
    kpiIndicator: text('kpi_indicator'),
    isActive: boolean('is_active').notNull().default(true),
    origin: text('origin', { enum: ACTIVITY_TEMPLATE_ORIGINS }).notNull().default('manual'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('activity_templates_code_unique').on(t.code),
    check('activity_templates_participants_nonneg', sql`${t.participantsPerStaff} >= 0`),
    check('activity_templates_cost_nonneg', sql`${t.defaultCost} >= 0`),
  ],
);
