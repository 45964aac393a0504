import { describe, expect, it } from 'vitest';
import type { JournalRow } from '../records/records.writer';
import {
  anonymousServices,
  attendanceRefusal,
  cancelRefusal,
  type EventRecordBase,
  planAttendance,
  registrationRefusal,
  updateRefusal,
} from './events.rules';

const planned = { status: 'planned' as const, eventDate: '2026-03-10', capacity: 3 };

const base: EventRecordBase = {
  centreId: 1,
  regionCode: '75',
  serviceTypeId: 10,
  directionId: 2,
  isConfidential: false,
  serviceDate: '2026-03-10',
  serviceTime: '10:00',
  format: 'in_person',
  durationMinutes: 90,
  specialistId: 7,
  programmeId: null,
  referral: null,
  outcome: null,
  eventId: 5,
};

let nextId = 100;
const row = (youthId: number | null, over: Partial<JournalRow> = {}): JournalRow =>
  ({
    id: nextId++,
    ...base,
    serviceTime: '10:00:00',
    youthId,
    youthGender: null,
    youthAge: null,
    youthNeet: false,
    specialistName: null,
    notes: null,
    notesEncrypted: null,
    recordedBy: 7,
    version: 1,
    deletedAt: null,
    deletedBy: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...over,
  }) as JournalRow;

describe('event rules', () => {
  it('registers within capacity while planned only', () => {
    expect(registrationRefusal(planned, 1, 2)).toBeNull();
    expect(registrationRefusal(planned, 2, 2)?.fieldErrors?.[0]).toMatchObject({
      code: 'capacity_exceeded',
      params: { capacity: 3 },
    });
    expect(registrationRefusal({ ...planned, capacity: null }, 500, 500)).toBeNull();
    expect(registrationRefusal({ ...planned, status: 'held' }, 0, 1)?.code).toBe('event_closed');
    expect(registrationRefusal({ ...planned, status: 'cancelled' }, 0, 1)?.code).toBe('event_closed');
  });

  it('marks attendance on or after the day, never when cancelled', () => {
    expect(attendanceRefusal(planned, '2026-03-09')?.code).toBe('event_not_started');
    expect(attendanceRefusal(planned, '2026-03-10')).toBeNull();
    expect(attendanceRefusal({ ...planned, status: 'held' }, '2026-04-01')).toBeNull();
    expect(attendanceRefusal({ ...planned, status: 'cancelled' }, '2026-04-01')?.code).toBe(
      'event_cancelled',
    );
  });

  it('refuses cancelling an event with attendance, named or unnamed', () => {
    expect(cancelRefusal(planned, 0, 0)).toBeNull();
    expect(cancelRefusal(planned, 1, 0)?.code).toBe('event_has_attendance');
    expect(cancelRefusal(planned, 0, 4)?.code).toBe('event_has_attendance');
    expect(cancelRefusal({ ...planned, status: 'cancelled' }, 0, 0)?.code).toBe('invalid_state');
  });

  it('refuses a capacity below the registered and a future day after attendance', () => {
    const counts = { registered: 3, attended: 1, unnamed: 0 };
    const refusal = updateRefusal(planned, { eventDate: '2026-03-20', capacity: 2 }, counts, '2026-03-12');
    expect(refusal?.fieldErrors?.map((e) => [e.field, e.code])).toEqual([
      ['capacity', 'too_small'],
      ['eventDate', 'future_date'],
    ]);
    const noAttendance = { registered: 0, attended: 0, unnamed: 0 };
    expect(
      updateRefusal(planned, { eventDate: '2026-03-20', capacity: null }, noAttendance, '2026-03-12'),
    ).toBeNull();
  });

  it('counts unnamed attendees as services only where the type allows anonymous', () => {
    expect(anonymousServices(5, true)).toBe(5);
    expect(anonymousServices(5, false)).toBe(0);
  });
});

describe('planAttendance', () => {
  it('inserts the newly attended, deletes the no longer attended, keeps the rest untouched', () => {
    const kept = row(1);
    const dropped = row(2);
    const plan = planAttendance([kept, dropped], { base, attendedYouthIds: [1, 3], anonymous: 0 });
    expect(plan.insert.map((d) => d.youthId)).toEqual([3]);
    expect(plan.insert[0]).toMatchObject({ eventId: 5, serviceTypeId: 10, notes: null });
    expect(plan.delete).toEqual([dropped]);
    expect(plan.correct).toEqual([]);
  });

  it('corrects records whose event values changed, leaving their notes alone', () => {
    const moved = row(1, { serviceDate: '2026-03-09' });
    const plan = planAttendance([moved], { base, attendedYouthIds: [1], anonymous: 0 });
    expect(plan.correct).toHaveLength(1);
    expect(plan.correct[0].draft).toMatchObject({ serviceDate: '2026-03-10', youthId: 1, notes: undefined });
  });

  it('adds and removes anonymous records to match the unnamed count, oldest kept', () => {
    const a = row(null);
    const b = row(null);
    const c = row(null);
    expect(planAttendance([a, b, c], { base, attendedYouthIds: [], anonymous: 1 }).delete).toEqual([b, c]);
    const more = planAttendance([a], { base, attendedYouthIds: [], anonymous: 3 });
    expect(more.insert.map((d) => d.youthId)).toEqual([null, null]);
    expect(more.delete).toEqual([]);
  });
});
