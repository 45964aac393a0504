import { sql } from 'drizzle-orm';
import {
  check,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import type { NeedsMethodology } from '../../../../shared/contracts/needs-methodology';
import { users } from '../../../platform/auth/auth.tables';

/**
 * The methodology of needs profiles per year, one row per revision: every save adds a revision, so
 * a profile computed earlier can always be explained with the revision it names. `content` is the
 * whole methodology (weights and formula parameters), validated by `needsMethodologySchema` before
 * it is written. `created_by` is null for the shipped default.
 */
export const needsMethodologies = pgTable(
  'needs_methodologies',
  {
    id: serial('id').primaryKey(),
    year: smallint('year').notNull(),
    revision: integer('revision').notNull(),
    content: jsonb('content').$type<NeedsMethodology>().notNull(),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('needs_methodologies_year_revision').on(t.year, t.revision),
    check('needs_methodologies_year_range', sql`${t.year} between 2020 and 2100`),
    check('needs_methodologies_revision_positive', sql`${t.revision} >= 1`),
  ],
);
