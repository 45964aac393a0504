import { randomInt } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { type Locale, ROLE_SCOPE_KIND, ROLES, type Role } from '../../../shared/constants/roles';
import { passwordSchema } from '../../../shared/contracts/auth';
import { emailSchema } from '../../../shared/contracts/common';
import { roleScopeErrors } from '../../../shared/contracts/users';
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
  /** The centre by code (command line) or by id (API); give one of them. */
  centreCode?: string | null;
  centreId?: number | null;
  organisation?: string | null;
  password: string;
  /**
   * The person must choose their own password at first sign-in. Defaults to true: whoever creates
   * the account chose this password. Only the command line with an explicit --password turns it off.
   */
  mustChangePassword?: boolean;
}

/** How a password set by someone else is treated: see {@link NewUserInput.mustChangePassword}. */
export interface PasswordSetOptions {
  mustChangePassword?: boolean;
}

/** The scope fields of a role, by whichever name the caller uses for the centre. */
export type ScopeInput = Pick<NewUserInput, 'regionCode' | 'centreCode' | 'centreId' | 'organisation'>;

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

const present = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

// The API names the centre by id, the command line by code; errors point at the field the caller used.
const centreField = (input: ScopeInput) => (input.centreId !== undefined ? 'centreId' : 'centreCode');

/** Which scope fields are missing or do not apply for a role (no database needed). */
export function scopeFieldErrors(role: Role, input: ScopeInput): FieldError[] {
  return roleScopeErrors(
    role,
    {
      region: present(input.regionCode),
      centre: present(input.centreCode) || input.centreId != null,
      organisation: present(input.organisation),
    },
    { region: 'regionCode', centre: centreField(input), organisation: 'organisation' },
  );
}

/**
 * Checks that a role gets exactly the scope it is bound to (country: none; region: a known region
 * code; centre: a known centre code; organisation: a name) and resolves it to the user's columns.
 * Fields that do not apply to the role are refused rather than silently dropped.
 */
export async function bindScope(db: DbOrTx, role: Role, input: ScopeInput): Promise<ScopeColumns> {
  const errors = scopeFieldErrors(role, input);
  if (errors.length) throw invalidFields(errors);
  const kind = ROLE_SCOPE_KIND[role];
  if (kind === 'region') {
    const code = input.regionCode!.trim();
    const [row] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
    if (!row) throw invalidFields([{ field: 'regionCode', code: 'not_found', params: { value: code } }]);
    return { regionCode: row.code, centreId: null, organisation: null };
  }
  if (kind === 'centre' && input.centreId != null) {
    const [row] = await db.select({ id: centres.id }).from(centres).where(eq(centres.id, input.centreId));
    if (!row)
      throw invalidFields([{ field: 'centreId', code: 'not_found', params: { value: input.centreId } }]);
    return { regionCode: null, centreId: row.id, organisation: null };
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
      .values({
        email,
        fullName: input.fullName.trim(),
        role,
        passwordHash,
        mustChangePassword: input.mustChangePassword ?? true,
        ...scope,
      })
      .returning();
    const centreCode = await centreCodeOf(tx, scope.centreId);
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

async function centreCodeOf(db: DbOrTx, centreId: number | null): Promise<string | null> {
  if (centreId == null) return null;
  const [row] = await db.select({ code: centres.code }).from(centres).where(eq(centres.id, centreId));
  return row?.code ?? null;
}

async function findUserId(db: DbOrTx, email: string): Promise<{ id: number; isActive: boolean }> {
  const [row] = await db
    .select({ id: users.id, isActive: users.isActive })
    .from(users)
    .where(eq(users.email, parseEmail(email)));
  if (!row) throw new AppError('not_found', { detail: `no user with e-mail ${email}` });
  return row;
}

async function findUserById(db: DbOrTx, id: number) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw new AppError('not_found');
  return row;
}

/**
 * Sets a new password (same policy as at creation) and signs the user out everywhere. The user
 * must choose their own at next sign-in unless `mustChangePassword: false` is given.
 */
export async function resetPassword(
  db: AppDb,
  email: string,
  password: string,
  actor: Actor,
  options: PasswordSetOptions = {},
): Promise<void> {
  const user = await findUserId(db, email);
  await resetPasswordOf(db, user.id, password, actor, options);
}

/** {@link resetPassword} for a user id (the admin screens); not_found when there is no such user. */
export async function resetPasswordOf(
  db: AppDb,
  id: number,
  password: string,
  actor: Actor,
  { mustChangePassword = true }: PasswordSetOptions = {},
): Promise<void> {
  const user = await findUserById(db, id);
  const errors = checkPassword(password, user.email);
  if (errors.length) throw invalidFields(errors);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword, passwordChangedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await recordAudit(tx, actor, { action: 'password_reset', entityType: 'user', entityId: user.id });
  });
  await deleteUserSessions(db, user.id);
}

/** Deactivates a user (the row stays, sign-in stops) and ends their sessions; false if already inactive. */
export async function deactivateUser(db: AppDb, email: string, actor: Actor): Promise<boolean> {
  const user = await findUserId(db, email);
  return setUserActive(db, user.id, false, actor);
}

/**
 * Deactivates or reactivates a user by id; false when they already are so. Deactivation ends
 * their sessions. An admin cannot deactivate themselves (nobody would be left to undo it).
 */
export async function setUserActive(db: AppDb, id: number, active: boolean, actor: Actor): Promise<boolean> {
  const user = await findUserById(db, id);
  if (!active && actor.userId === id)
    throw new AppError('invalid_state', { detail: 'cannot deactivate yourself' });
  if (user.isActive === active) return false;
  await db.transaction(async (tx) => {
    await tx.update(users).set({ isActive: active, updatedAt: new Date() }).where(eq(users.id, id));
    await recordAudit(tx, actor, {
      action: active ? 'reactivate' : 'deactivate',
      entityType: 'user',
      entityId: id,
      regionCode: user.regionCode,
      centreId: user.centreId,
      before: { isActive: !active },
      after: { isActive: active },
    });
  });
  if (!active) await deleteUserSessions(db, id);
  return true;
}

/** What an admin may change on a user: name, role with its scope, interface language. */
export interface UserChanges extends ScopeInput {
  fullName: string;
  role: string;
  locale?: Locale | null;
}

/**
 * Changes a user's name, role and scope (checked like at creation) and language; audits the
 * fields that changed. An admin cannot take away their own admin role.
 */
export async function updateUser(db: AppDb, id: number, input: UserChanges, actor: Actor): Promise<void> {
  const before = await findUserById(db, id);
  const errors: FieldError[] = [];
  if (!present(input.fullName)) errors.push({ field: 'fullName', code: 'required' });
  else if (input.fullName.trim().length > 200)
    errors.push({ field: 'fullName', code: 'too_long', params: { max: 200 } });
  const knownRole = (ROLES as readonly string[]).includes(input.role);
  if (!knownRole) errors.push({ field: 'role', code: 'invalid_choice' });
  else errors.push(...scopeFieldErrors(input.role as Role, input));
  if (errors.length) throw invalidFields(errors);
  const role = input.role as Role;
  if (actor.userId === id && role !== before.role)
    throw new AppError('invalid_state', { detail: 'cannot change your own role' });
  const scope = await bindScope(db, role, input);
  const next = {
    fullName: input.fullName.trim(),
    role,
    ...scope,
    locale: input.locale === undefined ? before.locale : input.locale,
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== before[k]);
  if (!changed.length) return;
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(users.id, id));
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'user',
      entityId: id,
      regionCode: scope.regionCode ?? before.regionCode,
      centreId: scope.centreId ?? before.centreId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, next[k]])),
    });
  });
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
