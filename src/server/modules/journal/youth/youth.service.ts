import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Scope } from '../../../../shared/contracts/auth';
import {
  CONSENT_SCOPE_SERVICES,
  type NewYouth,
  type YouthProgrammes,
  type YouthUpdate,
} from '../../../../shared/contracts/youth';
import type { FieldError } from '../../../../shared/errors';
import { iinMatches, normalizeIin } from '../../../../shared/iin';
import type { AppDb, DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { users } from '../../../platform/auth/auth.tables';
import { dataProtection } from '../../../platform/crypto';
import { AppError, invalidFields, notFound } from '../../../platform/http/app-error';
import { districts } from '../../reference/reference.tables';
import { findCentreInScope } from '../../registry/centres.repository';
import { isUniqueViolation } from '../../registry/registry.caller';
import { serviceTypes } from '../journal.tables';
import { listProgrammes, programmesFor, stateProgrammes } from '../programmes';
import { journalRecords } from '../records/records.tables';
import { rollupRecordOf } from '../records/records.writer';
import { refreshRollups } from '../records/rollups';
import { findNameTwins, findYouthRowInScope, youthInScope } from './youth.repository';
import { ageOn, youthWarnings } from './youth.rules';
import { youth, youthConsents } from './youth.tables';

const ENTITY = 'youth';

/** The registering centre: the caller's own, or the one named (in scope) above centre level. */
async function registeringCentre(db: DbOrTx, scope: Scope, centreId: number | null | undefined) {
  const id = scope.kind === 'centre' ? scope.centreId : centreId;
  if (!id) throw invalidFields([{ field: 'centreId', code: 'required' }]);
  if (scope.kind === 'centre' && centreId && centreId !== scope.centreId)
    throw invalidFields([{ field: 'centreId', code: 'out_of_scope' }]);
  const centre = await findCentreInScope(db, scope, id);
  if (!centre) throw invalidFields([{ field: 'centreId', code: 'not_found' }]);
  return centre;
}

type CheckedFields = Pick<NewYouth, 'iin' | 'birthDate' | 'gender' | 'districtId'>;

async function checkFields(db: DbOrTx, fields: CheckedFields, regionCode: string) {
  const errors: FieldError[] = [];
  if (fields.iin) {
    const match = iinMatches(fields.iin, { birthDate: fields.birthDate, gender: fields.gender });
    if (!match.ok) errors.push({ field: 'iin', code: match.code });
  }
  if (fields.districtId) {
    const [district] = await db
      .select({ regionCode: districts.regionCode })
      .from(districts)
      .where(eq(districts.id, fields.districtId));
    if (!district) errors.push({ field: 'districtId', code: 'not_found' });
    else if (district.regionCode !== regionCode) errors.push({ field: 'districtId', code: 'outside_region' });
  }
  if (errors.length) throw invalidFields(errors);
}

/** 409 `duplicate` on the IIN field; the existing record's id only when the caller may read it. */
async function duplicateIin(db: DbOrTx, scope: Scope, iinHash: string): Promise<AppError> {
  const [visible] = await db
    .select({ id: youth.id })
    .from(youth)
    .where(and(eq(youth.iinHash, iinHash), youthInScope(scope)));
  return new AppError('duplicate', {
    fieldErrors: [{ field: 'iin', code: 'duplicate', ...(visible ? { params: { id: visible.id } } : {}) }],
  });
}

// What the audit keeps of a young person: never the IIN, in clear or hashed, only whether there is one.
const auditState = (row: typeof youth.$inferSelect) => {
  const { iinHash, iinEncrypted: _encrypted, ...rest } = row;
  return { ...rest, hasIin: iinHash !== null };
};

/**
 * Registers a young person with their consent. Returns the id, age warnings and people in scope
 * already registered under the same names and birth date; a known IIN is refused as `duplicate`.
 */
export async function createYouth(db: AppDb, scope: Scope, fields: NewYouth, actor: Actor, userId: number) {
  const centre = await registeringCentre(db, scope, fields.centreId);
  await checkFields(db, fields, centre.regionCode);
  const protection = dataProtection();
  const iin = fields.iin ? normalizeIin(fields.iin) : null;
  const iinHash = iin ? protection.keyedHash(iin) : null;
  if (iinHash) {
    const [taken] = await db.select({ id: youth.id }).from(youth).where(eq(youth.iinHash, iinHash));
    if (taken) throw await duplicateIin(db, scope, iinHash);
  }
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(youth)
        .values({
          centreId: centre.id,
          regionCode: centre.regionCode,
          districtId: fields.districtId ?? null,
          lastName: fields.lastName,
          firstName: fields.firstName,
          middleName: fields.middleName ?? null,
          birthDate: fields.birthDate,
          gender: fields.gender,
          phone: fields.phone ?? null,
          email: fields.email ?? null,
          status: fields.status,
          neetSubgroup: fields.status === 'neet' ? (fields.neetSubgroup ?? null) : null,
          categories: [...new Set(fields.categories)],
          iinHash,
        })
        .returning();
      let saved = row;
      if (iin) {
        [saved] = await tx
          .update(youth)
          .set({ iinEncrypted: protection.encrypt(iin, String(row.id)) })
          .where(eq(youth.id, row.id))
          .returning();
      }
      await tx
        .insert(youthConsents)
        .values({ youthId: row.id, scope: CONSENT_SCOPE_SERVICES, recordedBy: userId });
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: row.id,
        regionCode: row.regionCode,
        centreId: row.centreId,
        after: auditState(saved),
      });
      const possibleDuplicates = await findNameTwins(tx, scope, fields, row.id);
      return { id: row.id, warnings: youthWarnings(fields.birthDate, today()), possibleDuplicates };
    });
  } catch (err) {
    // A concurrent registration of the same IIN slipped past the check above.
    if (iinHash && isUniqueViolation(err)) throw await duplicateIin(db, scope, iinHash);
    throw err;
  }
}

/**
 * Withdraws consent: the consent row keeps when and by whom; names, contacts and the IIN are erased,
 * so nothing personal is processed any further. Withdrawn twice is `invalid_state`.
 */
export function withdrawYouthConsent(db: AppDb, scope: Scope, id: number, actor: Actor, userId: number) {
  return db.transaction(async (tx) => {
    const row = await findYouthRowInScope(tx, scope, id);
    if (!row) throw notFound();
    const now = new Date();
    const withdrawn = await tx
      .update(youthConsents)
      .set({ withdrawnAt: now, withdrawnBy: userId })
      .where(and(eq(youthConsents.youthId, id), isNull(youthConsents.withdrawnAt)))
      .returning({ id: youthConsents.id });
    if (!withdrawn.length) throw new AppError('invalid_state');
    await tx
      .update(youth)
      .set({
        lastName: '',
        firstName: '',
        middleName: null,
        phone: null,
        email: null,
        iinHash: null,
        iinEncrypted: null,
        updatedAt: now,
      })
      .where(eq(youth.id, id));
    // Nothing personal in the trail either: the withdrawal itself is the fact worth keeping.
    await recordAudit(tx, actor, {
      action: 'withdraw_consent',
      entityType: ENTITY,
      entityId: id,
      regionCode: row.regionCode,
      centreId: row.centreId,
      after: { consentWithdrawnAt: now.toISOString() },
    });
  });
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

type YouthRow = typeof youth.$inferSelect;

/** Whether the person's consent is in force (a consent given and not withdrawn). */
async function consentInForceFor(db: DbOrTx, id: number): Promise<boolean> {
  const [row] = await db
    .select({ id: youthConsents.id })
    .from(youthConsents)
    .where(and(eq(youthConsents.youthId, id), isNull(youthConsents.withdrawnAt)))
    .limit(1);
  return row !== undefined;
}

/** Locks a young person's row in scope for a change; 404 out of scope. */
async function lockYouthInScope(tx: DbOrTx, scope: Scope, id: number): Promise<YouthRow> {
  const [row] = await tx
    .select()
    .from(youth)
    .where(and(youthInScope(scope), eq(youth.id, id)))
    .for('update');
  if (!row) throw notFound();
  return row;
}

/**
 * Edits a young person with the same checks as registration. A new IIN is checked and must be
 * nobody else's; a kept one is checked again against the (possibly changed) birth date and gender.
 * Refused (`invalid_state`) after consent withdrawal or once merged. Audited before → after, no IIN.
 */
export async function updateYouth(db: AppDb, scope: Scope, id: number, fields: YouthUpdate, actor: Actor) {
  const protection = dataProtection();
  const iin = fields.iin ? normalizeIin(fields.iin) : null;
  const iinHash = iin ? protection.keyedHash(iin) : null;
  try {
    return await db.transaction(async (tx) => {
      const before = await lockYouthInScope(tx, scope, id);
      if (before.mergedIntoId !== null) {
        throw new AppError('invalid_state', { fieldErrors: [{ field: 'id', code: 'merge_merged' }] });
      }
      if (!(await consentInForceFor(tx, id))) {
        throw new AppError('invalid_state', { fieldErrors: [{ field: 'id', code: 'consent_withdrawn' }] });
      }
      await checkFields(tx, fields, before.regionCode);
      if (!iin && !fields.removeIin && before.iinEncrypted) {
        const kept = protection.decrypt(before.iinEncrypted, String(id));
        const match = iinMatches(kept, { birthDate: fields.birthDate, gender: fields.gender });
        if (!match.ok) throw invalidFields([{ field: 'iin', code: match.code }]);
      }
      if (iinHash) {
        const [taken] = await tx
          .select({ id: youth.id })
          .from(youth)
          .where(and(eq(youth.iinHash, iinHash), ne(youth.id, id)));
        if (taken) throw await duplicateIin(tx, scope, iinHash);
      }
      const iinColumns = iin
        ? { iinHash, iinEncrypted: protection.encrypt(iin, String(id)) }
        : fields.removeIin
          ? { iinHash: null, iinEncrypted: null }
          : {};
      const [after] = await tx
        .update(youth)
        .set({
          districtId: fields.districtId ?? null,
          lastName: fields.lastName,
          firstName: fields.firstName,
          middleName: fields.middleName ?? null,
          birthDate: fields.birthDate,
          gender: fields.gender,
          phone: fields.phone ?? null,
          email: fields.email ?? null,
          status: fields.status,
          neetSubgroup: fields.status === 'neet' ? (fields.neetSubgroup ?? null) : null,
          categories: [...new Set(fields.categories)],
          ...iinColumns,
          updatedAt: new Date(),
        })
        .where(eq(youth.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        regionCode: after.regionCode,
        centreId: after.centreId,
        before: auditState(before),
        after: auditState(after),
      });
      const possibleDuplicates = await findNameTwins(tx, scope, fields, id);
      return { id, warnings: youthWarnings(fields.birthDate, today()), possibleDuplicates };
    });
  } catch (err) {
    if (iinHash && isUniqueViolation(err)) throw await duplicateIin(db, scope, iinHash);
    throw err;
  }
}

/** Every single-column foreign key that points at youth(id), except the merge link itself. */
async function youthReferences(tx: DbOrTx): Promise<{ table: string; column: string }[]> {
  const result = await tx.execute(sql`
    select cl.relname as table_name, a.attname as column_name
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f' and c.confrelid = 'youth'::regclass and cardinality(c.conkey) = 1
    order by 1, 2`);
  return (result as unknown as { rows: { table_name: string; column_name: string }[] }).rows
    .map((r) => ({ table: r.table_name, column: r.column_name }))
    .filter((r) => !(r.table === 'youth' && r.column === 'merged_into_id'));
}

/**
 * Merges a duplicate into the record that stays. Every reference to the duplicate (found in the
 * database catalogue, so tables added later are covered) moves to the survivor, journal rollups are
 * recomputed for the moved records' old and new keys, and the duplicate is marked `merged_into_id`
 * with its personal data erased (blanks of the survivor's contacts are filled from it, its
 * categories added, its IIN kept only if the survivor has none and it fits the survivor's birth
 * date and gender). Both must be in scope with consent in force; both are audited.
 */
export async function mergeYouth(db: AppDb, scope: Scope, id: number, intoId: number, actor: Actor) {
  if (id === intoId) throw invalidFields([{ field: 'intoId', code: 'merge_same' }]);
  return db.transaction(async (tx) => {
    // Both rows locked in id order, so two merges of the same pair cannot deadlock.
    const rows = await tx
      .select()
      .from(youth)
      .where(and(youthInScope(scope), inArray(youth.id, [id, intoId])))
      .orderBy(youth.id)
      .for('update');
    const dup = rows.find((r) => r.id === id);
    const into = rows.find((r) => r.id === intoId);
    if (!dup) throw notFound();
    if (!into) throw invalidFields([{ field: 'intoId', code: 'not_found' }]);
    const refuse = (field: string, code: FieldError['code']) =>
      new AppError('invalid_state', { fieldErrors: [{ field, code }] });
    if (dup.mergedIntoId !== null) throw refuse('id', 'merge_merged');
    if (into.mergedIntoId !== null) throw refuse('intoId', 'merge_merged');
    if (!(await consentInForceFor(tx, id))) throw refuse('id', 'consent_withdrawn');
    if (!(await consentInForceFor(tx, intoId))) throw refuse('intoId', 'consent_withdrawn');

    const movedRecords = await tx.select().from(journalRecords).where(eq(journalRecords.youthId, id));
    const moved: Record<string, number> = {};
    for (const ref of await youthReferences(tx)) {
      const table = sql.identifier(ref.table);
      const column = sql.identifier(ref.column);
      try {
        const result = await tx.execute(
          sql`with m as (update ${table} set ${column} = ${intoId} where ${column} = ${id} returning 1) select count(*)::int as n from m`,
        );
        const n = Number((result as unknown as { rows: { n: number }[] }).rows[0].n);
        if (n) moved[`${ref.table}.${ref.column}`] = n;
      } catch (err) {
        // Both records in one place that allows a person once (e.g. the same event): a person must decide.
        if (isUniqueViolation(err)) throw new AppError('conflict', { detail: `${ref.table}.${ref.column}` });
        throw err;
      }
    }
    // The records keep their centre, day and type: only the two persons' counts move.
    const removed = movedRecords.map(rollupRecordOf);
    await refreshRollups(tx, { removed, added: removed.map((r) => ({ ...r, youthId: intoId })) });

    const protection = dataProtection();
    const dupIin = dup.iinEncrypted ? protection.decrypt(dup.iinEncrypted, String(dup.id)) : null;
    const takeIin =
      dupIin !== null &&
      into.iinHash === null &&
      iinMatches(dupIin, { birthDate: into.birthDate, gender: into.gender }).ok;
    const now = new Date();
    const [dupAfter] = await tx
      .update(youth)
      .set({
        mergedIntoId: intoId,
        lastName: '',
        firstName: '',
        middleName: null,
        phone: null,
        email: null,
        iinHash: null,
        iinEncrypted: null,
        updatedAt: now,
      })
      .where(eq(youth.id, id))
      .returning();
    const [intoAfter] = await tx
      .update(youth)
      .set({
        middleName: into.middleName ?? dup.middleName,
        districtId: into.districtId ?? dup.districtId,
        phone: into.phone ?? dup.phone,
        email: into.email ?? dup.email,
        categories: [...new Set([...into.categories, ...dup.categories])],
        ...(takeIin && dupIin
          ? {
              iinHash: protection.keyedHash(dupIin),
              iinEncrypted: protection.encrypt(dupIin, String(intoId)),
            }
          : {}),
        updatedAt: now,
      })
      .where(eq(youth.id, intoId))
      .returning();
    await recordAudit(tx, actor, [
      {
        action: 'merge',
        entityType: ENTITY,
        entityId: id,
        regionCode: dup.regionCode,
        centreId: dup.centreId,
        before: auditState(dup),
        after: { ...auditState(dupAfter), moved },
      },
      {
        action: 'merge_into',
        entityType: ENTITY,
        entityId: intoId,
        regionCode: into.regionCode,
        centreId: into.centreId,
        before: auditState(into),
        after: { ...auditState(intoAfter), mergedFromId: id, iinTaken: takeIin },
      },
    ]);
    return { moved };
  });
}

/** Journal records a scope may read: as young people, by the record's centre and region. */
function recordsInScope(scope: Scope) {
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

/**
 * The card's programmes: those the person fits this year by age (today), status and categories,
 * and the journal records in which a programme was explained or they were referred to an operator.
 */
export async function youthProgrammes(db: DbOrTx, scope: Scope, id: number): Promise<YouthProgrammes> {
  const row = await findYouthRowInScope(db, scope, id);
  if (!row) throw notFound();
  const day = today();
  const year = Number(day.slice(0, 4));
  const processing = row.mergedIntoId === null && (await consentInForceFor(db, id));
  let age: number | null = null;
  let fitting: YouthProgrammes['fitting'] = [];
  if (processing) {
    age = ageOn(row.birthDate, day);
    const programmes = (await listProgrammes(db, year)).filter((p) => p.terms !== null);
    const fits = programmesFor(
      { age, status: row.status, categories: row.categories },
      programmes.map((p) => ({
        code: p.code,
        isActive: p.isActive,
        minAge: p.terms!.minAge,
        maxAge: p.terms!.maxAge,
        eligibleStatuses: p.terms!.eligibleStatuses,
        categories: p.terms!.categories,
      })),
    );
    const fitCodes = new Set(fits.filter((f) => f.fits).map((f) => f.code));
    fitting = programmes
      .filter((p) => fitCodes.has(p.code))
      .map((p) => ({
        code: p.code,
        name: p.name,
        summary: p.terms!.summary,
        minAge: p.terms!.minAge,
        maxAge: p.terms!.maxAge,
      }));
  }
  const records = await db
    .select({
      recordId: journalRecords.id,
      serviceDate: journalRecords.serviceDate,
      code: stateProgrammes.code,
      nameKk: stateProgrammes.nameKk,
      nameRu: stateProgrammes.nameRu,
      nameEn: stateProgrammes.nameEn,
      referral: journalRecords.referral,
      typeKk: serviceTypes.nameKk,
      typeRu: serviceTypes.nameRu,
      typeEn: serviceTypes.nameEn,
      userName: users.fullName,
      specialistName: journalRecords.specialistName,
      centreId: journalRecords.centreId,
    })
    .from(journalRecords)
    .innerJoin(serviceTypes, eq(serviceTypes.id, journalRecords.serviceTypeId))
    .leftJoin(stateProgrammes, eq(stateProgrammes.id, journalRecords.programmeId))
    .leftJoin(users, eq(users.id, journalRecords.specialistId))
    .where(
      and(
        eq(journalRecords.youthId, id),
        isNull(journalRecords.deletedAt),
        recordsInScope(scope),
        sql`(${journalRecords.programmeId} is not null or ${journalRecords.referral} = 'programme_operator')`,
      ),
    )
    .orderBy(sql`${journalRecords.serviceDate} desc`, sql`${journalRecords.id} desc`)
    .limit(200);
  return {
    year,
    age,
    fitting,
    contacts: records.map((r) => ({
      recordId: r.recordId,
      serviceDate: r.serviceDate,
      programme: r.code ? { code: r.code, name: { kk: r.nameKk!, ru: r.nameRu!, en: r.nameEn! } } : null,
      referredToOperator: r.referral === 'programme_operator',
      serviceType: { kk: r.typeKk, ru: r.typeRu, en: r.typeEn },
      specialist: r.userName ?? r.specialistName,
      centreId: r.centreId,
    })),
  };
}
