import { z } from 'zod';
import {
  emailSchema,
  isoDateSchema,
  localizedNameSchema,
  optional,
  pageOf,
  pagingQuerySchema,
  phoneSchema,
} from './common';

/**
 * The youth registry. Rules the API keeps:
 * - Consent is required to register anyone (`consentGiven: true`), recorded with when, scope and who.
 * - Ages outside 14–35 are accepted with the warning `age_outside_14_35`.
 * - The IIN is optional; it is checked (checksum, birth date and gender) and never returned in clear:
 *   only the centre that registered the person sees a masked form (`iinMasked`, last three digits).
 * - Withdrawing consent erases names, contacts and the IIN. The record then leaves every list;
 *   reading it by id answers 200 with `consentWithdrawn: true` and every personal field null,
 *   so references from the journal stay resolvable without showing who it was.
 */

export const YOUTH_STATUSES = ['studying', 'employed', 'self_employed', 'neet', 'other'] as const;
export type YouthStatus = (typeof YOUTH_STATUSES)[number];

export const GENDERS = ['male', 'female'] as const;

/**
 * Vulnerable categories. State programmes' terms name the categories they require with these same
 * codes (`categories` of the terms), so a person's categories decide the fit: the priority groups the
 * catalogue's conditions name (rural youth, persons with disabilities, kandas, large and low-income
 * families) are all here.
 */
export const YOUTH_CATEGORIES = [
  'disability',
  'orphan',
  'rural',
  'large_family',
  'low_income',
  'young_mother',
  'released_from_prison',
  'kandas',
  'migrant',
] as const;
export type YouthCategory = (typeof YOUTH_CATEGORIES)[number];

/** Warnings a create may answer with (the record is saved either way); texts: `errors:warning.<code>`. */
export const YOUTH_WARNINGS = ['age_outside_14_35'] as const;

/** What consent covers when given at registration. */
export const CONSENT_SCOPE_SERVICES = 'services';

const name = z.string().trim().min(1).max(100);

/** Personal data, status and categories: what registration and edit share. */
const youthFields = {
  districtId: optional(z.coerce.number().int().positive()),
  lastName: name,
  firstName: name,
  middleName: optional(z.string().trim().max(100)),
  birthDate: isoDateSchema,
  gender: z.enum(GENDERS),
  phone: optional(phoneSchema),
  email: optional(emailSchema),
  status: z.enum(YOUTH_STATUSES),
  neetSubgroup: optional(z.string().trim().max(60)),
  categories: z.array(z.enum(YOUTH_CATEGORIES)).max(20).default([]),
  iin: optional(z.string().trim().max(20)),
};

/** A young person as registered: consent must be given; centreId is needed above centre level. */
export const newYouthSchema = z
  .object({
    centreId: optional(z.coerce.number().int().positive()),
    ...youthFields,
    consentGiven: z.boolean().refine((v) => v === true, { params: { code: 'required' } }),
  })
  .meta({ id: 'NewYouth' });
export type NewYouth = z.infer<typeof newYouthSchema>;

/**
 * An edit: the same fields as registration (the registering centre stays). Nobody can read the IIN
 * back, so an empty `iin` keeps the stored one (re-checked against the birth date and gender);
 * `removeIin: true` erases it.
 */
export const youthUpdateSchema = z
  .object({ ...youthFields, removeIin: z.boolean().default(false) })
  .meta({ id: 'YouthUpdate' });
export type YouthUpdate = z.infer<typeof youthUpdateSchema>;

/** Merge a duplicate (the path's id) into the record that stays. */
export const youthMergeSchema = z.object({ intoId: z.number().int().positive() }).meta({ id: 'YouthMerge' });

export const youthConsentSchema = z.object({
  givenAt: z.string(),
  scope: z.string(),
  /** Who recorded the consent (the user's full name). */
  recordedByName: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
});

/** A young person as the caller may see them; personal fields are null after consent withdrawal. */
export const youthSchema = z
  .object({
    id: z.number().int(),
    centreId: z.number().int(),
    regionCode: z.string(),
    districtId: z.number().int().nullable(),
    lastName: z.string().nullable(),
    firstName: z.string().nullable(),
    middleName: z.string().nullable(),
    birthDate: z.string().nullable(),
    gender: z.enum(GENDERS).nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    status: z.enum(YOUTH_STATUSES),
    neetSubgroup: z.string().nullable(),
    categories: z.array(z.string()),
    /** `•••••••••123` for the registering centre; null for everyone else and when there is no IIN. */
    iinMasked: z.string().nullable(),
    consent: youthConsentSchema.nullable(),
    consentWithdrawn: z.boolean(),
    mergedIntoId: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Youth' });
export type Youth = z.infer<typeof youthSchema>;

/** The answer to a create: the record, age warnings, and people already registered with the same name and birth date. */
export const youthCreatedSchema = z
  .object({
    youth: youthSchema,
    warnings: z.array(z.enum(YOUTH_WARNINGS)),
    possibleDuplicates: z.array(z.object({ id: z.number().int(), centreId: z.number().int() })),
  })
  .meta({ id: 'YouthCreated' });

/**
 * `q` finds by name words, by phone digits (a word of at least four digits, spaces and dashes
 * ignored) and by birth date typed `dd.mm.yyyy`; all given parts must match.
 */
export const youthListQuerySchema = pagingQuerySchema.extend({
  q: optional(z.string().trim().max(100)),
  status: optional(z.enum(YOUTH_STATUSES)),
  centreId: optional(z.coerce.number().int().positive()),
});
export type YouthListQuery = z.infer<typeof youthListQuerySchema>;

export const youthPageSchema = pageOf(youthSchema).meta({ id: 'YouthPage' });

/** A state programme the person fits this year by age, status and categories. */
export const youthProgrammeFitSchema = z.object({
  code: z.string(),
  name: localizedNameSchema,
  /** Summary in kk/ru/en (a missing Kazakh one holds the Russian text). */
  summary: localizedNameSchema,
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
});

/** A journal record in which a programme was explained or the person referred to a programme's operator. */
export const youthProgrammeContactSchema = z.object({
  recordId: z.number().int(),
  serviceDate: z.string(),
  /** The programme explained; null for a referral to an operator without a named programme. */
  programme: z.object({ code: z.string(), name: localizedNameSchema }).nullable(),
  referredToOperator: z.boolean(),
  serviceType: localizedNameSchema,
  /** Who gave the service: the user's name, or the name an imported file gave. */
  specialist: z.string().nullable(),
  centreId: z.number().int(),
});

/**
 * The card's programme block: what the person fits in `year` (age as of today; nothing after
 * consent withdrawal) and what they were told about or referred to (deleted records left out).
 */
export const youthProgrammesSchema = z
  .object({
    year: z.number().int(),
    age: z.number().int().nullable(),
    fitting: z.array(youthProgrammeFitSchema),
    contacts: z.array(youthProgrammeContactSchema),
  })
  .meta({ id: 'YouthProgrammes' });
export type YouthProgrammes = z.infer<typeof youthProgrammesSchema>;
