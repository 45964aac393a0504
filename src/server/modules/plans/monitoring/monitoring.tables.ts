import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  doublePrecision,
  index,
  integer,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { users } from '../../../platform/auth/auth.tables';
import { plans } from '../plans/plans.tables';

// PGlite reads bytea as Uint8Array and node-postgres as Buffer: both become a Buffer here.
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * Entered actuals of a plan's manual KPIs: the year-to-date value at the end of a quarter with the
 * evidence file that supports it, kept in the database with its name, type, size and SHA-256.
 * Rows are never changed: a correction is a new row for the same plan, KPI and quarter, and the
 * latest row (highest id) is the one in force. KPI ids are stable across plan versions.
 */
export const planKpiActuals = pgTable(
  'plan_kpi_actuals',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    kpiId: text('kpi_id').notNull(),
    quarter: smallint('quarter').notNull(),
    value: doublePrecision('value').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    fileSize: integer('file_size').notNull(),
    sha256: text('sha256').notNull(),
    file: bytea('file').notNull(),
    enteredBy: integer('entered_by')
      .notNull()
      .references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plan_kpi_actuals_plan_kpi_idx').on(t.planId, t.kpiId, t.quarter),
    check('plan_kpi_actuals_quarter', sql`${t.quarter} between 1 and 4`),
    check('plan_kpi_actuals_value', sql`${t.value} >= 0`),
  ],
);
