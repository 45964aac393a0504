import { and, eq, ne } from 'drizzle-orm';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import type { ActivityTemplate, ActivityTemplateFields } from '../../../../shared/contracts/plans';
import type { FieldError } from '../../../../shared/errors';
import type { AppDb, DbOrTx } from '../../../db/client';
import { actorOf, recordAudit } from '../../../platform/audit/audit';
import { invalidFields, notFound } from '../../../platform/http/app-error';
import { serviceDirections } from '../../journal/journal.tables';
import { isUniqueViolation } from '../../registry/registry.caller';
import { findActivityTemplateRow, templateValues, toActivityTemplate } from './activities.repository';
import { activityTemplates } from './activities.tables';

const ENTITY = 'activity_template';

/** Who writes, for the audit trail. */
export interface Writer {
  user: CurrentUser;
  requestId?: string;
}

/** Field errors of directions missing from the service catalogue and of a code already taken. */
async function fieldErrors(tx: DbOrTx, f: ActivityTemplateFields, exceptId?: number): Promise<FieldError[]> {
  const known = new Set(
    (await tx.select({ code: serviceDirections.code }).from(serviceDirections)).map((d) => d.code),
  );
  const errors: FieldError[] = f.directions.flatMap((d, i) =>
    known.has(d) ? [] : [{ field: `directions.${i}`, code: 'not_found' as const }],
  );
  const [taken] = await tx
    .select({ id: activityTemplates.id })
    .from(activityTemplates)
    .where(
      and(
        eq(activityTemplates.code, f.code),
        exceptId === undefined ? undefined : ne(activityTemplates.id, exceptId),
      ),
    );
  if (taken) errors.push({ field: 'code', code: 'duplicate' });
  return errors;
}

const duplicateCode = (err: unknown) => {
  if (isUniqueViolation(err)) throw invalidFields([{ field: 'code', code: 'duplicate' }]);
  throw err;
};

/** Adds a template to the library (national users, admins), audited. */
export async function createActivityTemplate(
  db: AppDb,
  writer: Writer,
  f: ActivityTemplateFields,
): Promise<ActivityTemplate> {
  return db
    .transaction(async (tx) => {
      const errors = await fieldErrors(tx, f);
      if (errors.length > 0) throw invalidFields(errors);
      const [row] = await tx.insert(activityTemplates).values(templateValues(f)).returning();
      await recordAudit(tx, actorOf(writer.user, writer.requestId), {
        action: 'create',
        entityType: ENTITY,
        entityId: row.id,
        after: row,
      });
      return toActivityTemplate(row);
    })
    .catch(duplicateCode);
}

/**
 * Replaces a template's fields but its code (deactivation included: templates are never deleted),
 * audited. Plans are untouched: they hold their own copy of what they took from the template.
 */
export async function updateActivityTemplate(
  db: AppDb,
  writer: Writer,
  id: number,
  f: ActivityTemplateFields,
): Promise<ActivityTemplate> {
  return db
    .transaction(async (tx) => {
      const before = await findActivityTemplateRow(tx, id);
      if (!before) throw notFound();
      // The code is how plans remember which template an activity came from, and how the shipped
      // library is matched on start-up (a renamed code would come back as a second template).
      const errors =
        f.code === before.code
          ? await fieldErrors(tx, f, id)
          : [{ field: 'code', code: 'code_fixed' as const }];
      if (errors.length > 0) throw invalidFields(errors);
      const [after] = await tx
        .update(activityTemplates)
        .set({ ...templateValues(f), origin: 'manual', updatedAt: new Date() })
        .where(eq(activityTemplates.id, id))
        .returning();
      await recordAudit(tx, actorOf(writer.user, writer.requestId), {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before,
        after,
      });
      return toActivityTemplate(after);
    })
    .catch(duplicateCode);
}
