import type { Scope } from '../../../shared/contracts/auth';

/** The one region a scope is confined to, or undefined for country-wide and organisation scopes. */
export function scopeRegion(scope: Scope): string | undefined {
  return scope.kind === 'region' || scope.kind === 'centre' ? scope.regionCode : undefined;
}

/** The one centre a scope is confined to, if any. */
export function scopeCentre(scope: Scope): number | undefined {
  return scope.kind === 'centre' ? scope.centreId : undefined;
}
