import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Scope } from '../../../../shared/contracts/auth';
import type {
  EventAttendance,
  EventParticipantsChange,
  EventUpdate,
  NewEvent,
} from '../../../../shared/contracts/events';
import type { FieldError } from '../../../../shared/errors';
import { todayInKazakhstan } from '../../../../shared/today';
import type { AppDb, DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { users } from '../../../platform/auth/auth.tables';
import { AppError, invalidFields, notFound } from '../../../platform/http/app-error';
import { findCentreInScope } from '../../registry/centres.repository';
import { serviceTypes } from '../journal.tables';
import { correctRecord, deleteRecord, insertRecords } from '../records/records.writer';
import { youthInScope } from '../youth/youth.repository';
import {
  type EventRow,
  liveEventRecords,
  lockEventInScope,
  participantRows,
  youthForRegistration,
} from './events.repository';
import {
  anonymousServices,
  attendanceRefusal,
  cancelRefusal,
  DEFAULT_UNMARK_REASON,
  type EventRecordBase,
  heldRefusal,
  planAttendance,
  type Refusal,
  registrationRefusal,
  unregistrationRefusal,
  updateRefusal,
} from './events.rules';
import { journalEventParticipants, journalEvents } from './events.tables';

const ENTITY = 'journal_event';

/** Who did it: the audit actor and the user id that journal rows record. */
export interface Caller {
  scope: Scope;
  actor: Actor;
  userId: number;
}

function refuse(refusal: Refusal): void {
  if (!refusal) return;
  throw new AppError(refusal.code, refusal.fieldErrors ? { fieldErrors: refusal.fieldErrors } : {});
}

/** The organising centre: the caller's own, or the one named (in scope) above centre level. */
async function organisingCentre(db: DbOrTx, scope: Scope, centreId: number | null | undefined) {
  const id = scope.kind === 'centre' ? scope.centreId : centreId;
  if (!id) throw invalidFields([{ field: 'centreId', code: 'required' }]);
  if (scope.kind === 'centre' && centreId && centreId !== scope.centreId)
    throw invalidFields([{ field: 'centreId', code: 'out_of_scope' }]);
  const centre = await findCentreInScope(db, scope, id);
  if (!centre) throw invalidFields([{ field: 'centreId', code: 'not_found' }]);
  return centre;
}

type TypeRow = typeof serviceTypes.$inferSelect;

/** The service type and organiser checked: an active group type (or the one already set), a user of the centre. */
async function checkFields(
  db: DbOrTx,
  fields: Pick<NewEvent, 'serviceTypeId' | 'organiserId'>,
  centreId: number,
  keptTypeId?: number,
): Promise<TypeRow> {
  const errors: FieldError[] = [];
  const [type] = await db.select().from(serviceTypes).where(eq(serviceTypes.id, fields.serviceTypeId));
  if (!type) errors.push({ field: 'serviceTypeId', code: 'not_found' });
  else if (!type.isGroup) errors.push({ field: 'serviceTypeId', code: 'not_group_type' });
  else if (!type.isActive && type.id !== keptTypeId)
    errors.push({ field: 'serviceTypeId', code: 'not_found' });
  if (fields.organiserId) {
    const [organiser] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, fields.organiserId), eq(users.centreId, centreId), eq(users.isActive, true)));
    if (!organiser) errors.push({ field: 'organiserId', code: 'not_found' });
  }
  if (errors.length) throw invalidFields(errors);
  return type as TypeRow;
}

function eventValues(fields: EventUpdate | NewEvent) {
  return {
    serviceTypeId: fields.serviceTypeId,
    kind: fields.kind,
    title: fields.title,
    description: fields.description ?? null,
    eventDate: fields.eventDate,
    startTime: fields.startTime ?? null,
    durationMinutes: fields.durationMinutes ?? null,
    format: fields.format,
    location: fields.location ?? null,
    capacity: fields.capacity ?? null,
  };
}

/** What every attendance record of the event shares: its day, time, type, format and organiser. */
function recordBase(event: EventRow, type: TypeRow): EventRecordBase {
  return {
    centreId: event.centreId,
    regionCode: event.regionCode,
    serviceTypeId: event.serviceTypeId,
    directionId: type.directionId,
    isConfidential: type.isConfidential,
    serviceDate: event.eventDate,
    serviceTime: event.startTime,
    format: event.format,
    durationMinutes: event.durationMinutes,
    specialistId: event.organiserId ?? event.createdBy,
    programmeId: null,
    referral: null,
    outcome: null,
    eventId: event.id,
  };
}

/**
 * Brings the event's journal records to its attendance (the one path that writes them): new
 * attendees get a record, people no longer attended lose theirs softly with the reason, and
 * records whose event values changed are corrected. Participants' record ids follow.
 */
async function syncAttendance(tx: DbOrTx, caller: Caller, event: EventRow, reason: string) {
  const [type] = await tx.select().from(serviceTypes).where(eq(serviceTypes.id, event.serviceTypeId));
  const participants = await participantRows(tx, event.id);
  const attendedYouthIds = participants.filter((p) => p.attended).map((p) => p.youthId);
  const live = await liveEventRecords(tx, event.id);
  const plan = planAttendance(live, {
    base: recordBase(event, type),
    attendedYouthIds,
    anonymous: anonymousServices(event.unnamedAttendees, type.allowsAnonymous),
  });
  for (const row of plan.delete) await deleteRecord(tx, caller.actor, caller.userId, row, reason);
  for (const { before, draft } of plan.correct)
    await correctRecord(tx, caller.actor, before, draft, 'Group event changed');
  const inserted = await insertRecords(tx, caller.actor, caller.userId, plan.insert);
  const recordOf = new Map<number, number>();
  for (const row of [...live, ...inserted])
    if (row.youthId !== null && !plan.delete.includes(row)) recordOf.set(row.youthId, row.id);
  for (const p of participants) {
    const recordId = p.attended ? (recordOf.get(p.youthId) ?? null) : null;
    if (recordId !== p.recordId)
      await tx
        .update(journalEventParticipants)
        .set({ recordId })
        .where(eq(journalEventParticipants.id, p.id));
  }
  return plan;
}

async function audit(
  tx: DbOrTx,
  caller: Caller,
  event: EventRow,
  action: string,
  before: unknown,
  after: unknown,
) {
  await recordAudit(tx, caller.actor, {
    action,
    entityType: ENTITY,
    entityId: event.id,
    regionCode: event.regionCode,
    centreId: event.centreId,
    before,
    after,
  });
}

async function lockOrNotFound(tx: DbOrTx, scope: Scope, id: number) {
  const row = await lockEventInScope(tx, scope, id);
  if (!row) throw notFound();
  return row;
}

/** Creates a planned event of the caller's centre (or the named one above centre level). */
export async function createEvent(db: AppDb, caller: Caller, fields: NewEvent): Promise<number> {
  const centre = await organisingCentre(db, caller.scope, fields.centreId);
  await checkFields(db, fields, centre.id);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(journalEvents)
      .values({
        ...eventValues(fields),
        centreId: centre.id,
        regionCode: centre.regionCode,
        organiserId: fields.organiserId ?? caller.userId,
        createdBy: caller.userId,
      })
      .returning();
    await audit(tx, caller, row, 'create', undefined, row);
    return row.id;
  });
}

/** Edits an event; after attendance its records are corrected so rollups follow the new values. */
export function updateEvent(db: AppDb, caller: Caller, id: number, fields: EventUpdate) {
  return db.transaction(async (tx) => {
    const before = await lockOrNotFound(tx, caller.scope, id);
    if (before.version !== fields.version) throw new AppError('conflict');
    await checkFields(tx, fields, before.centreId, before.serviceTypeId);
    const participants = await participantRows(tx, id);
    refuse(
      updateRefusal(
        before,
        { eventDate: fields.eventDate, capacity: fields.capacity ?? null },
        {
          registered: participants.length,
          attended: participants.filter((p) => p.attended).length,
          unnamed: before.unnamedAttendees,
        },
        todayInKazakhstan(),
      ),
    );
    const [after] = await tx
      .update(journalEvents)
      .set({
        ...eventValues(fields),
        organiserId: fields.organiserId ?? before.organiserId,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(journalEvents.id, id))
      .returning();
    await audit(tx, caller, after, 'update', before, after);
    await syncAttendance(tx, caller, after, DEFAULT_UNMARK_REASON);
  });
}

/** Cancels an event nobody attended. */
export function cancelEvent(db: AppDb, caller: Caller, id: number) {
  return db.transaction(async (tx) => {
    const before = await lockOrNotFound(tx, caller.scope, id);
    const attended = (await participantRows(tx, id)).filter((p) => p.attended).length;
    refuse(cancelRefusal(before, attended, before.unnamedAttendees));
    const [after] = await tx
      .update(journalEvents)
      .set({ status: 'cancelled', version: before.version + 1, updatedAt: new Date() })
      .where(eq(journalEvents.id, id))
      .returning();
    await audit(tx, caller, after, 'cancel', { status: before.status }, { status: after.status });
  });
}

/** Marks an event held (registration closes); on or after its day. */
export function markEventHeld(db: AppDb, caller: Caller, id: number) {
  return db.transaction(async (tx) => {
    const before = await lockOrNotFound(tx, caller.scope, id);
    refuse(heldRefusal(before, todayInKazakhstan()));
    if (before.status === 'held') return;
    const [after] = await tx
      .update(journalEvents)
      .set({ status: 'held', version: before.version + 1, updatedAt: new Date() })
      .where(eq(journalEvents.id, id))
      .returning();
    await audit(tx, caller, after, 'mark_held', { status: before.status }, { status: after.status });
  });
}

/** Registers young people at once: in the caller's scope, consent in force, within capacity. */
export function registerParticipants(db: AppDb, caller: Caller, id: number, change: EventParticipantsChange) {
  return db.transaction(async (tx) => {
    const event = await lockOrNotFound(tx, caller.scope, id);
    const existing = await participantRows(tx, id);
    const already = new Set(existing.map((p) => p.youthId));
    const ids = [...new Set(change.youthIds)];
    const found = new Map(
      (await youthForRegistration(tx, youthInScope(caller.scope), ids)).map((y) => [y.id, y]),
    );
    const errors: FieldError[] = [];
    change.youthIds.forEach((youthId, i) => {
      const person = found.get(youthId);
      if (!person || person.mergedIntoId !== null) errors.push({ field: `youthIds.${i}`, code: 'not_found' });
      else if (!person.consent) errors.push({ field: `youthIds.${i}`, code: 'consent_withdrawn' });
    });
    if (errors.length) throw invalidFields(errors);
    const adding = ids.filter((youthId) => !already.has(youthId));
    refuse(registrationRefusal(event, existing.length, adding.length));
    if (!adding.length) return;
    await tx
      .insert(journalEventParticipants)
      .values(adding.map((youthId) => ({ eventId: id, youthId, registeredBy: caller.userId })));
    await audit(tx, caller, event, 'register', undefined, { youthIds: adding });
  });
}

/** Takes young people off the registration list while the event is planned (their attendance goes too). */
export function unregisterParticipants(
  db: AppDb,
  caller: Caller,
  id: number,
  change: EventParticipantsChange,
) {
  return db.transaction(async (tx) => {
    const event = await lockOrNotFound(tx, caller.scope, id);
    refuse(unregistrationRefusal(event));
    const existing = new Set((await participantRows(tx, id)).map((p) => p.youthId));
    const errors: FieldError[] = [];
    change.youthIds.forEach((youthId, i) => {
      if (!existing.has(youthId)) errors.push({ field: `youthIds.${i}`, code: 'not_registered' });
    });
    if (errors.length) throw invalidFields(errors);
    const removing = [...new Set(change.youthIds)];
    // Records go first: a participant row must not point at a record being deleted.
    await tx
      .update(journalEventParticipants)
      .set({ attended: false })
      .where(
        and(eq(journalEventParticipants.eventId, id), inArray(journalEventParticipants.youthId, removing)),
      );
    await syncAttendance(tx, caller, event, 'Unregistered from the group event');
    await tx
      .delete(journalEventParticipants)
      .where(
        and(eq(journalEventParticipants.eventId, id), inArray(journalEventParticipants.youthId, removing)),
      );
    await audit(tx, caller, event, 'unregister', { youthIds: removing }, undefined);
  });
}

/**
 * Sets the attendance as it is now: the attended young people (registered ones) and the unnamed
 * count. Each newly attended person gets a journal record, each no longer attended loses theirs.
 */
export function markAttendance(db: AppDb, caller: Caller, id: number, attendance: EventAttendance) {
  return db.transaction(async (tx) => {
    const before = await lockOrNotFound(tx, caller.scope, id);
    refuse(attendanceRefusal(before, todayInKazakhstan()));
    const participants = await participantRows(tx, id);
    const registered = new Set(participants.map((p) => p.youthId));
    const errors: FieldError[] = [];
    const wasAttended = participants.filter((p) => p.attended).map((p) => p.youthId);
    // A newly attended person becomes a journal record: only while their consent is in force.
    const newcomers = attendance.attendedYouthIds.filter(
      (id) => registered.has(id) && !wasAttended.includes(id),
    );
    const consenting = new Set(
      (await youthForRegistration(tx, sql`true`, newcomers)).filter((y) => y.consent).map((y) => y.id),
    );
    attendance.attendedYouthIds.forEach((youthId, i) => {
      if (!registered.has(youthId)) errors.push({ field: `attendedYouthIds.${i}`, code: 'not_registered' });
      else if (newcomers.includes(youthId) && !consenting.has(youthId))
        errors.push({ field: `attendedYouthIds.${i}`, code: 'consent_withdrawn' });
    });
    if (errors.length) throw invalidFields(errors);
    const attended = new Set(attendance.attendedYouthIds);
    for (const p of participants) {
      const now = attended.has(p.youthId);
      if (now !== p.attended)
        await tx
          .update(journalEventParticipants)
          .set({ attended: now })
          .where(eq(journalEventParticipants.id, p.id));
    }
    let event = before;
    if (attendance.unnamedAttendees !== before.unnamedAttendees) {
      [event] = await tx
        .update(journalEvents)
        .set({
          unnamedAttendees: attendance.unnamedAttendees,
          version: before.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(journalEvents.id, id))
        .returning();
    }
    const plan = await syncAttendance(tx, caller, event, attendance.reason ?? DEFAULT_UNMARK_REASON);
    await audit(
      tx,
      caller,
      event,
      'attendance',
      { attendedYouthIds: wasAttended, unnamedAttendees: before.unnamedAttendees },
      {
        attendedYouthIds: [...attended],
        unnamedAttendees: event.unnamedAttendees,
        recordsAdded: plan.insert.length,
        recordsDeleted: plan.delete.length,
      },
    );
  });
}
