import { sql } from 'drizzle-orm';
import type { Role } from '../../../../shared/constants/roles';
import type { Scope } from '../../../../shared/contracts/auth';
import type {
  JournalRecord,
  JournalRecordCorrection,
  NewJournalRecord,
} from '../../../../shared/contracts/journal-records';
import type { FieldError } from '../../../../shared/errors';
import { todayInKazakhstan } from '../../../../shared/today';
import type { AppDb, DbOrTx } from '../../../db/client';
import { preparedStatement, slot } from '../../../db/prepared';
import { type Actor, actorOf } from '../../../platform/audit/audit';
import { users } from '../../../platform/auth/auth.tables';
import { AppError, forbidden, invalidFields, notFound } from '../../../platform/http/app-error';
import { centreInScope, scopeSlots, scopeValues } from '../../registry/registry.scope';
import { centres } from '../../registry/registry.tables';
import { serviceTypes } from '../journal.tables';
import { stateProgrammes } from '../programmes/programmes.tables';
import { consentInForce, youthInScope } from '../youth/youth.repository';
import { youth } from '../youth/youth.tables';
import { findRecordRowInScope, recordAsRead, youthName } from './records.repository';
import {
  correctRecord,
  deleteRecord,
  insertRecords,
  type JournalRow,
  type RecordDraft,
  type SnapshotSource,
} from './records.writer';

/** Who records services: a centre's specialists and manager, and the administrator. */
export const RECORD_WRITERS = ['specialist', 'center_manager', 'admin'] as const satisfies readonly Role[];
/** Who reads the journal in their scope; partners never do. */
export const RECORD_READERS = [
  'specialist',
  'center_manager',
  'regional',
  'national',
  'admin',
] as const satisfies readonly Role[];
/** Roles of the people who give services: a record's specialist is one of them, at the record's centre. */
const SPECIALIST_ROLES: readonly Role[] = ['specialist', 'center_manager'];

export interface Caller {
  id: number;
  email: string;
  role: Role;
  scope: Scope;
  requestId?: string;
}

const actor = (caller: Caller): Actor => actorOf(caller, caller.requestId);

type Fields = NewJournalRecord;

/** The centre the record is for: a centre-level caller's own; above that, the one named (or kept). */
function requestedCentre(caller: Caller, fields: Fields, before?: JournalRow): number {
  const scope = caller.scope;
  if (scope.kind === 'centre' && fields.centreId && fields.centreId !== scope.centreId)
    throw invalidFields([{ field: 'centreId', code: 'out_of_scope' }]);
  const id = scope.kind === 'centre' ? scope.centreId : (fields.centreId ?? before?.centreId);
  if (!id) throw invalidFields([{ field: 'centreId', code: 'required' }]);
  return id;
}

type ServiceTypeFacts = Pick<
  typeof serviceTypes.$inferSelect,
  'id' | 'directionId' | 'isActive' | 'isGroup' | 'allowsAnonymous' | 'isConfidential'
>;
type PersonFacts = SnapshotSource & { mergedIntoId: number | null; consent: boolean };

type LookupValues = {
  centreId: number;
  serviceTypeId: number;
  youthId: number | null;
  programmeId: number | null;
  specialistId: number | null;
} & ReturnType<typeof scopeValues>;

/**
 * Everything a record's checks read, in one statement (each round trip to the database costs a
 * write more than the lookup itself): the centre in the caller's scope, the service type, the
 * young person in scope, whether the programme exists, and the named specialist at the centre;
 * with the names a new record is answered with. A part not asked for answers null. Built once for
 * each kind of scope.
 */
const lookupStatement = (kind: Scope['kind']) =>
  preparedStatement<LookupValues>(() => {
    const scope = scopeSlots(kind);
    return sql`select
    (select json_build_object('id', ${centres.id}, 'regionCode', ${centres.regionCode}) from ${centres}
      where ${centres.id} = ${slot('centreId')} and ${centreInScope(scope)}) as centre,
    (select json_build_object('id', ${serviceTypes.id}, 'directionId', ${serviceTypes.directionId},
        'isActive', ${serviceTypes.isActive}, 'isGroup', ${serviceTypes.isGroup},
        'allowsAnonymous', ${serviceTypes.allowsAnonymous}, 'isConfidential', ${serviceTypes.isConfidential})
      from ${serviceTypes} where ${serviceTypes.id} = ${slot('serviceTypeId')}) as type,
    (select json_build_object('mergedIntoId', ${youth.mergedIntoId}, 'consent', ${consentInForce},
        'gender', ${youth.gender}, 'birthDate', ${youth.birthDate}, 'status', ${youth.status}, 'name', ${youthName})
      from ${youth} where ${youth.id} = ${slot('youthId')} and ${youthInScope(scope)}) as person,
    exists (select from ${stateProgrammes} where ${stateProgrammes.id} = ${slot('programmeId')}) as programme,
    (select json_build_object('role', ${users.role}, 'fullName', ${users.fullName}) from ${users}
      where ${users.id} = ${slot('specialistId')} and ${users.isActive}
      and ${users.centreId} = ${slot('centreId')}) as specialist`;
  });
const LOOKUPS = {
  country: lookupStatement('country'),
  region: lookupStatement('region'),
  centre: lookupStatement('centre'),
  organisation: lookupStatement('organisation'),
};

async function lookups(
  tx: DbOrTx,
  caller: Caller,
  centreId: number,
  fields: Fields,
  youthId: number | null,
  specialistId: number | null,
) {
  const result = await LOOKUPS[caller.scope.kind](tx, {
    centreId,
    serviceTypeId: fields.serviceTypeId,
    youthId,
    programmeId: fields.programmeId ?? null,
    specialistId,
    ...scopeValues(caller.scope),
  });
  const [row] = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  const specialist = row.specialist as { role: Role; fullName: string } | null;
  return {
    centre: row.centre as { id: number; regionCode: string } | null,
    type: row.type as ServiceTypeFacts | null,
    person: row.person as (PersonFacts & { name: string | null }) | null,
    programmeExists: Boolean(row.programme),
    specialistRole: specialist?.role ?? null,
    specialistName: specialist?.fullName ?? null,
  };
}

/** The names a new record is answered with, as a read of it gives them (the checks read them). */
interface NewRecordNames {
  youthName: string | null;
  specialistName: string | null;
}

/**
 * Checks a record's fields against the catalogue, the youth registry, the programmes and the
 * centre's staff, and turns them into a draft for the writer. All field errors come together.
 */
async function draftOf(
  tx: DbOrTx,
  caller: Caller,
  fields: Fields,
  before?: JournalRow,
): Promise<{ draft: RecordDraft; names: NewRecordNames }> {
  const centreId = requestedCentre(caller, fields, before);
  const youthId = fields.youthId ?? null;
  // The same person kept on a correction stays, whatever became of their consent or centre since.
  const checkPerson = youthId !== null && before?.youthId !== youthId;

  // The specialist: named, or on a correction the one recorded, or the caller who gives services.
  let specialistId = fields.specialistId ?? null;
  if (specialistId === null) {
    if (before) specialistId = before.specialistId;
    else if (SPECIALIST_ROLES.includes(caller.role)) specialistId = caller.id;
  }
  const specialistName = specialistId === null ? (before?.specialistName ?? null) : null;
  // One who has left since may stay on a correction that keeps them and the centre.
  const specialistKept = before?.specialistId === specialistId && before?.centreId === centreId;
  const checkSpecialist = specialistId !== null && !specialistKept;

  const found = await lookups(
    tx,
    caller,
    centreId,
    fields,
    checkPerson ? youthId : null,
    checkSpecialist ? specialistId : null,
  );
  const centre = found.centre;
  if (!centre) throw invalidFields([{ field: 'centreId', code: 'not_found' }]);
  const errors: FieldError[] = [];

  const type = found.type;
  const typeKept = before?.serviceTypeId === fields.serviceTypeId;
  if (!type) errors.push({ field: 'serviceTypeId', code: 'not_found' });
  else if (!type.isActive && !typeKept) errors.push({ field: 'serviceTypeId', code: 'inactive' });
  else if (type.isGroup) errors.push({ field: 'serviceTypeId', code: 'group_service_type' });

  const person = found.person ?? undefined;
  if (checkPerson) {
    if (!person) errors.push({ field: 'youthId', code: 'not_found' });
    else if (!person.consent) errors.push({ field: 'youthId', code: 'consent_withdrawn' });
    else if (person.mergedIntoId !== null) errors.push({ field: 'youthId', code: 'youth_merged' });
  }
  if (youthId === null && type && !type.allowsAnonymous)
    errors.push({ field: 'youthId', code: 'anonymous_not_allowed' });

  if (fields.programmeId && !found.programmeExists) errors.push({ field: 'programmeId', code: 'not_found' });

  if (checkSpecialist) {
    if (!found.specialistRole || !SPECIALIST_ROLES.includes(found.specialistRole))
      errors.push({ field: 'specialistId', code: 'not_a_specialist' });
  } else if (specialistId === null && specialistName === null) {
    errors.push({ field: 'specialistId', code: 'required' });
  }

  if (fields.serviceDate > todayInKazakhstan()) errors.push({ field: 'serviceDate', code: 'future_date' });

  // Confidential notes are their author's: anyone else leaves them as they are.
  const isAuthor = !before || before.recordedBy === caller.id;
  const confidential = Boolean(type?.isConfidential) || (before?.notesEncrypted ?? null) !== null;
  let notes: string | null | undefined = fields.notes ?? null;
  if (!isAuthor && confidential) {
    if (notes) errors.push({ field: 'notes', code: 'author_only' });
    notes = undefined;
  }

  if (errors.length || !type) throw invalidFields(errors);
  // A new record's person and specialist were both checked, so the lookup read their names.
  const names = { youthName: person?.name ?? null, specialistName: found.specialistName };
  const draft: RecordDraft = {
    centreId: centre.id,
    regionCode: centre.regionCode,
    serviceTypeId: type.id,
    directionId: type.directionId,
    isConfidential: type.isConfidential,
    youthId,
    serviceDate: fields.serviceDate,
    serviceTime: fields.serviceTime ?? null,
    format: fields.format,
    durationMinutes: fields.durationMinutes ?? null,
    specialistId,
    specialistName,
    programmeId: fields.programmeId ?? null,
    referral: fields.referral ?? null,
    outcome: fields.outcome ?? null,
    notes,
    person: checkPerson ? person : undefined,
  };
  return { draft, names };
}

/**
 * Records one service; the caller is its author. Answers the new record as a read of it would, from
 * the row as stored and the names the checks read: no statement after the commit.
 */
export async function createRecord(
  db: AppDb,
  caller: Caller,
  fields: NewJournalRecord,
): Promise<JournalRecord> {
  return db.transaction(async (tx) => {
    const { draft, names } = await draftOf(tx, caller, fields);
    const [row] = await insertRecords(tx, actor(caller), caller.id, [draft]);
    return recordAsRead(
      { row, ...names, isConfidential: draft.isConfidential },
      { userId: caller.id, scope: caller.scope },
      true,
    );
  });
}

/** The author, the centre's manager or the administrator may change a record. */
function mayChange(caller: Caller, row: JournalRow): boolean {
  if (caller.role === 'admin') return true;
  if (caller.id === row.recordedBy) return true;
  return (
    caller.role === 'center_manager' &&
    caller.scope.kind === 'centre' &&
    caller.scope.centreId === row.centreId
  );
}

/** A live record in scope that the caller may change, locked for the rest of the transaction. */
async function changeable(tx: DbOrTx, caller: Caller, id: number): Promise<JournalRow> {
  const row = await findRecordRowInScope(tx, caller.scope, id, true);
  if (!row) throw notFound();
  if (!mayChange(caller, row)) throw forbidden();
  // Deleted records stay deleted; attendance at a group event changes through the event.
  if (row.deletedAt !== null || row.eventId !== null) throw new AppError('invalid_state');
  return row;
}

/** Corrects a record with its full new values and a reason; the version goes up and the history keeps both. */
export async function correctRecordById(
  db: AppDb,
  caller: Caller,
  id: number,
  correction: JournalRecordCorrection,
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await changeable(tx, caller, id);
    const { reason, ...fields } = correction;
    const { draft } = await draftOf(tx, caller, fields, before);
    await correctRecord(tx, actor(caller), before, draft, reason);
  });
}

/** Deletes a record softly with a reason: it leaves lists and rollups, its history stays. */
export async function deleteRecordById(db: AppDb, caller: Caller, id: number, reason: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await changeable(tx, caller, id);
    await deleteRecord(tx, actor(caller), caller.id, before, reason);
  });
}
