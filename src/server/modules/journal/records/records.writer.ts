import { eq, getTableColumns, sql } from 'drizzle-orm';
import { ageOn } from '../../../../shared/constants/journal';
import type { DbOrTx } from '../../../db/client';
import { preparedStatement } from '../../../db/prepared';
import { arrayLiteral, rowsSlots, rowsValues } from '../../../db/rows-parameter';
import {
  ACTOR_SLOTS,
  type Actor,
  actorValues,
  auditInsert,
  recordAudit,
} from '../../../platform/audit/audit';
import { dataProtection } from '../../../platform/crypto';
import { letIoRun } from '../../../platform/let-io-run';
import { youth } from '../youth/youth.tables';
import { journalRecords } from './records.tables';
import { insertWithRollups, type RollupPrefetch, type RollupRecord, refreshRollups } from './rollups';

/**
 * The one place that writes journal rows: the API, group-event attendance and imports all come
 * through here, so every write snapshots the young person, keeps confidential notes encrypted,
 * leaves an audit entry without them and refreshes the rollups in the caller's transaction.
 * Callers validate first (scope, catalogue, consent); this module trusts its drafts.
 */

export type JournalRow = typeof journalRecords.$inferSelect;

/** A validated record: what the service was, with the service type's direction and confidentiality. */
export interface RecordDraft {
  centreId: number;
  regionCode: string;
  serviceTypeId: number;
  directionId: number;
  /** The service type keeps its notes with their author (psychology). */
  isConfidential: boolean;
  youthId: number | null;
  serviceDate: string;
  serviceTime: string | null;
  format: JournalRow['format'];
  durationMinutes: number | null;
  specialistId: number | null;
  specialistName?: string | null;
  programmeId: number | null;
  referral: JournalRow['referral'];
  outcome: JournalRow['outcome'];
  /** In a correction, `undefined` keeps the notes as they are (someone other than the author corrects). */
  notes: string | null | undefined;
  eventId?: number | null;
  /** The young person as validation just read them (in this transaction): the writer need not read them again. */
  person?: SnapshotSource;
}

/** What a record's snapshot is taken from: the young person's registry entry. */
export interface SnapshotSource {
  gender: JournalRow['youthGender'];
  birthDate: string;
  status: string;
}

const ENTITY = 'journal_record';
/** The columns of a new record as the insert receives them (one array each). */
const RECORD_TYPES = {
  id: 'int',
  centreId: 'int',
  regionCode: 'text',
  serviceTypeId: 'int',
  directionId: 'int',
  youthId: 'int',
  youthGender: 'text',
  youthAge: 'smallint',
  youthNeet: 'boolean',
  serviceDate: 'date',
  serviceTime: 'time',
  format: 'text',
  durationMinutes: 'smallint',
  specialistId: 'int',
  specialistName: 'text',
  programmeId: 'int',
  referral: 'text',
  outcome: 'text',
  notes: 'text',
  notesEncrypted: 'text',
  eventId: 'int',
  recordedBy: 'int',
} as const;
// Rows per insert statement: the import's maximum file (50,000) takes ten.
const CHUNK = 5000;
const RECORD_COLUMNS = Object.entries(getTableColumns(journalRecords));

/** Encryption context of a record's notes: a blob moved to another record does not decrypt. */
export const notesContext = (id: number) => `journal_record:${id}`;

/** What the audit keeps of a record: never the notes of a confidential service, in any form. */
export function auditState(row: JournalRow) {
  const { notesEncrypted, notes, ...rest } = row;
  return notesEncrypted === null ? { ...rest, notes } : { ...rest, hasConfidentialNotes: true };
}

/** A timestamp as `toISOString` writes it. */
const isoText = (timestamp: string) =>
  `to_char(${timestamp} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The statement's time (`now()`, what new rows' timestamps default to) and its text, computed once. */
const STAMP = sql.raw(`(select now() as at, ${isoText('now()')} as text) stamp`);

/**
 * `auditState` of a freshly written row (alias `r`, with `STAMP` joined), as the database builds it:
 * every column under its field name, timestamps as `toISOString` writes them (the statement's own
 * time as `STAMP` has it: formatting it on every row was a fifth of building the state), the notes
 * only when not confidential. Built from the table's columns, so it follows the schema as
 * `auditState` does (a test holds them equal).
 */
const AUDIT_STATE_SQL = (() => {
  const fields = RECORD_COLUMNS.filter(([key]) => key !== 'notes' && key !== 'notesEncrypted').map(
    ([key, column]) => {
      const value =
        column.columnType === 'PgTimestamp'
          ? `case when r.${column.name} = stamp.at then stamp.text else ${isoText(`r.${column.name}`)} end`
          : `r.${column.name}`;
      return `'${key}', ${value}`;
    },
  );
  // The notes' key and value picked in place: one object built per row, not two merged.
  const notes = `case when r.notes_encrypted is null then 'notes' else 'hasConfidentialNotes' end,
    case when r.notes_encrypted is null then to_jsonb(r.notes) else 'true'::jsonb end`;
  return sql.raw(`jsonb_build_object(${fields.join(', ')}, ${notes})`);
})();

/** A journal row (or a new row's values) as the rollups count it. */
export const rollupRecordOf = (
  row: Pick<
    JournalRow,
    | 'centreId'
    | 'regionCode'
    | 'serviceDate'
    | 'serviceTypeId'
    | 'directionId'
    | 'youthId'
    | 'youthGender'
    | 'youthAge'
    | 'youthNeet'
    | 'durationMinutes'
  >,
): RollupRecord => ({
  centreId: row.centreId,
  regionCode: row.regionCode,
  day: row.serviceDate,
  serviceTypeId: row.serviceTypeId,
  directionId: row.directionId,
  youthId: row.youthId,
  gender: row.youthGender,
  age: row.youthAge,
  neet: row.youthNeet,
  minutes: row.durationMinutes,
});

type Snapshot = Pick<JournalRow, 'youthGender' | 'youthAge' | 'youthNeet'>;
const NOBODY: Snapshot = { youthGender: null, youthAge: null, youthNeet: false };

/** Gender, age on the service day and NEET status of each named young person in the drafts. */
async function snapshots(tx: DbOrTx, drafts: Pick<RecordDraft, 'youthId' | 'serviceDate' | 'person'>[]) {
  const people = new Map<number, SnapshotSource>();
  for (const d of drafts) if (d.youthId !== null && d.person) people.set(d.youthId, d.person);
  const ids = [
    ...new Set(drafts.map((d) => d.youthId).filter((id): id is number => id !== null && !people.has(id))),
  ];
  if (ids.length) {
    // One array parameter for any number of people: one statement, and no bind-parameter limit.
    const rows = await tx
      .select({ id: youth.id, gender: youth.gender, birthDate: youth.birthDate, status: youth.status })
      .from(youth)
      .where(sql`${youth.id} = any(${arrayLiteral(ids)}::int[])`);
    for (const r of rows) people.set(r.id, r);
  }
  return (d: Pick<RecordDraft, 'youthId' | 'serviceDate'>): Snapshot => {
    const person = d.youthId === null ? undefined : people.get(d.youthId);
    if (!person) return NOBODY;
    return {
      youthGender: person.gender,
      youthAge: ageOn(person.birthDate, d.serviceDate),
      youthNeet: person.status === 'neet',
    };
  };
}

function protectedNotes(id: number, draft: RecordDraft) {
  const notes = draft.notes?.trim() ? draft.notes.trim() : null;
  if (!draft.isConfidential || notes === null) return { notes, notesEncrypted: null };
  return { notes: null, notesEncrypted: dataProtection().encrypt(notes, notesContext(id)) };
}

/**
 * The notes after a correction. `undefined` keeps them; plain notes of a record whose new type is
 * confidential are encrypted then; the same text given again keeps its blob, so no change shows.
 */
function correctedNotes(before: JournalRow, draft: RecordDraft) {
  const kept = { notes: before.notes, notesEncrypted: before.notesEncrypted };
  if (draft.notes === undefined) {
    if (draft.isConfidential && before.notes !== null)
      return protectedNotes(before.id, { ...draft, notes: before.notes });
    return kept;
  }
  const next = protectedNotes(before.id, draft);
  if (next.notesEncrypted !== null && before.notesEncrypted !== null) {
    const old = dataProtection().decrypt(before.notesEncrypted, notesContext(before.id));
    if (old === draft.notes?.trim()) return kept;
  }
  return next;
}

function columns(draft: RecordDraft) {
  return {
    centreId: draft.centreId,
    regionCode: draft.regionCode,
    serviceTypeId: draft.serviceTypeId,
    directionId: draft.directionId,
    youthId: draft.youthId,
    serviceDate: draft.serviceDate,
    serviceTime: draft.serviceTime,
    format: draft.format,
    durationMinutes: draft.durationMinutes,
    specialistId: draft.specialistId,
    specialistName: draft.specialistName ?? null,
    programmeId: draft.programmeId,
    referral: draft.referral,
    outcome: draft.outcome,
    eventId: draft.eventId ?? null,
  };
}

/** A new record's columns as the insert receives them. */
type NewRow = ReturnType<typeof columns> &
  Snapshot & { id: number | null; notes: string | null; notesEncrypted: string | null; recordedBy: number };

/** A row as `insert … returning *` answers it, decoded column by column as a drizzle select decodes it. */
function journalRowOf(raw: Record<string, unknown>): JournalRow {
  const row: Record<string, unknown> = {};
  for (const [key, column] of RECORD_COLUMNS) {
    const value = raw[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as JournalRow;
}

/**
 * The insert of new records, one array parameter per column instead of ~25,000 bind parameters
 * (several times faster on PGlite and PostgreSQL, and faster to decode than the same rows as JSON).
 * The same statement writes the audit entries from the inserted rows, so their states never travel
 * to the server. It answers the rows as stored, or (an import) only their count.
 */
const insertStatement = (readBack: boolean) =>
  preparedStatement<Record<string, unknown>>(() => {
    // Sorted before the states are built, so the sort moves the rows, not their states (a chunk's
    // states are 3.5 MB, near work_mem).
    const created = sql`select r.id::text as entity_id, r.region_code, r.centre_id, null::jsonb as before,
      ${AUDIT_STATE_SQL} as after from (select * from inserted order by id) r cross join ${STAMP}`;
    return sql`
      with inserted as (
        insert into journal_records (id, centre_id, region_code, service_type_id, direction_id, youth_id,
          youth_gender, youth_age, youth_neet, service_date, service_time, format, duration_minutes,
          specialist_id, specialist_name, programme_id, referral, outcome, notes, notes_encrypted, event_id,
          recorded_by)
        select coalesce(id, nextval('journal_records_id_seq')), "centreId", "regionCode", "serviceTypeId",
          "directionId", "youthId", "youthGender", "youthAge", "youthNeet", "serviceDate", "serviceTime",
          format, "durationMinutes", "specialistId", "specialistName", "programmeId", referral, outcome, notes,
          "notesEncrypted", "eventId", "recordedBy"
        from ${rowsSlots(RECORD_TYPES, 'r_')}
        returning *),
      audited as (${auditInsert(ACTOR_SLOTS, 'create', ENTITY, created)})
      ${readBack ? sql`select * from inserted` : sql`select count(*) from inserted`}`;
  });
const insertReturningRows = insertStatement(true);
const insertCountingRows = insertStatement(false);

/**
 * Inserts records (any number, in chunks), with audit entries and rollups, in the caller's
 * transaction, and answers the rows as stored. An import, which needs no rows back, passes
 * `{ readBack: false }`: thousands of rows are then not sent back and decoded, and it gets `[]`;
 * it may also pass the `prefetch` it started while checking its rows (`prefetchRollups`).
 */
export async function insertRecords(
  tx: DbOrTx,
  actor: Actor,
  recordedBy: number,
  drafts: RecordDraft[],
  { readBack = true, prefetch }: { readBack?: boolean; prefetch?: RollupPrefetch } = {},
): Promise<JournalRow[]> {
  if (!drafts.length) return [];
  const snapshotOf = await snapshots(tx, drafts);
  const chunks: NewRow[][] = [];
  const values: NewRow[] = [];
  for (let i = 0; i < drafts.length; i += CHUNK) {
    const chunk = drafts.slice(i, i + CHUNK);
    // Encrypted notes bind the record id, so a chunk with any takes its ids first; otherwise the
    // insert draws them itself, one statement fewer (a single write is one insert).
    let ids: number[] | undefined;
    if (chunk.some((d) => d.isConfidential && d.notes?.trim())) {
      const drawn = (await tx.execute(
        sql`select nextval('journal_records_id_seq')::int as id from generate_series(1, ${chunk.length})`,
      )) as unknown as { rows: { id: number }[] };
      ids = drawn.rows.map((r) => Number(r.id));
    }
    const chunkValues = chunk.map((draft, j): NewRow => {
      // Without drawn ids no draft has notes to encrypt, so the id given here is never bound.
      const notes = protectedNotes(ids?.[j] ?? 0, draft);
      return { id: ids?.[j] ?? null, ...columns(draft), ...snapshotOf(draft), ...notes, recordedBy };
    });
    chunks.push(chunkValues);
    values.push(...chunkValues);
  }
  const insert = readBack ? insertReturningRows : insertCountingRows;
  const parametersOf = (chunk: NewRow[]) => ({
    ...rowsValues(chunk, RECORD_TYPES, 'r_'),
    ...actorValues(actor),
  });
  // The first chunk's values are built before the rollups' reads are awaited (an import's
  // `prefetch` may still be running); each later chunk's while the one before it runs in the database.
  const first = parametersOf(chunks[0]);
  const insertChunk = (parameters: ReturnType<typeof parametersOf>) =>
    insert(tx, parameters) as unknown as Promise<{ rows: Record<string, unknown>[] }>;
  // The rollups count the values as they will be stored (a large batch, while its insert runs).
  const results = await insertWithRollups(
    tx,
    values.map(rollupRecordOf),
    async () => {
      const sent: ReturnType<typeof insertChunk>[] = [];
      for (const [i, chunk] of chunks.entries()) {
        // Lets the driver send the chunk just started before this process builds the next.
        if (i > 0) await letIoRun();
        const sending = insertChunk(i === 0 ? first : parametersOf(chunk));
        // Marked as handled: a failure is reported by Promise.all below, not as unhandled meanwhile.
        sending.catch(() => undefined);
        sent.push(sending);
      }
      return Promise.all(sent);
    },
    prefetch,
  );
  if (!readBack) return [];
  // Ids rise in the drafts' order (drawn first, or drawn row by row by the insert): callers get them in that order.
  return results.flatMap((result) => result.rows.map(journalRowOf)).sort((a, b) => a.id - b.id);
}

/**
 * Replaces a record's values (a correction), bumping its version. The young person's snapshot is
 * taken again only when the person or the day changed: otherwise it stays as it was on the day.
 */
export async function correctRecord(
  tx: DbOrTx,
  actor: Actor,
  before: JournalRow,
  draft: RecordDraft,
  reason: string,
): Promise<JournalRow> {
  const sameDay = draft.youthId === before.youthId && draft.serviceDate === before.serviceDate;
  const snapshot = sameDay
    ? { youthGender: before.youthGender, youthAge: before.youthAge, youthNeet: before.youthNeet }
    : (await snapshots(tx, [draft]))(draft);
  const notes = correctedNotes(before, draft);
  const confidentialNotesChanged =
    (before.notesEncrypted !== null || notes.notesEncrypted !== null) &&
    (before.notesEncrypted !== notes.notesEncrypted || before.notes !== notes.notes);
  const [after] = await tx
    .update(journalRecords)
    .set({ ...columns(draft), ...snapshot, ...notes, version: before.version + 1, updatedAt: new Date() })
    .where(eq(journalRecords.id, before.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'correct',
    entityType: ENTITY,
    entityId: before.id,
    regionCode: after.regionCode,
    centreId: after.centreId,
    before: auditState(before),
    // Confidential notes leave only the fact that they changed.
    after: { ...auditState(after), reason, ...(confidentialNotesChanged ? { notesChanged: true } : {}) },
  });
  await refreshRollups(tx, { removed: [rollupRecordOf(before)], added: [rollupRecordOf(after)] });
  return after;
}

/** Deletes a record softly: it leaves lists and rollups, and stays in the history with the reason. */
export async function deleteRecord(
  tx: DbOrTx,
  actor: Actor,
  deletedBy: number,
  before: JournalRow,
  reason: string,
): Promise<void> {
  const now = new Date();
  await tx
    .update(journalRecords)
    .set({ deletedAt: now, deletedBy, version: before.version + 1, updatedAt: now })
    .where(eq(journalRecords.id, before.id));
  await recordAudit(tx, actor, {
    action: 'delete',
    entityType: ENTITY,
    entityId: before.id,
    regionCode: before.regionCode,
    centreId: before.centreId,
    before: auditState(before),
    after: { reason },
  });
  await refreshRollups(tx, { removed: [rollupRecordOf(before)], added: [] });
}
