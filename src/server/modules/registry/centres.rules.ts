import type { Scope } from '../../../shared/contracts/auth';
import type { CentreInput } from '../../../shared/contracts/registry';
import type { FieldError } from '../../../shared/errors';
import { regionInScope } from './registry.scope';

/** What the database says about the places a centre's input names. */
export interface CentreFacts {
  regionExists: boolean;
  /** The named district's region, or null when no such current district. */
  districtRegion: string | null;
  /** The named parent as the caller can see it, or null when missing or out of scope. */
  parent: { id: number; kind: string; regionCode: string } | null;
  /** Whether another centre already has the code. */
  codeTaken: boolean;
  /** Whether the coordinates, when given, lie inside the region's boundary. */
  pointInRegion: boolean;
}

/**
 * Field-level checks of a centre's place in the network: region in scope, district of that
 * region, a regional parent of the same region (and none for a regional centre), a unique code,
 * coordinates inside the region. `selfId` is the centre being edited.
 */
export function centreFieldErrors(
  input: CentreInput,
  facts: CentreFacts,
  scope: Scope,
  selfId?: number,
): FieldError[] {
  const errors: FieldError[] = [];
  const regionOk = facts.regionExists && regionInScope(scope, input.regionCode);
  if (!facts.regionExists) errors.push({ field: 'regionCode', code: 'not_found' });
  else if (!regionOk) errors.push({ field: 'regionCode', code: 'out_of_scope' });

  if (input.districtId != null) {
    if (facts.districtRegion == null) errors.push({ field: 'districtId', code: 'not_found' });
    else if (facts.districtRegion !== input.regionCode)
      errors.push({ field: 'districtId', code: 'invalid_choice' });
  }

  if (input.parentId != null) {
    if (input.kind === 'regional') errors.push({ field: 'parentId', code: 'invalid_value' });
    else if (input.parentId === selfId) errors.push({ field: 'parentId', code: 'invalid_value' });
    else if (!facts.parent) errors.push({ field: 'parentId', code: 'not_found' });
    else if (facts.parent.kind !== 'regional' || facts.parent.regionCode !== input.regionCode) {
      errors.push({ field: 'parentId', code: 'invalid_choice' });
    }
  }

  if (facts.codeTaken) errors.push({ field: 'code', code: 'duplicate' });
  if (regionOk && input.latitude != null && input.longitude != null && !facts.pointInRegion) {
    errors.push({ field: 'latitude', code: 'outside_region' });
  }
  return errors;
}

/** Fields a centre manager may not change: the centre's place in the network. */
export const STRUCTURAL_FIELDS = ['code', 'kind', 'regionCode', 'districtId', 'parentId'] as const;

/** Structural fields whose value in the input differs from the stored centre. */
export function changedStructuralFields(
  input: CentreInput,
  current: {
    code: string;
    kind: string;
    regionCode: string;
    districtId: number | null;
    parentId: number | null;
  },
): string[] {
  return STRUCTURAL_FIELDS.filter((f) => (input[f] ?? null) !== (current[f] ?? null));
}
