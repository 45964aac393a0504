import { z } from 'zod';
import { ROLES } from '../constants/roles';
import { localeSchema } from './common';

export const loginRequestSchema = z
  .object({
    email: z.string().trim().toLowerCase().min(1).pipe(z.email()),
    password: z.string().min(1).max(200),
  })
  .meta({ id: 'LoginRequest' });

export const scopeSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('country') }),
    z.object({ kind: z.literal('region'), regionCode: z.string() }),
    z.object({ kind: z.literal('centre'), centreId: z.number().int(), regionCode: z.string() }),
    z.object({ kind: z.literal('organisation'), organisation: z.string() }),
  ])
  .meta({ id: 'Scope' });
export type Scope = z.infer<typeof scopeSchema>;

export const currentUserSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    fullName: z.string(),
    role: z.enum(ROLES),
    scope: scopeSchema,
    locale: localeSchema.nullable(),
    /** Name of the scope (region or centre) in kk/ru/en, for the header. */
    scopeName: z.object({ kk: z.string(), ru: z.string(), en: z.string() }).nullable(),
    /** The password was set by someone else: until the user chooses their own, only their account answers. */
    mustChangePassword: z.boolean(),
  })
  .meta({ id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof currentUserSchema>;

/** A sane password policy: long enough, letters and digits, not the e-mail. */
export const passwordSchema = z
  .string()
  .max(200)
  .refine((p) => p.length >= 10 && /\p{L}/u.test(p) && /\d/.test(p), { params: { code: 'password_weak' } });

export const changePasswordRequestSchema = z
  .object({ currentPassword: z.string().min(1), newPassword: passwordSchema })
  .meta({ id: 'ChangePasswordRequest' });

export const updateMeRequestSchema = z.object({ locale: localeSchema }).meta({ id: 'UpdateMeRequest' });
