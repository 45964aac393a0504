/** Fields that change on every write and say nothing about what the user changed. */
const NOISE = new Set(['updatedAt']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Names of the fields that differ between a record before and after a change, in the order they
 * appear. A creation lists the fields it set; a field missing on one side counts as null.
 */
export function changedFields(before: unknown, after: unknown): string[] {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => !NOISE.has(k) && !same(b[k], a[k]));
}
