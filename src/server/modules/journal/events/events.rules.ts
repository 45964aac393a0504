import type { EventStatus } from '../../../../shared/contracts/events';
import type { ErrorCode, FieldError } from '../../../../shared/errors';
import type { JournalRow, RecordDraft } from '../records/records.writer';

/**
 * The rules of group events, pure: what may happen to an event in its state, and which journal
 * records its attendance must leave behind. The service loads, locks and writes; these decide.
 */

/** The reason kept with attendance records deleted when someone is no longer marked attended. */
export const DEFAULT_UNMARK_REASON = 'Attendance at the group event taken back';

/** What the rules need of an event. */
export interface EventState {
  status: EventStatus;
  eventDate: string;
  capacity: number | null;
}

/** A refusal: an error code, with field errors when a value is to blame. */
export type Refusal = { code: ErrorCode; fieldErrors?: FieldError[] } | null;

/** Registration of `adding` more people while `registered` are on the list. */
export function registrationRefusal(event: EventState, registered: number, adding: number): Refusal {
  if (event.status !== 'planned') return { code: 'event_closed' };
  if (event.capacity !== null && registered + adding > event.capacity)
    return {
      code: 'validation_failed',
      fieldErrors: [{ field: 'youthIds', code: 'capacity_exceeded', params: { capacity: event.capacity } }],
    };
  return null;
}

/** Unregistering is part of the registration list, closed once the event is held or cancelled. */
export function unregistrationRefusal(event: EventState): Refusal {
  return event.status === 'planned' ? null : { code: 'event_closed' };
}

/** Attendance is marked on or after the event's day, never for a cancelled event. */
export function attendanceRefusal(event: EventState, today: string): Refusal {
  if (event.status === 'cancelled') return { code: 'event_cancelled' };
  if (event.eventDate > today) return { code: 'event_not_started' };
  return null;
}

/** Marking held: the day has come and the event is not cancelled; held twice changes nothing. */
export function heldRefusal(event: EventState, today: string): Refusal {
  return attendanceRefusal(event, today);
}

/** Cancelling: refused when anyone attended (their services were given). */
export function cancelRefusal(event: EventState, attended: number, unnamed: number): Refusal {
  if (event.status === 'cancelled') return { code: 'invalid_state' };
  if (attended > 0 || unnamed > 0) return { code: 'event_has_attendance' };
  return null;
}

/** An edit: not of a cancelled event, not below the registered count, not into the future after attendance. */
export function updateRefusal(
  event: EventState,
  next: { eventDate: string; capacity: number | null },
  counts: { registered: number; attended: number; unnamed: number },
  today: string,
): Refusal {
  if (event.status === 'cancelled') return { code: 'event_cancelled' };
  const errors: FieldError[] = [];
  if (next.capacity !== null && next.capacity < counts.registered)
    errors.push({ field: 'capacity', code: 'too_small', params: { min: counts.registered } });
  if ((counts.attended > 0 || counts.unnamed > 0 || event.status === 'held') && next.eventDate > today)
    errors.push({ field: 'eventDate', code: 'future_date' });
  return errors.length ? { code: 'validation_failed', fieldErrors: errors } : null;
}

/** The journal values every attendance record of an event shares. */
export type EventRecordBase = Omit<RecordDraft, 'youthId' | 'notes'> & { eventId: number };

/** What the journal must hold for an event: one record per attended person, and the unnamed ones. */
export interface DesiredAttendance {
  base: EventRecordBase;
  attendedYouthIds: number[];
  /** Anonymous records wanted: the unnamed count where the type allows anonymous, else 0. */
  anonymous: number;
}

/** Unnamed attendees become services only where the service type allows anonymous records. */
export const anonymousServices = (unnamed: number, allowsAnonymous: boolean) =>
  allowsAnonymous ? unnamed : 0;

const COMPARED = [
  'centreId',
  'serviceTypeId',
  'directionId',
  'serviceDate',
  'serviceTime',
  'format',
  'durationMinutes',
  'specialistId',
] as const;

// Postgres answers times as hh:mm:ss; the event keeps what the form sent (hh:mm or hh:mm:ss).
const sameTime = (a: string | null, b: string | null) => (a ?? '').slice(0, 5) === (b ?? '').slice(0, 5);

function differs(row: JournalRow, base: EventRecordBase): boolean {
  return COMPARED.some((k) => (k === 'serviceTime' ? !sameTime(row[k], base[k]) : row[k] !== base[k]));
}

/** The changes that bring an event's live journal records to what its attendance says. */
export interface AttendancePlan {
  insert: RecordDraft[];
  correct: { before: JournalRow; draft: RecordDraft }[];
  delete: JournalRow[];
}

/**
 * Compares the event's live records with the desired attendance: records of people no longer
 * attended and surplus anonymous records are deleted, missing ones inserted, and kept ones whose
 * event values changed (day, type, format, ...) corrected, so the rollups follow the event.
 */
export function planAttendance(live: JournalRow[], want: DesiredAttendance): AttendancePlan {
  const plan: AttendancePlan = { insert: [], correct: [], delete: [] };
  const draftFor = (youthId: number | null): RecordDraft => ({ ...want.base, youthId, notes: undefined });
  const wanted = new Set(want.attendedYouthIds);
  const seen = new Set<number>();
  const anonymous: JournalRow[] = [];
  for (const row of live) {
    if (row.youthId === null) {
      anonymous.push(row);
      continue;
    }
    if (!wanted.has(row.youthId) || seen.has(row.youthId)) {
      plan.delete.push(row);
      continue;
    }
    seen.add(row.youthId);
    if (differs(row, want.base)) plan.correct.push({ before: row, draft: draftFor(row.youthId) });
  }
  for (const id of want.attendedYouthIds)
    if (!seen.has(id)) plan.insert.push({ ...draftFor(id), notes: null });
  anonymous.sort((a, b) => a.id - b.id);
  anonymous.forEach((row, i) => {
    if (i >= want.anonymous) plan.delete.push(row);
    else if (differs(row, want.base)) plan.correct.push({ before: row, draft: draftFor(null) });
  });
  for (let i = anonymous.length; i < want.anonymous; i++)
    plan.insert.push({ ...draftFor(null), notes: null });
  return plan;
}
