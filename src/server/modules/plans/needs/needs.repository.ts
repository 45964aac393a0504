import { and, asc, desc, eq, gt, lte, max, sql } from 'drizzle-orm';
import type {
  NeedsMethodology,
  NeedsMethodologyRevision,
} from '../../../../shared/contracts/needs-methodology';
import type { DbOrTx } from '../../../db/client';
import { users } from '../../../platform/auth/auth.tables';
import { centres } from '../../registry/registry.tables';
import type { NeedsCentre } from './needs.inputs';
import { needsMethodologies } from './needs.tables';

/** A methodology as the scoring uses it: the content and the version it came from. */
export interface MethodologyVersion {
  year: number;
  revision: number;
  content: NeedsMethodology;
}

const revisionColumns = {
  year: needsMethodologies.year,
  revision: needsMethodologies.revision,
  content: needsMethodologies.content,
  note: needsMethodologies.note,
  createdAt: needsMethodologies.createdAt,
  createdById: needsMethodologies.createdBy,
  createdByName: users.fullName,
};

type RevisionRow = {
  year: number;
  revision: number;
  content: NeedsMethodology;
  note: string | null;
  createdAt: Date;
  createdById: number | null;
  createdByName: string | null;
};

/** A stored revision as the API answers it. */
export const revisionOf = (r: RevisionRow): NeedsMethodologyRevision => ({
  year: r.year,
  revision: r.revision,
  methodology: r.content,
  note: r.note,
  createdAt: r.createdAt.toISOString(),
  createdBy: r.createdById === null ? null : { id: r.createdById, name: r.createdByName ?? '' },
});

/** One revision of a year (the newest when none is named), or undefined. */
export async function findRevision(
  db: DbOrTx,
  year: number,
  revision?: number,
): Promise<RevisionRow | undefined> {
  const [row] = await db
    .select(revisionColumns)
    .from(needsMethodologies)
    .leftJoin(users, eq(users.id, needsMethodologies.createdBy))
    .where(
      and(
        eq(needsMethodologies.year, year),
        revision === undefined ? undefined : eq(needsMethodologies.revision, revision),
      ),
    )
    .orderBy(desc(needsMethodologies.revision))
    .limit(1);
  return row;
}

/** Every revision of a year, newest first. */
export function listRevisions(db: DbOrTx, year: number): Promise<RevisionRow[]> {
  return db
    .select(revisionColumns)
    .from(needsMethodologies)
    .leftJoin(users, eq(users.id, needsMethodologies.createdBy))
    .where(eq(needsMethodologies.year, year))
    .orderBy(desc(needsMethodologies.revision));
}

/** The years that have a methodology, each with its newest revision, newest year first. */
export function listMethodologyYears(db: DbOrTx) {
  return db
    .select({
      year: needsMethodologies.year,
      revision: max(needsMethodologies.revision).mapWith(Number),
      updatedAt: sql<string>`max(${needsMethodologies.createdAt})`.mapWith((v) => new Date(v).toISOString()),
    })
    .from(needsMethodologies)
    .groupBy(needsMethodologies.year)
    .orderBy(desc(needsMethodologies.year));
}

/**
 * The methodology that applies to a year: that year's newest revision; for a year without one, the
 * newest revision of the latest earlier year, or else of the earliest later year.
 */
export async function methodologyForYear(db: DbOrTx, year: number): Promise<MethodologyVersion | undefined> {
  const pick = async (where: ReturnType<typeof lte>, yearOrder: 'asc' | 'desc') => {
    const [row] = await db
      .select({
        year: needsMethodologies.year,
        revision: needsMethodologies.revision,
        content: needsMethodologies.content,
      })
      .from(needsMethodologies)
      .where(where)
      .orderBy(
        yearOrder === 'desc' ? desc(needsMethodologies.year) : asc(needsMethodologies.year),
        desc(needsMethodologies.revision),
      )
      .limit(1);
    return row;
  };
  return (
    (await pick(lte(needsMethodologies.year, year), 'desc')) ??
    (await pick(gt(needsMethodologies.year, year), 'asc'))
  );
}

/** Adds the next revision of a year's methodology and returns it. */
export async function insertRevision(
  tx: DbOrTx,
  year: number,
  content: NeedsMethodology,
  note: string | null,
  userId: number | null,
) {
  const [last] = await tx
    .select({ revision: max(needsMethodologies.revision).mapWith(Number) })
    .from(needsMethodologies)
    .where(eq(needsMethodologies.year, year));
  const revision = (last?.revision ?? 0) + 1;
  const [row] = await tx
    .insert(needsMethodologies)
    .values({ year, revision, content, note, createdBy: userId })
    .returning();
  return row;
}

/** Where a centre is, or undefined when there is no such centre. */
export async function findNeedsCentre(db: DbOrTx, centreId: number): Promise<NeedsCentre | undefined> {
  const [row] = await db
    .select({ id: centres.id, regionCode: centres.regionCode, districtId: centres.districtId })
    .from(centres)
    .where(eq(centres.id, centreId));
  return row;
}
