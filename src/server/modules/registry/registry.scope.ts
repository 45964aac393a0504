import { eq, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../shared/contracts/auth';
import { slot } from '../../db/prepared';
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

/**
 * A scope of the given kind whose values are slots, so the scope conditions above can go into a
 * statement built once (`preparedStatement`, one per kind); `scopeValues` fills the slots.
 */
export function scopeSlots(kind: Scope['kind']): Scope {
  switch (kind) {
    case 'country':
      return { kind };
    case 'region':
      return { kind, regionCode: slot('scopeRegionCode') };
    case 'centre':
      return { kind, centreId: slot('scopeCentreId'), regionCode: slot('scopeRegionCode') };
    case 'organisation':
      return { kind, organisation: slot('scopeOrganisation') };
  }
}

/** The values of `scopeSlots(scope.kind)` for a scope. */
export const scopeValues = (scope: Scope) => ({
  scopeRegionCode: 'regionCode' in scope ? scope.regionCode : null,
  scopeCentreId: 'centreId' in scope ? scope.centreId : null,
  scopeOrganisation: 'organisation' in scope ? scope.organisation : null,
});
