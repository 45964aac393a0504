import { randomInt } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { ROLE_SCOPE_KIND, ROLES, type Role } from '../../../shared/constants/roles';
import { passwordSchema } from '../../../shared/contracts/auth';
import { emailSchema } from '../../../shared/contracts/common';
import type { FieldError } from '../../../shared/errors';
import type { AppDb, DbOrTx } from '../../db/client';
import { regions } from '../../modules/reference/reference.tables';
import { centres } from '../../modules/registry/registry.tables';
import { type Actor, recordAudit } from '../audit/audit';
import { AppError, invalidFields } from '../http/app-error';
import { users } from './auth.tables';
import { hashPassword, passwordContainsEmail } from './password';
import { deleteUserSessions } from './session-store';

/** What an admin gives to create a user: the scope fields that apply depend on the role. */
export interface NewUserInput {
  email: string;
  fullName: string;
  role: string;
  regionCode?: string | null;
  centreCode?: string | null;
  organisation?: string | null;
  password: string;
}

/** The scope columns of a user row, exactly one of them set for scoped roles. */
export interface ScopeColumns {
  regionCode: string | null;
  centreId: number | null;
  organisation: string | null;
}

/** A user as the admin command line lists them. */
export interface UserSummary {
  id: number;
  email: string;
  fullName: string;
  role: Role;
  regionCode: string | null;
  centreCode: string | null;
  organisation: string | null;
  isActive: boolean;
}

const SCOPE_FIELDS = { region: 'regionCode', centre: 'centreCode', organisation: 'organisation' } as const;

const present = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/** Which scope fields are missing or do not apply for a role (no database needed). */
export function scopeFieldErrors(
  role: Role,
  input: Pick<NewUserInput, 'regionCode' | 'centreCode' | 'organisation'>,
): FieldError[] {
  const kind = ROLE_SCOPE_KIND[role];
  const errors: FieldError[] = [];
  for (const [scopeKind, field] of Object.entries(SCOPE_FIELDS)) {
    const given = present(input[field]);
    if (scopeKind === kind && !given) errors.push({ field, code: 'required' });
    if (scopeKind !== kind && given) errors.push({ field, code: 'invalid_value', params: { role } });
  }
  return errors;
}

/**
 * Checks that a role gets exactly the scope it is bound to (country: none; region: a known region
 * code; centre: a known centre code; organisation: a name) and resolves it to the user's columns.
 * Fields that do not apply to the role are refused rather than silently dropped.
 */
export async function bindScope(
  db: DbOrTx,
  role: Role,
  input: Pick<NewUserInput, 'regionCode' | 'centreCode' | 'organisation'>,
): Promise<ScopeColumns> {
  const errors = scopeFieldErrors(role, input);
  if (errors.length) throw invalidFields(errors);
  const kind = ROLE_SCOPE_KIND[role];
  if (kind === 'region') {
    const code = input.regionCode!.trim();
    const [row] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
    if (!row) throw invalidFields([{ field: 'regionCode', code: 'not_found', params: { value: code } }]);
    return { regionCode: row.code, centreId: null, organisation: null };
  }
  if (kind === 'centre') {
    const code = input.centreCode!.trim().toUpperCase();
    const [row] = await db.select({ id: centres.id }).from(centres).where(eq(centres.code, code));
    if (!row) throw invalidFields([{ field: 'centreCode', code: 'not_found', params: { value: code } }]);
    return { regionCode: null, centreId: row.id, organisation: null };
  }
  if (kind === 'organisation') {
    return { regionCode: null, centreId: null, organisation: input.organisation!.trim() };
  }
  return { regionCode: null, centreId: null, organisation: null };
}

/** The password policy of sign-in's password change: ≥ 10 characters, letters and digits, not the e-mail. */
export function checkPassword(password: string, email: string): FieldError[] {
  const weak = !passwordSchema.safeParse(password).success || passwordContainsEmail(password, email);
  return weak ? [{ field: 'password', code: 'password_weak' }] : [];
}

/** A strong random password (16 characters from an alphabet without look-alikes, letters and digits). */
export function generatePassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const all = letters + digits;
  for (;;) {
    const chars = Array.from({ length: 16 }, () => all[randomInt(all.length)]);
    const password = `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8, 12).join('')}-${chars.slice(12).join('')}`;
    if (/\d/.test(password) && /[a-z]/i.test(password)) return password;
  }
}

function parseEmail(email: string): string {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw invalidFields([{ field: 'email', code: 'invalid_email' }]);
  return parsed.data;
}

/**
 * Creates a user bound to their role's scope, after checking the e-mail, the role, the scope and
 * the password policy; writes the audit entry in the same transaction. Bad input changes nothing.
 */
export async function createUser(db: AppDb, input: NewUserInput, actor: Actor): Promise<UserSummary> {
  const email = parseEmail(input.email);
  const errors: FieldError[] = [];
  if (!present(input.fullName)) errors.push({ field: 'fullName', code: 'required' });
  else if (input.fullName.trim().length > 200)
    errors.push({ field: 'fullName', code: 'too_long', params: { max: 200 } });
  const knownRole = (ROLES as readonly string[]).includes(input.role);
  if (!knownRole) errors.push({ field: 'role', code: 'invalid_choice' });
  else errors.push(...scopeFieldErrors(input.role as Role, input));
  errors.push(...checkPassword(input.password, email));
  if (errors.length) throw invalidFields(errors);
  const role = input.role as Role;
  const scope = await bindScope(db, role, input);
  const passwordHash = await hashPassword(input.password);

  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (taken) throw invalidFields([{ field: 'email', code: 'duplicate' }]);
    const [row] = await tx
      .insert(users)
      .values({ email, fullName: input.fullName.trim(), role, passwordHash, ...scope })
      .returning();
    const centreCode = present(input.centreCode) ? input.centreCode.trim().toUpperCase() : null;
    const after = { email, fullName: row.fullName, role, ...scope, centreCode };
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'user',
      entityId: row.id,
      regionCode: scope.regionCode,
      centreId: scope.centreId,
      after,
    });
    return { id: row.id, ...after, isActive: row.isActive };
  });
}

async function findUserId(db: DbOrTx, email: string): Promise<{ id: number; isActive: boolean }> {
  const [row] = await db
    .select({ id: users.id, isActive: users.isActive })
    .from(users)
    .where(eq(users.email, parseEmail(email)));
  if (!row) throw new AppError('not_found', { detail: `no user with e-mail ${email}` });
  return row;
}

/** Sets a new password (same policy as at creation) and signs the user out everywhere. */
export async function resetPassword(db: AppDb, email: string, password: string, actor: Actor): Promise<void> {
  const user = await findUserId(db, email);
  const errors = checkPassword(password, parseEmail(email));
  if (errors.length) throw invalidFields(errors);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await recordAudit(tx, actor, { action: 'password_reset', entityType: 'user', entityId: user.id });
  });
  await deleteUserSessions(db, user.id);
}

/** Deactivates a user (the row stays, sign-in stops) and ends their sessions; false if already inactive. */
export async function deactivateUser(db: AppDb, email: string, actor: Actor): Promise<boolean> {
  const user = await findUserId(db, email);
  if (!user.isActive) return false;
  await db.transaction(async (tx) => {
    await tx.update(users).set({ isActive: false, updatedAt: new Date() }).where(eq(users.id, user.id));
    await recordAudit(tx, actor, {
      action: 'deactivate',
      entityType: 'user',
      entityId: user.id,
      before: { isActive: true },
      after: { isActive: false },
    });
  });
  await deleteUserSessions(db, user.id);
  return true;
}

/** Users, optionally of one role, ordered by role then e-mail. */
export async function listUsers(db: AppDb, role?: Role): Promise<UserSummary[]> {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      fullName: users.fullName,
      role: users.role,
      regionCode: users.regionCode,
      centreCode: centres.code,
      organisation: users.organisation,
      isActive: users.isActive,
    })
    .from(users)
    .leftJoin(centres, eq(centres.id, users.centreId))
    .where(role ? eq(users.role, role) : sql`true`)
    .orderBy(asc(users.role), asc(users.email));
  return rows;
}
