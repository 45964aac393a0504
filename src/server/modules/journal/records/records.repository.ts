import { and, desc, eq, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../../shared/contracts/auth';
import type { JournalListQuery, JournalRecord } from '../../../../shared/contracts/journal-records';
import type { DbOrTx } from '../../../db/client';
import { users } from '../../../platform/auth/auth.tables';
import { dataProtection } from '../../../platform/crypto';
import { pageTotal } from '../../registry/paging';
import { serviceTypes } from '../journal.tables';
import { consentInForce } from '../youth/youth.repository';
import { youth } from '../youth/youth.tables';
import { journalRecords } from './records.tables';
import { notesContext } from './records.writer';

type JournalRow = typeof journalRecords.$inferSelect;

/** Journal records a scope may read: the country, its region, its centre; partners none. */
export function recordsInScope(scope: Scope): SQL {
  switch (scope.kind) {
    case 'country':
      return sql`true`;
    case 'region':
      return eq(journalRecords.regionCode, scope.regionCode);
    case 'centre':
      return eq(journalRecords.centreId, scope.centreId);
    case 'organisation':
      return sql`false`;
  }
}

/** Who reads: the user id decides whether confidential notes open; lists never open them. */
export interface Viewer {
  userId: number;
  scope: Scope;
}

// The young person's name only while their consent is in force; the specialist as a user or as imported.
export const youthName = sql<
  string | null
>`case when ${consentInForce} then ${youth.lastName} || ' ' || ${youth.firstName} end`;
const specialistName = sql<string | null>`coalesce(${users.fullName}, ${journalRecords.specialistName})`;

function selectRecords(db: DbOrTx) {
  return db
    .select({
      row: journalRecords,
      youthName,
      specialistName,
      isConfidential: serviceTypes.isConfidential,
    })
    .from(journalRecords)
    .innerJoin(serviceTypes, eq(serviceTypes.id, journalRecords.serviceTypeId))
    .leftJoin(youth, eq(youth.id, journalRecords.youthId))
    .leftJoin(users, eq(users.id, journalRecords.specialistId));
}

type Selected = {
  row: JournalRow;
  youthName: string | null;
  specialistName: string | null;
  isConfidential: boolean;
};

/**
 * A row as the viewer may see it. Confidential notes (encrypted) open only for their author and
 * only when `openNotes` (reading one record); everyone else, and every list, sees that there are
 * notes and nothing of them.
 */
export function recordAsRead(s: Selected, viewer: Viewer, openNotes: boolean): JournalRecord {
  const { row } = s;
  let notes: string | null = row.notes;
  let notesHidden = false;
  if (row.notesEncrypted !== null) {
    if (openNotes && viewer.userId === row.recordedBy) {
      notes = dataProtection().decrypt(row.notesEncrypted, notesContext(row.id));
    } else {
      notes = null;
      notesHidden = true;
    }
  }
  return {
    id: row.id,
    centreId: row.centreId,
    regionCode: row.regionCode,
    serviceTypeId: row.serviceTypeId,
    directionId: row.directionId,
    youthId: row.youthId,
    youthName: s.youthName,
    serviceDate: row.serviceDate,
    serviceTime: row.serviceTime?.slice(0, 5) ?? null,
    format: row.format,
    durationMinutes: row.durationMinutes,
    specialistId: row.specialistId,
    specialistName: s.specialistName,
    programmeId: row.programmeId,
    referral: row.referral,
    outcome: row.outcome,
    notes,
    isConfidential: s.isConfidential,
    notesHidden,
    eventId: row.eventId,
    recordedBy: row.recordedBy,
    version: row.version,
    deleted: row.deletedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The raw row of a record in scope (deleted ones too), or undefined; locked when inside a write. */
export async function findRecordRowInScope(db: DbOrTx, scope: Scope, id: number, forUpdate = false) {
  const query = db
    .select()
    .from(journalRecords)
    .where(and(recordsInScope(scope), eq(journalRecords.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** One record as the viewer may see it (deleted ones with `deleted: true`), or undefined when out of scope. */
export async function findRecordInScope(
  db: DbOrTx,
  viewer: Viewer,
  id: number,
): Promise<JournalRecord | undefined> {
  const [found] = await selectRecords(db).where(and(recordsInScope(viewer.scope), eq(journalRecords.id, id)));
  return found ? recordAsRead(found, viewer, true) : undefined;
}

/** A page of live records in scope, newest service first (date, time, id), with the query's filters. */
export async function listRecords(db: DbOrTx, viewer: Viewer, query: JournalListQuery) {
  const where = and(
    recordsInScope(viewer.scope),
    isNull(journalRecords.deletedAt),
    query.from ? gte(journalRecords.serviceDate, query.from) : undefined,
    query.to ? lte(journalRecords.serviceDate, query.to) : undefined,
    query.centreId ? eq(journalRecords.centreId, query.centreId) : undefined,
    query.directionId ? eq(journalRecords.directionId, query.directionId) : undefined,
    query.serviceTypeId ? eq(journalRecords.serviceTypeId, query.serviceTypeId) : undefined,
    query.youthId ? eq(journalRecords.youthId, query.youthId) : undefined,
    query.specialistId ? eq(journalRecords.specialistId, query.specialistId) : undefined,
  );
  const { page, pageSize } = query;
  const rows = await selectRecords(db)
    .where(where)
    .orderBy(
      desc(journalRecords.serviceDate),
      sql`${journalRecords.serviceTime} desc nulls last`,
      desc(journalRecords.id),
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = await pageTotal(rows.length, page, pageSize, async () => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(journalRecords).where(where);
    return Number(row.n);
  });
  return { items: rows.map((r) => recordAsRead(r, viewer, false)), total, page, pageSize };
}
