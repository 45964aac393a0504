import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, serial, smallint, timestamp, unique } from 'drizzle-orm/pg-core';
import type { EvaluationWeightValues } from '../../../../shared/contracts/evaluation';
import { users } from '../../../platform/auth/auth.tables';

/**
 * The weights of the year-end evaluation, per year, as methodology data: every save adds a revision
 * (1, 2, ...) and the latest revision of a year is in force; earlier ones stay as its history.
 * `weights` holds the percent of each component (`evaluationWeightValuesSchema`, adding up to 100).
 * `created_by` is null for the default the system seeds.
 */
export const evaluationWeights = pgTable(
  'evaluation_weights',
  {
    id: serial('id').primaryKey(),
    year: smallint('year').notNull(),
    revision: integer('revision').notNull(),
    weights: jsonb('weights').$type<EvaluationWeightValues>().notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('evaluation_weights_year_revision_unique').on(t.year, t.revision),
    check('evaluation_weights_year_range', sql`${t.year} between 2020 and 2100`),
    check('evaluation_weights_revision_positive', sql`${t.revision} >= 1`),
  ],
);
