import { eq, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../shared/contracts/auth';
import { centres, staff } from './registry.tables';

/**
 * Centres a scope may read: everything for the country; its region or its one centre; for a
 * partner's organisation, the public directory of active centres.
 */
export function centreInScope(scope: Scope): SQL {
  switch (scope.kind) {
    case 'country':
      return sql`true`;
    case 'region':
      return eq(centres.regionCode, scope.regionCode);
    case 'centre':
      return eq(centres.id, scope.centreId);
    case 'organisation':
      return eq(centres.status, 'active');
  }
}

/**
 * Staff a scope may read. Self-contained (no join needed): partners see no staff at all.
 */
export function staffInScope(scope: Scope): SQL {
  switch (scope.kind) {
    case 'country':
      return sql`true`;
    case 'region':
      return sql`${staff.centreId} in (select ${centres.id} from ${centres} where ${centres.regionCode} = ${scope.regionCode})`;
    case 'centre':
      return eq(staff.centreId, scope.centreId);
    case 'organisation':
      return sql`false`;
  }
}

/** Whether a region lies inside a scope (for writes naming a region). */
export function regionInScope(scope: Scope, regionCode: string): boolean {
  if (scope.kind === 'country') return true;
  if (scope.kind === 'region' || scope.kind === 'centre') return scope.regionCode === regionCode;
  return false;
}
