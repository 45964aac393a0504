import { and, eq, isNull } from 'drizzle-orm';
import type { Scope } from '../../../../shared/contracts/auth';
import { CONSENT_SCOPE_SERVICES, type NewYouth } from '../../../../shared/contracts/youth';
import type { FieldError } from '../../../../shared/errors';
import { iinMatches, normalizeIin } from '../../../../shared/iin';
import type { AppDb, DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { dataProtection } from '../../../platform/crypto';
import { AppError, invalidFields, notFound } from '../../../platform/http/app-error';
import { districts } from '../../reference/reference.tables';
import { findCentreInScope } from '../../registry/centres.repository';
import { isUniqueViolation } from '../../registry/registry.caller';
import { findNameTwins, findYouthRowInScope, youthInScope } from './youth.repository';
import { youthWarnings } from './youth.rules';
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

async function checkFields(db: DbOrTx, fields: NewYouth, regionCode: string) {
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
