import type {
  JournalRecordChange,
  JournalRecordHistoryEntry,
} from '../../../../shared/contracts/journal-records';
import type { DbOrTx } from '../../../db/client';
import { entityHistory } from '../../audit';

/** Fields of a record a person changes; snapshots, derived columns and bookkeeping are left out. */
const SHOWN = [
  'centreId',
  'serviceTypeId',
  'youthId',
  'serviceDate',
  'serviceTime',
  'format',
  'durationMinutes',
  'specialistId',
  'specialistName',
  'programmeId',
  'referral',
  'outcome',
  'notes',
  'eventId',
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const numberOrNull = (v: unknown) => (typeof v === 'number' ? v : null);

/**
 * What changed in one audit entry of a record. The audit never holds confidential notes (the writer
 * keeps only `hasConfidentialNotes` and, on a correction, `notesChanged`): their change shows as
 * `notes` with `hidden: true` and no values, for every reader.
 */
function changesOf(
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  hidden: boolean,
): JournalRecordChange[] {
  if (action === 'delete') return [];
  const b = before ?? {};
  const a = after ?? {};
  const changes: JournalRecordChange[] = [];
  for (const field of SHOWN) {
    if (field === 'notes' && hidden) {
      const changed =
        action === 'create'
          ? Boolean(a.hasConfidentialNotes || a.notes)
          : Boolean(a.notesChanged) ||
            !same(b.notes, a.notes) ||
            Boolean(b.hasConfidentialNotes) !== Boolean(a.hasConfidentialNotes);
      if (changed) changes.push({ field, before: null, after: null, hidden: true });
      continue;
    }
    if (!same(b[field], a[field]))
      changes.push({ field, before: b[field] ?? null, after: a[field] ?? null, hidden: false });
  }
  return changes;
}

/** The shown fields of one side of a change; confidential notes never (the audit has none to show). */
function shownValues(values: Record<string, unknown> | null, withReason: boolean, hidden: boolean) {
  if (!values) return null;
  const out: Record<string, unknown> = {};
  for (const field of SHOWN)
    if (field in values && !(hidden && field === 'notes')) out[field] = values[field];
  if (withReason && typeof values.reason === 'string') out.reason = values.reason;
  return out;
}

/** A record's history from the audit trail, newest first. Callers check the record is in scope first. */
export async function recordHistory(db: DbOrTx, id: number): Promise<JournalRecordHistoryEntry[]> {
  const entries = await entityHistory(db, 'journal_record', id);
  // Once a record's notes are confidential, notes written before (under another type) hide too.
  const hidden = entries.some((e) => e.before?.hasConfidentialNotes || e.after?.hasConfidentialNotes);
  return entries.map((e) => ({
    at: e.at,
    actor: e.actor,
    action: e.action,
    reason: typeof e.after?.reason === 'string' ? e.after.reason : null,
    version: e.action === 'delete' ? numberOrNull(e.before?.version) : numberOrNull(e.after?.version),
    changes: changesOf(e.action, e.before, e.after, hidden),
    before: shownValues(e.before, false, hidden),
    after: shownValues(e.after, true, hidden),
  }));
}
