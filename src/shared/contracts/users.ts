import { z } from 'zod';
import { ROLE_SCOPE_KIND, ROLES, type Role } from '../constants/roles';
import type { FieldError } from '../errors';
import { emailSchema, localeSchema, localizedNameSchema, optional, pagingQuerySchema } from './common';

/** The scope field of each scope kind, as the API and the web forms name it. */
export const SCOPE_FIELD = {
  region: 'regionCode',
  centre: 'centreId',
  organisation: 'organisation',
} as const;
export type ScopeKindWithField = keyof typeof SCOPE_FIELD;

/**
 * Which scope fields are missing or do not apply for a role: a role gets exactly the scope it is
 * bound to (country: none; region: a region; centre: a centre; organisation: a name). `given` says
 * which scope fields hold a value; `fields` renames them (the command line names the centre by code).
 */
export function roleScopeErrors(
  role: Role,
  given: Record<ScopeKindWithField, boolean>,
  fields: Record<ScopeKindWithField, string> = SCOPE_FIELD,
): FieldError[] {
  const kind = ROLE_SCOPE_KIND[role];
  const errors: FieldError[] = [];
  for (const scopeKind of Object.keys(SCOPE_FIELD) as ScopeKindWithField[]) {
    const field = fields[scopeKind];
    if (scopeKind === kind && !given[scopeKind]) errors.push({ field, code: 'required' });
    if (scopeKind !== kind && given[scopeKind])
      errors.push({ field, code: 'invalid_value', params: { role } });
  }
  return errors;
}

/** A user as the admin sees them; never the password or its hash. */
export const userSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    fullName: z.string(),
    role: z.enum(ROLES),
    regionCode: z.string().nullable(),
    regionName: localizedNameSchema.nullable(),
    centreId: z.number().int().nullable(),
    centreCode: z.string().nullable(),
    centreName: localizedNameSchema.nullable(),
    organisation: z.string().nullable(),
    locale: localeSchema.nullable(),
    isActive: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const USER_STATUSES = ['active', 'inactive', 'all'] as const;

/** The users list (a query string, so no schema id: OpenAPI inlines it): search over name and e-mail, filters, paging. A region matches its centres' users too. */
export const usersQuerySchema = pagingQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  role: z.enum(ROLES).optional(),
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  status: z.enum(USER_STATUSES).default('all'),
});
export type UsersQuery = z.infer<typeof usersQuerySchema>;

const scopeFields = {
  role: z.enum(ROLES),
  regionCode: optional(z.string().regex(/^\d{2}$/)),
  centreId: optional(z.coerce.number().int().positive()),
  organisation: optional(z.string().trim().max(300)),
};

interface ScopeValues {
  role: Role;
  regionCode?: string | null;
  centreId?: number | null;
  organisation?: string | null;
}

function checkRoleScope(value: ScopeValues, ctx: z.RefinementCtx) {
  const errors = roleScopeErrors(value.role, {
    region: value.regionCode != null,
    centre: value.centreId != null,
    organisation: value.organisation != null && value.organisation !== '',
  });
  for (const e of errors) {
    ctx.addIssue({ code: 'custom', path: [e.field], params: { code: e.code, values: e.params } });
  }
}

/** Create a user: the scope field that applies depends on the role. The server generates the password. */
export const newUserSchema = z
  .object({
    email: emailSchema,
    fullName: z.string().trim().min(1).max(200),
    ...scopeFields,
  })
  .superRefine(checkRoleScope)
  .meta({ id: 'NewUser' });
export type NewUser = z.infer<typeof newUserSchema>;

/** Edit a user's name, role with its scope, and interface language. The e-mail stays. */
export const userUpdateSchema = z
  .object({
    fullName: z.string().trim().min(1).max(200),
    ...scopeFields,
    locale: optional(localeSchema),
  })
  .superRefine(checkRoleScope)
  .meta({ id: 'UserUpdate' });
export type UserUpdate = z.infer<typeof userUpdateSchema>;

/** A generated password, answered once and never stored in clear. */
export const temporaryPasswordSchema = z
  .object({ temporaryPassword: z.string() })
  .meta({ id: 'TemporaryPassword' });

/** The created user with their one-time temporary password. */
export const createdUserSchema = userSchema
  .extend({ temporaryPassword: z.string() })
  .meta({ id: 'CreatedUser' });
export type CreatedUser = z.infer<typeof createdUserSchema>;
