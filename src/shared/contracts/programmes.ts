import { z } from 'zod';
import { localizedNameSchema, optional } from './common';

/** Youth statuses a programme can be restricted to (the youth registry's status list). */
export const PROGRAMME_YOUTH_STATUSES = ['studying', 'employed', 'self_employed', 'neet', 'other'] as const;
export type ProgrammeYouthStatus = (typeof PROGRAMME_YOUTH_STATUSES)[number];

/**
 * How current a programme's information is. The source catalogue's free-text status is kept
 * verbatim as `statusNote`; this is its reading: `unconfirmed` (reported, not verified),
 * `regional` (terms differ by region), `historical` (ended).
 */
export const PROGRAMME_STATUSES = ['active', 'regional', 'unconfirmed', 'historical'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** A programme's code: the catalogue's kebab-case id. */
export const programmeCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

const ageSchema = z.coerce.number().int().min(0).max(100);

/** Terms of a programme in one year. Benefit and conditions exist in English only in the source. */
export const programmeTermsSchema = z
  .object({
    year: z.number().int(),
    /** Summary in kk/ru/en; where the Kazakh text is missing it holds the Russian one. */
    summary: localizedNameSchema,
    /** True when `summary.kk` is the Russian text standing in for a missing Kazakh one. */
    summaryKkMissing: z.boolean(),
    /** English only. */
    benefit: z.string(),
    /** English only. */
    conditions: z.array(z.string()),
    minAge: z.number().int().nullable(),
    maxAge: z.number().int().nullable(),
    /** Empty: any status. */
    eligibleStatuses: z.array(z.enum(PROGRAMME_YOUTH_STATUSES)),
    /** Empty: no category required; otherwise at least one of them. */
    categories: z.array(z.string()),
    /** When the information was last confirmed, as the source gives it (e.g. `2025-11`, `unknown`). */
    asOf: z.string(),
  })
  .meta({ id: 'StateProgrammeTerms' });
export type ProgrammeTerms = z.infer<typeof programmeTermsSchema>;

export const programmeSchema = z
  .object({
    /** The id a journal record names the programme it explained by. */
    id: z.number().int(),
    code: z.string(),
    name: localizedNameSchema,
    /** English only. */
    operator: z.string(),
    sourceUrl: z.string().nullable(),
    additionalSources: z.array(z.string()),
    status: z.enum(PROGRAMME_STATUSES),
    /** The source's own status wording (English). */
    statusNote: z.string().nullable(),
    isActive: z.boolean(),
    /** Terms in force in the asked year: the latest terms of that year or before; null if none. */
    terms: programmeTermsSchema.nullable(),
  })
  .meta({ id: 'StateProgramme' });
export type Programme = z.infer<typeof programmeSchema>;

/** One programme with the terms of every year, newest first. */
export const programmeDetailSchema = programmeSchema
  .extend({ termsByYear: z.array(programmeTermsSchema) })
  .meta({ id: 'StateProgrammeDetail' });
export type ProgrammeDetail = z.infer<typeof programmeDetailSchema>;

export const programmesQuerySchema = z.object({
  year: optional(z.coerce.number().int().min(2000).max(2100)),
});

export const programmeCodeParamSchema = z.object({ code: programmeCodeSchema });
export const programmeTermsParamSchema = z.object({
  code: programmeCodeSchema,
  year: z.coerce.number().int().min(2000).max(2100),
});

/** Editable fields of a programme (its code is fixed once created). */
export const programmeFieldsSchema = z
  .object({
    nameKk: z.string().trim().min(1).max(300),
    nameRu: z.string().trim().min(1).max(300),
    nameEn: z.string().trim().min(1).max(300),
    operator: z.string().trim().min(1).max(1000),
    sourceUrl: optional(z.url({ protocol: /^https?$/ }).max(1000)),
    status: z.enum(PROGRAMME_STATUSES),
  })
  .meta({ id: 'StateProgrammeFields' });
export type ProgrammeFields = z.infer<typeof programmeFieldsSchema>;

/** A new programme: its fields and the code it will keep. */
export const newProgrammeSchema = programmeFieldsSchema
  .extend({ code: programmeCodeSchema })
  .meta({ id: 'NewStateProgramme' });
export type NewProgramme = z.infer<typeof newProgrammeSchema>;

/** Terms of one year, as national users edit them. */
export const programmeTermsFieldsSchema = z
  .object({
    /** May stay empty: readers then see the Russian summary. */
    summaryKk: z.string().trim().max(4000).default(''),
    summaryRu: z.string().trim().min(1).max(4000),
    summaryEn: z.string().trim().min(1).max(4000),
    benefit: z.string().trim().max(4000).default(''),
    conditions: z.array(z.string().trim().min(1).max(1000)).max(30).default([]),
    minAge: optional(ageSchema),
    maxAge: optional(ageSchema),
    eligibleStatuses: z.array(z.enum(PROGRAMME_YOUTH_STATUSES)).default([]),
    categories: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
    asOf: z.string().trim().min(1).max(20),
  })
  .superRefine((t, ctx) => {
    if (t.minAge != null && t.maxAge != null && t.minAge > t.maxAge) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxAge'],
        params: { code: 'invalid_value' },
        message: 'max age below min age',
      });
    }
  })
  .meta({ id: 'StateProgrammeTermsFields' });
export type ProgrammeTermsFields = z.infer<typeof programmeTermsFieldsSchema>;
