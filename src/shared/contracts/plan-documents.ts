import { z } from 'zod';
import { LOCALES } from '../constants/roles';

/**
 * Query of a plan document download (`/api/v1/plans/:id/document.pdf|.xlsx`): the language it is
 * written in (the caller's language when absent) and the version (the plan's current one when absent).
 * No `.meta` id: a named query-string schema breaks the OpenAPI document.
 */
export const planDocumentQuerySchema = z.object({
  lang: z.enum(LOCALES).optional(),
  version: z.coerce.number().int().positive().optional(),
});
export type PlanDocumentQuery = z.infer<typeof planDocumentQuerySchema>;

/** The file formats a plan document downloads in. */
export const PLAN_DOCUMENT_FORMATS = ['pdf', 'xlsx'] as const;
export type PlanDocumentFormat = (typeof PLAN_DOCUMENT_FORMATS)[number];
