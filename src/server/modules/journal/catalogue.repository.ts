import { asc, eq } from 'drizzle-orm';
import type { ServiceDirection, ServiceType } from '../../../shared/contracts/journal';
import type { DbOrTx } from '../../db/client';
import { serviceDirections, serviceTypes } from './journal.tables';

type DirectionRow = typeof serviceDirections.$inferSelect;
type TypeRow = typeof serviceTypes.$inferSelect;

const names = (r: { nameKk: string; nameRu: string; nameEn: string }) => ({
  kk: r.nameKk,
  ru: r.nameRu,
  en: r.nameEn,
});

/** A service type row as the API shows it. */
export const toServiceType = (r: TypeRow): ServiceType => ({
  id: r.id,
  directionId: r.directionId,
  code: r.code,
  name: names(r),
  isConfidential: r.isConfidential,
  isGroup: r.isGroup,
  allowsAnonymous: r.allowsAnonymous,
  sortOrder: r.sortOrder,
  isActive: r.isActive,
});

const toDirection = (r: DirectionRow, types: ServiceType[]): ServiceDirection => ({
  id: r.id,
  code: r.code,
  name: names(r),
  sortOrder: r.sortOrder,
  isActive: r.isActive,
  types,
});

/**
 * The catalogue in display order. Without inactive entries, a deactivated direction hides its
 * types too.
 */
export async function listCatalogue(db: DbOrTx, includeInactive: boolean): Promise<ServiceDirection[]> {
  const directions = await db
    .select()
    .from(serviceDirections)
    .where(includeInactive ? undefined : eq(serviceDirections.isActive, true))
    .orderBy(asc(serviceDirections.sortOrder), asc(serviceDirections.id));
  const types = await db
    .select()
    .from(serviceTypes)
    .where(includeInactive ? undefined : eq(serviceTypes.isActive, true))
    .orderBy(asc(serviceTypes.sortOrder), asc(serviceTypes.id));
  return directions.map((d) =>
    toDirection(d, types.filter((t) => t.directionId === d.id).map(toServiceType)),
  );
}

/** One direction with all its types, active or not. */
export async function findDirection(db: DbOrTx, id: number): Promise<ServiceDirection | undefined> {
  const [row] = await db.select().from(serviceDirections).where(eq(serviceDirections.id, id));
  if (!row) return undefined;
  const types = await db
    .select()
    .from(serviceTypes)
    .where(eq(serviceTypes.directionId, id))
    .orderBy(asc(serviceTypes.sortOrder), asc(serviceTypes.id));
  return toDirection(row, types.map(toServiceType));
}

/** One service type, active or not. */
export async function findServiceType(db: DbOrTx, id: number): Promise<ServiceType | undefined> {
  const [row] = await db.select().from(serviceTypes).where(eq(serviceTypes.id, id));
  return row && toServiceType(row);
}

/** Whether a code is taken by another direction (or type), apart from `exceptId`. */
export async function codeTaken(
  db: DbOrTx,
  table: typeof serviceDirections | typeof serviceTypes,
  code: string,
  exceptId?: number,
) {
  const rows = await db.select({ id: table.id }).from(table).where(eq(table.code, code));
  return rows.some((r) => r.id !== exceptId);
}
