import { eq, sql } from 'drizzle-orm';
import type {
  NewProgramme,
  ProgrammeDetail,
  ProgrammeFields,
  ProgrammeTerms,
  ProgrammeTermsFields,
} from '../../../../shared/contracts/programmes';
import type { AppDb } from '../../../db/client';
import { recordAudit } from '../../../platform/audit/audit';
import { AppError, invalidFields, notFound } from '../../../platform/http/app-error';
import { actorOfCaller, type Caller, isUniqueViolation } from '../../registry/registry.caller';
import { findProgramme, findProgrammeRow, findTermsRow, toTerms } from './programmes.repository';
import { stateProgrammes, stateProgrammeTerms } from './programmes.tables';

const ENTITY = 'state_programme';
const FAR_FUTURE = 9999;

const programmeValues = (input: ProgrammeFields) => ({
  nameKk: input.nameKk,
  nameRu: input.nameRu,
  nameEn: input.nameEn,
  operator: input.operator,
  sourceUrl: input.sourceUrl ?? null,
  status: input.status,
  // Someone edited it: the catalogue loader no longer overwrites it.
  source: 'manual' as const,
});

const duplicateCode = () => invalidFields([{ field: 'code', code: 'duplicate' }]);

/** Creates a programme (no terms yet) and records it in the audit trail. */
export async function createProgramme(
  db: AppDb,
  caller: Caller,
  input: NewProgramme,
): Promise<ProgrammeDetail> {
  try {
    return await db.transaction(async (tx) => {
      if (await findProgrammeRow(tx, input.code)) throw duplicateCode();
      const [row] = await tx
        .insert(stateProgrammes)
        .values({ code: input.code, ...programmeValues(input), isActive: input.status !== 'historical' })
        .returning({ id: stateProgrammes.id });
      const after = (await findProgramme(tx, input.code, FAR_FUTURE))!;
      await recordAudit(tx, actorOfCaller(caller), {
        action: 'create',
        entityType: ENTITY,
        entityId: row.id,
        after,
      });
      return after;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateCode();
    throw err;
  }
}

/** Edits a programme's names, operator, source and status. */
export function updateProgramme(
  db: AppDb,
  caller: Caller,
  code: string,
  input: ProgrammeFields,
): Promise<ProgrammeDetail> {
  return db.transaction(async (tx) => {
    const row = await findProgrammeRow(tx, code, true);
    if (!row) throw notFound();
    const before = (await findProgramme(tx, code, FAR_FUTURE))!;
    await tx
      .update(stateProgrammes)
      .set({ ...programmeValues(input), updatedAt: sql`now()` })
      .where(eq(stateProgrammes.id, row.id));
    const after = (await findProgramme(tx, code, FAR_FUTURE))!;
    await recordAudit(tx, actorOfCaller(caller), {
      action: 'update',
      entityType: ENTITY,
      entityId: row.id,
      before,
      after,
    });
    return after;
  });
}

/** Creates or replaces a programme's terms of one year. */
export function saveProgrammeTerms(
  db: AppDb,
  caller: Caller,
  code: string,
  year: number,
  input: ProgrammeTermsFields,
): Promise<ProgrammeTerms> {
  return db.transaction(async (tx) => {
    const programme = await findProgrammeRow(tx, code, true);
    if (!programme) throw notFound();
    const existing = await findTermsRow(tx, programme.id, year);
    const values = {
      summaryKk: input.summaryKk,
      summaryRu: input.summaryRu,
      summaryEn: input.summaryEn,
      benefit: input.benefit,
      conditions: input.conditions,
      minAge: input.minAge ?? null,
      maxAge: input.maxAge ?? null,
      eligibleStatuses: input.eligibleStatuses,
      categories: input.categories,
      asOf: input.asOf,
      source: 'manual' as const,
    };
    const [saved] = existing
      ? await tx
          .update(stateProgrammeTerms)
          .set({ ...values, updatedAt: sql`now()` })
          .where(eq(stateProgrammeTerms.id, existing.id))
          .returning()
      : await tx
          .insert(stateProgrammeTerms)
          .values({ ...values, programmeId: programme.id, year })
          .returning();
    const after = toTerms(saved);
    await recordAudit(tx, actorOfCaller(caller), {
      action: existing ? 'update_terms' : 'create_terms',
      entityType: ENTITY,
      entityId: programme.id,
      before: existing ? toTerms(existing) : null,
      after,
    });
    return after;
  });
}

/** Deactivates or reactivates a programme; it is never deleted. */
export function setProgrammeActive(
  db: AppDb,
  caller: Caller,
  code: string,
  isActive: boolean,
): Promise<ProgrammeDetail> {
  return db.transaction(async (tx) => {
    const row = await findProgrammeRow(tx, code, true);
    if (!row) throw notFound();
    if (row.isActive === isActive) throw new AppError('invalid_state');
    await tx
      .update(stateProgrammes)
      .set({ isActive, source: 'manual', updatedAt: sql`now()` })
      .where(eq(stateProgrammes.id, row.id));
    const after = (await findProgramme(tx, code, FAR_FUTURE))!;
    await recordAudit(tx, actorOfCaller(caller), {
      action: isActive ? 'reactivate' : 'deactivate',
      entityType: ENTITY,
      entityId: row.id,
      before: { isActive: row.isActive },
      after: { isActive },
    });
    return after;
  });
}
