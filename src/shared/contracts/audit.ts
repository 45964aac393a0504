import { z } from 'zod';
import { isoDateSchema, pageOf, pagingQuerySchema } from './common';

/** One change from the audit trail: who, when, what, and the record before → after. */
export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    /** The acting user's e-mail, or a system actor's name (CLI, seed, import). */
    actor: z.string(),
    actorUserId: z.number().int().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    regionCode: z.string().nullable(),
    centreId: z.number().int().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    /** Names of the fields whose value differs between before and after. */
    changedFields: z.array(z.string()),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Filters of the audit browser; dates are inclusive calendar days. */
export const auditQuerySchema = pagingQuerySchema.extend({
  entityType: z.string().trim().max(40).optional(),
  entityId: z.string().trim().max(40).optional(),
  action: z.string().trim().max(40).optional(),
  /** Part of the actor's e-mail, any case. */
  actor: z.string().trim().max(200).optional(),
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = pageOf(auditEntrySchema).meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof auditPageSchema>;
