import { eq } from 'drizzle-orm';
import type { ServiceDirectionFields, ServiceTypeFields } from '../../../shared/contracts/journal';
import type { AppDb, DbOrTx } from '../../db/client';
import { type Actor, recordAudit } from '../../platform/audit/audit';
import { invalidFields, notFound } from '../../platform/http/app-error';
import { isUniqueViolation } from '../registry/registry.caller';
import { codeTaken, findDirection, findServiceType } from './catalogue.repository';
import { serviceDirections, serviceTypes } from './journal.tables';

const DIRECTION = 'service_direction';
const TYPE = 'service_type';

// A unique violation that slipped past the pre-check (a concurrent write) still reads as a field error.
async function withDuplicateCode<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw invalidFields([{ field: 'code', code: 'duplicate' }]);
    throw err;
  }
}

async function checkDirectionCode(tx: DbOrTx, code: string, exceptId?: number) {
  if (await codeTaken(tx, serviceDirections, code, exceptId))
    throw invalidFields([{ field: 'code', code: 'duplicate' }]);
}

async function checkType(tx: DbOrTx, fields: ServiceTypeFields, exceptId?: number) {
  const errors = [];
  if (!(await findDirection(tx, fields.directionId)))
    errors.push({ field: 'directionId', code: 'not_found' as const });
  if (await codeTaken(tx, serviceTypes, fields.code, exceptId))
    errors.push({ field: 'code', code: 'duplicate' as const });
  if (errors.length) throw invalidFields(errors);
}

const directionValues = (f: ServiceDirectionFields) => ({
  code: f.code,
  nameKk: f.nameKk,
  nameRu: f.nameRu,
  nameEn: f.nameEn,
  sortOrder: f.sortOrder,
});

const typeValues = (f: ServiceTypeFields) => ({
  directionId: f.directionId,
  code: f.code,
  nameKk: f.nameKk,
  nameRu: f.nameRu,
  nameEn: f.nameEn,
  isConfidential: f.isConfidential,
  isGroup: f.isGroup,
  allowsAnonymous: f.allowsAnonymous,
  sortOrder: f.sortOrder,
});

// The audit keeps the direction itself, not the list of its types.
const directionState = async (tx: DbOrTx, id: number) => {
  const found = await findDirection(tx, id);
  if (!found) return undefined;
  const { types: _types, ...direction } = found;
  return direction;
};

/** Adds a direction; the code must be free. Returns its id. */
export function createDirection(db: AppDb, fields: ServiceDirectionFields, actor: Actor) {
  return withDuplicateCode(() =>
    db.transaction(async (tx) => {
      await checkDirectionCode(tx, fields.code);
      const [row] = await tx
        .insert(serviceDirections)
        .values(directionValues(fields))
        .returning({ id: serviceDirections.id });
      const after = await directionState(tx, row.id);
      await recordAudit(tx, actor, { action: 'create', entityType: DIRECTION, entityId: row.id, after });
      return row.id;
    }),
  );
}

/** Changes a direction's code, names and order. */
export function updateDirection(db: AppDb, id: number, fields: ServiceDirectionFields, actor: Actor) {
  return withDuplicateCode(() =>
    db.transaction(async (tx) => {
      const before = await directionState(tx, id);
      if (!before) throw notFound();
      await checkDirectionCode(tx, fields.code, id);
      await tx
        .update(serviceDirections)
        .set({ ...directionValues(fields), updatedAt: new Date() })
        .where(eq(serviceDirections.id, id));
      const after = await directionState(tx, id);
      await recordAudit(tx, actor, { action: 'update', entityType: DIRECTION, entityId: id, before, after });
    }),
  );
}

/** Deactivates or reactivates a direction; nothing in the catalogue is ever deleted. */
export function setDirectionActive(db: AppDb, id: number, active: boolean, actor: Actor) {
  return db.transaction(async (tx) => {
    const before = await directionState(tx, id);
    if (!before) throw notFound();
    if (before.isActive === active) return;
    await tx
      .update(serviceDirections)
      .set({ isActive: active, updatedAt: new Date() })
      .where(eq(serviceDirections.id, id));
    const after = await directionState(tx, id);
    await recordAudit(tx, actor, {
      action: active ? 'reactivate' : 'deactivate',
      entityType: DIRECTION,
      entityId: id,
      before,
      after,
    });
  });
}

/** Adds a service type under an existing direction; the code must be free. Returns its id. */
export function createServiceType(db: AppDb, fields: ServiceTypeFields, actor: Actor) {
  return withDuplicateCode(() =>
    db.transaction(async (tx) => {
      await checkType(tx, fields);
      const [row] = await tx
        .insert(serviceTypes)
        .values(typeValues(fields))
        .returning({ id: serviceTypes.id });
      const after = await findServiceType(tx, row.id);
      await recordAudit(tx, actor, { action: 'create', entityType: TYPE, entityId: row.id, after });
      return row.id;
    }),
  );
}

/** Changes a service type, its flags or its direction. */
export function updateServiceType(db: AppDb, id: number, fields: ServiceTypeFields, actor: Actor) {
  return withDuplicateCode(() =>
    db.transaction(async (tx) => {
      const before = await findServiceType(tx, id);
      if (!before) throw notFound();
      await checkType(tx, fields, id);
      await tx
        .update(serviceTypes)
        .set({ ...typeValues(fields), updatedAt: new Date() })
        .where(eq(serviceTypes.id, id));
      const after = await findServiceType(tx, id);
      await recordAudit(tx, actor, { action: 'update', entityType: TYPE, entityId: id, before, after });
    }),
  );
}

/** Deactivates or reactivates a service type; journal records keep pointing at it either way. */
export function setServiceTypeActive(db: AppDb, id: number, active: boolean, actor: Actor) {
  return db.transaction(async (tx) => {
    const before = await findServiceType(tx, id);
    if (!before) throw notFound();
    if (before.isActive === active) return;
    await tx
      .update(serviceTypes)
      .set({ isActive: active, updatedAt: new Date() })
      .where(eq(serviceTypes.id, id));
    const after = await findServiceType(tx, id);
    await recordAudit(tx, actor, {
      action: active ? 'reactivate' : 'deactivate',
      entityType: TYPE,
      entityId: id,
      before,
      after,
    });
  });
}
