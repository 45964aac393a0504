import { and, eq, sql } from 'drizzle-orm';
import type { StaffInput, StaffMember } from '../../../shared/contracts/registry';
import type { AppDb, DbOrTx } from '../../db/client';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, forbidden, invalidFields, notFound } from '../../platform/http/app-error';
import { actorOfCaller, type Caller } from './registry.caller';
import { centreInScope, staffInScope } from './registry.scope';
import { centres, staff } from './registry.tables';
import { findStaffInScope } from './staff.repository';

// A centre outside the scope answers as if it did not exist.
async function assertCentreInScope(tx: DbOrTx, caller: Caller, centreId: number) {
  if (caller.user.scope.kind === 'organisation') throw forbidden();
  const [centre] = await tx
    .select({ id: centres.id })
    .from(centres)
    .where(and(centreInScope(caller.user.scope), eq(centres.id, centreId)));
  if (!centre) throw invalidFields([{ field: 'centreId', code: 'not_found' }]);
}

async function lockStaffInScope(tx: DbOrTx, caller: Caller, id: number) {
  const [row] = await tx
    .select()
    .from(staff)
    .where(and(staffInScope(caller.user.scope), eq(staff.id, id)))
    .for('update');
  if (!row) throw notFound();
  return row;
}

/** Column values of a staff member from validated input. */
export const staffValues = (input: StaffInput) => ({
  centreId: input.centreId,
  lastName: input.lastName,
  firstName: input.firstName,
  middleName: input.middleName ?? null,
  position: input.position,
  hireDate: input.hireDate,
  leaveDate: input.leaveDate ?? null,
  phone: input.phone ?? null,
  email: input.email ?? null,
});

const auditEntry = (action: string, before: StaffMember | null, after: StaffMember) => ({
  action,
  entityType: 'staff',
  entityId: after.id,
  regionCode: after.regionCode,
  centreId: after.centreId,
  before,
  after,
});

const country = { kind: 'country' } as const;

/** Adds a staff member to a centre in the caller's scope. */
export function createStaff(db: AppDb, caller: Caller, input: StaffInput): Promise<StaffMember> {
  return db.transaction(async (tx) => {
    await assertCentreInScope(tx, caller, input.centreId);
    const [row] = await tx.insert(staff).values(staffValues(input)).returning({ id: staff.id });
    const after = (await findStaffInScope(tx, country, row.id))!;
    await recordAudit(tx, actorOfCaller(caller), auditEntry('create', null, after));
    return after;
  });
}

/** Edits a staff member in scope; moving them is allowed only to a centre in scope. */
export function updateStaff(db: AppDb, caller: Caller, id: number, input: StaffInput): Promise<StaffMember> {
  return db.transaction(async (tx) => {
    await lockStaffInScope(tx, caller, id);
    await assertCentreInScope(tx, caller, input.centreId);
    const before = (await findStaffInScope(tx, country, id))!;
    await tx
      .update(staff)
      .set({ ...staffValues(input), updatedAt: sql`now()` })
      .where(eq(staff.id, id));
    const after = (await findStaffInScope(tx, country, id))!;
    await recordAudit(tx, actorOfCaller(caller), auditEntry('update', before, after));
    return after;
  });
}

/** Records that a staff member leaves (or left) on a date; the row stays. */
export function leaveStaff(db: AppDb, caller: Caller, id: number, leaveDate: string): Promise<StaffMember> {
  return db.transaction(async (tx) => {
    const current = await lockStaffInScope(tx, caller, id);
    const before = (await findStaffInScope(tx, country, id))!;
    if (!before.active) throw new AppError('invalid_state');
    if (leaveDate < current.hireDate) {
      throw invalidFields([{ field: 'leaveDate', code: 'date_order' }]);
    }
    await tx.update(staff).set({ leaveDate, updatedAt: sql`now()` }).where(eq(staff.id, id));
    const after = (await findStaffInScope(tx, country, id))!;
    await recordAudit(tx, actorOfCaller(caller), auditEntry('leave', before, after));
    return after;
  });
}
