import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../../shared/contracts/auth';
import type { EventListQuery, EventParticipant, GroupEvent } from '../../../../shared/contracts/events';
import { todayInKazakhstan } from '../../../../shared/today';
import type { DbOrTx } from '../../../db/client';
import { users } from '../../../platform/auth/auth.tables';
import { pageTotal } from '../../registry/paging';
import { centres } from '../../registry/registry.tables';
import { matchesAllTerms, sqlFold } from '../../registry/search';
import { serviceTypes } from '../journal.tables';
import { journalRecords } from '../records/records.tables';
import { consentInForce } from '../youth/youth.repository';
import { youth } from '../youth/youth.tables';
import { journalEventParticipants, journalEvents } from './events.tables';

export type EventRow = typeof journalEvents.$inferSelect;
export type ParticipantRow = typeof journalEventParticipants.$inferSelect;

/** Events a scope may read: the organising centre's country, region or centre; partners none. */
export function eventsInScope(scope: Scope): SQL {
  switch (scope.kind) {
    case 'country':
      return sql`true`;
    case 'region':
      return eq(journalEvents.regionCode, scope.regionCode);
    case 'centre':
      return eq(journalEvents.centreId, scope.centreId);
    case 'organisation':
      return sql`false`;
  }
}

const registeredCount = sql<number>`(select count(*)::int from ${journalEventParticipants} where ${journalEventParticipants.eventId} = ${journalEvents.id})`;
const attendedCount = sql<number>`(select count(*)::int from ${journalEventParticipants} where ${journalEventParticipants.eventId} = ${journalEvents.id} and ${journalEventParticipants.attended})`;
const serviceCount = sql<number>`(select count(*)::int from ${journalRecords} where ${journalRecords.eventId} = ${journalEvents.id} and ${journalRecords.deletedAt} is null)`;
const anonymousCount = sql<number>`(select count(*)::int from ${journalRecords} where ${journalRecords.eventId} = ${journalEvents.id} and ${journalRecords.deletedAt} is null and ${journalRecords.youthId} is null)`;

function selectEvents(db: DbOrTx) {
  return db
    .select({
      event: journalEvents,
      centreKk: centres.nameKk,
      centreRu: centres.nameRu,
      centreEn: centres.nameEn,
      typeKk: serviceTypes.nameKk,
      typeRu: serviceTypes.nameRu,
      typeEn: serviceTypes.nameEn,
      allowsAnonymous: serviceTypes.allowsAnonymous,
      organiserName: users.fullName,
      registered: registeredCount,
      attended: attendedCount,
      services: serviceCount,
      anonymousServices: anonymousCount,
    })
    .from(journalEvents)
    .innerJoin(centres, eq(centres.id, journalEvents.centreId))
    .innerJoin(serviceTypes, eq(serviceTypes.id, journalEvents.serviceTypeId))
    .leftJoin(users, eq(users.id, journalEvents.organiserId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectEvents>['where']>>[number];

function toEvent(r: Selected): GroupEvent {
  const e = r.event;
  return {
    id: e.id,
    centreId: e.centreId,
    centreName: { kk: r.centreKk, ru: r.centreRu, en: r.centreEn },
    regionCode: e.regionCode,
    serviceTypeId: e.serviceTypeId,
    serviceTypeName: { kk: r.typeKk, ru: r.typeRu, en: r.typeEn },
    allowsAnonymous: r.allowsAnonymous,
    kind: e.kind,
    title: e.title,
    description: e.description,
    eventDate: e.eventDate,
    startTime: e.startTime ? e.startTime.slice(0, 5) : null,
    durationMinutes: e.durationMinutes,
    format: e.format,
    location: e.location,
    capacity: e.capacity,
    organiserId: e.organiserId,
    organiserName: r.organiserName,
    status: e.status,
    unnamedAttendees: e.unnamedAttendees,
    registered: Number(r.registered),
    attended: Number(r.attended),
    services: Number(r.services),
    anonymousServices: Number(r.anonymousServices),
    version: e.version,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

/** A page of events in scope: upcoming ones soonest first, past ones latest first. */
export async function listEvents(db: DbOrTx, scope: Scope, query: EventListQuery) {
  const today = todayInKazakhstan();
  const where = and(
    eventsInScope(scope),
    query.from ? gte(journalEvents.eventDate, query.from) : undefined,
    query.to ? lte(journalEvents.eventDate, query.to) : undefined,
    query.when === 'upcoming' ? gte(journalEvents.eventDate, today) : undefined,
    query.when === 'past' ? lt(journalEvents.eventDate, today) : undefined,
    query.status ? eq(journalEvents.status, query.status) : undefined,
    query.centreId ? eq(journalEvents.centreId, query.centreId) : undefined,
    matchesAllTerms(sqlFold(sql`${journalEvents.title}`), query.q ?? undefined),
  );
  const order =
    query.when === 'upcoming'
      ? [asc(journalEvents.eventDate), asc(journalEvents.startTime), asc(journalEvents.id)]
      : [desc(journalEvents.eventDate), desc(journalEvents.startTime), desc(journalEvents.id)];
  const { page, pageSize } = query;
  const rows = await selectEvents(db)
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = await pageTotal(rows.length, page, pageSize, async () => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(journalEvents).where(where);
    return Number(row.n);
  });
  return { items: rows.map(toEvent), total, page, pageSize };
}

/** One event as the API shows it, or undefined when out of scope. */
export async function findEventInScope(
  db: DbOrTx,
  scope: Scope,
  id: number,
): Promise<GroupEvent | undefined> {
  const [row] = await selectEvents(db).where(and(eventsInScope(scope), eq(journalEvents.id, id)));
  return row && toEvent(row);
}

/** The raw row of an event in scope, locked for the rest of the transaction. */
export async function lockEventInScope(tx: DbOrTx, scope: Scope, id: number): Promise<EventRow | undefined> {
  const [row] = await tx
    .select()
    .from(journalEvents)
    .where(and(eventsInScope(scope), eq(journalEvents.id, id)))
    .for('update');
  return row;
}

/** The registration list of an event by name; names only while consent is in force. */
export async function listParticipants(db: DbOrTx, eventId: number): Promise<EventParticipant[]> {
  const rows = await db
    .select({
      p: journalEventParticipants,
      lastName: youth.lastName,
      firstName: youth.firstName,
      middleName: youth.middleName,
      birthDate: youth.birthDate,
      consent: sql<boolean>`${consentInForce}`,
    })
    .from(journalEventParticipants)
    .innerJoin(youth, eq(youth.id, journalEventParticipants.youthId))
    .where(eq(journalEventParticipants.eventId, eventId))
    .orderBy(asc(youth.lastName), asc(youth.firstName), asc(youth.id));
  return rows.map((r) => ({
    youthId: r.p.youthId,
    name: r.consent ? [r.lastName, r.firstName, r.middleName].filter(Boolean).join(' ') : null,
    birthDate: r.consent ? r.birthDate : null,
    registeredAt: r.p.registeredAt.toISOString(),
    attended: r.p.attended,
    recordId: r.p.recordId,
  }));
}

/** The raw registration rows of an event. */
export function participantRows(db: DbOrTx, eventId: number): Promise<ParticipantRow[]> {
  return db
    .select()
    .from(journalEventParticipants)
    .where(eq(journalEventParticipants.eventId, eventId))
    .orderBy(asc(journalEventParticipants.id));
}

/** The event's live journal records (named and anonymous). */
export function liveEventRecords(db: DbOrTx, eventId: number) {
  return db
    .select()
    .from(journalRecords)
    .where(and(eq(journalRecords.eventId, eventId), isNull(journalRecords.deletedAt)))
    .orderBy(asc(journalRecords.id));
}

/** The given young people as the caller's scope sees them, with whether consent is in force. */
export async function youthForRegistration(db: DbOrTx, youthScope: SQL, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select({ id: youth.id, mergedIntoId: youth.mergedIntoId, consent: sql<boolean>`${consentInForce}` })
    .from(youth)
    .where(and(youthScope, inArray(youth.id, ids)));
}
