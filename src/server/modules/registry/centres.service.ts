import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Scope } from '../../../shared/contracts/auth';
import type { Centre, CentreInput } from '../../../shared/contracts/registry';
import type { AppDb, DbOrTx } from '../../db/client';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, forbidden, invalidFields, notFound } from '../../platform/http/app-error';
// The rollups file itself, not the journal's index: that imports the registry back.
import { centreKindChanged } from '../journal/records/rollups';
import { districts, regionContainsPoint, regions, transliterate } from '../reference';
import { findCentreInScope, lockCentreInScope } from './centres.repository';
import { type CentreFacts, centreFieldErrors, changedStructuralFields } from './centres.rules';
import { actorOfCaller, type Caller, isUniqueViolation } from './registry.caller';
import { centreInScope } from './registry.scope';
import { centres } from './registry.tables';

// A centre manager's own centre sits under a regional centre outside their one-centre scope.
const parentScope = (scope: Scope): Scope =>
  scope.kind === 'centre' ? { kind: 'region', regionCode: scope.regionCode } : scope;

async function gatherFacts(
  tx: DbOrTx,
  caller: Caller,
  input: CentreInput,
  selfId?: number,
): Promise<CentreFacts> {
  const [region] = await tx
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.code, input.regionCode), isNull(regions.validTo)));
  const [district] =
    input.districtId != null
      ? await tx
          .select({ regionCode: districts.regionCode })
          .from(districts)
          .where(and(eq(districts.id, input.districtId), isNull(districts.validTo)))
      : [];
  const [parent] =
    input.parentId != null
      ? await tx
          .select({ id: centres.id, kind: centres.kind, regionCode: centres.regionCode })
          .from(centres)
          .where(and(centreInScope(parentScope(caller.user.scope)), eq(centres.id, input.parentId)))
      : [];
  const [taken] = await tx
    .select({ id: centres.id })
    .from(centres)
    .where(and(eq(centres.code, input.code), selfId ? ne(centres.id, selfId) : undefined));
  return {
    regionExists: Boolean(region),
    districtRegion: district?.regionCode ?? null,
    parent: parent ?? null,
    codeTaken: Boolean(taken),
    pointInRegion:
      input.latitude == null || input.longitude == null
        ? true
        : regionContainsPoint(input.regionCode, input.latitude, input.longitude),
  };
}

async function assertValid(tx: DbOrTx, caller: Caller, input: CentreInput, selfId?: number) {
  const errors = centreFieldErrors(
    input,
    await gatherFacts(tx, caller, input, selfId),
    caller.user.scope,
    selfId,
  );
  if (errors.length) throw invalidFields(errors);
}

/** Column values of a centre from validated input; an empty English name is transliterated from Kazakh. */
export function centreValues(input: CentreInput) {
  return {
    code: input.code,
    kind: input.kind,
    parentId: input.kind === 'regional' ? null : (input.parentId ?? null),
    regionCode: input.regionCode,
    districtId: input.districtId ?? null,
    nameKk: input.nameKk,
    nameRu: input.nameRu,
    nameEn: input.nameEn || transliterate(input.nameKk),
    address: input.address,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    openingHours: input.openingHours ?? null,
    services: input.services,
  };
}

// A unique violation that slipped past the pre-check (a concurrent create) still reads as a field error.
async function withDuplicateCode<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw invalidFields([{ field: 'code', code: 'duplicate' }]);
    throw err;
  }
}

const auditEntry = (action: string, before: Centre | null, after: Centre) => ({
  action,
  entityType: 'centre',
  entityId: after.id,
  regionCode: after.regionCode,
  centreId: after.id,
  before,
  after,
});

/** Creates a centre inside the caller's scope and records it in the audit trail. */
export function createCentre(db: AppDb, caller: Caller, input: CentreInput): Promise<Centre> {
  return withDuplicateCode(() =>
    db.transaction(async (tx) => {
      await assertValid(tx, caller, input);
      const [row] = await tx.insert(centres).values(centreValues(input)).returning({ id: centres.id });
      const after = (await findCentreInScope(tx, { kind: 'country' }, row.id))!;
      await recordAudit(tx, actorOfCaller(caller), auditEntry('create', null, after));
      return after;
    }),
  );
}

/**
 * Edits a centre in the caller's scope. A centre manager may change contact fields only; a change
 * of code, kind, region, district or parent from them is refused.
 */
export function updateCentre(db: AppDb, caller: Caller, id: number, input: CentreInput): Promise<Centre> {
  const { scope } = caller.user;
  return withDuplicateCode(() =>
    db.transaction(async (tx) => {
      const current = await lockCentreInScope(tx, scope, id);
      if (!current) throw notFound();
      if (caller.user.role === 'center_manager' && changedStructuralFields(input, current).length) {
        throw forbidden();
      }
      await assertValid(tx, caller, input, id);
      const before = (await findCentreInScope(tx, scope, id))!;
      await tx
        .update(centres)
        .set({ ...centreValues(input), updatedAt: sql`now()` })
        .where(eq(centres.id, id));
      const after = (await findCentreInScope(tx, { kind: 'country' }, id))!;
      if (after.kind !== before.kind) await centreKindChanged(tx, id, before.kind);
      await recordAudit(tx, actorOfCaller(caller), auditEntry('update', before, after));
      return after;
    }),
  );
}

/** Deactivates (to `inactive`) or reactivates (to `active`) a centre, keeping the row and its history. */
export function setCentreStatus(
  db: AppDb,
  caller: Caller,
  id: number,
  status: 'active' | 'inactive',
  reason: string,
): Promise<Centre> {
  const { scope } = caller.user;
  return db.transaction(async (tx) => {
    const current = await lockCentreInScope(tx, scope, id);
    if (!current) throw notFound();
    if (current.status === status) throw new AppError('invalid_state');
    const before = (await findCentreInScope(tx, scope, id))!;
    await tx
      .update(centres)
      .set({ status, statusReason: reason, updatedAt: sql`now()` })
      .where(eq(centres.id, id));
    const after = (await findCentreInScope(tx, { kind: 'country' }, id))!;
    const action = status === 'inactive' ? 'deactivate' : 'reactivate';
    await recordAudit(tx, actorOfCaller(caller), auditEntry(action, before, after));
    return after;
  });
}
