import type { PlanContent, PlanText } from '../../../../shared/contracts/plan-content';
import {
  PLAN_ITEM_KINDS,
  type PlanDiff,
  type PlanDiffItem,
  type PlanFieldChange,
  type PlanItemKind,
} from '../../../../shared/contracts/plan-review';

type Item = PlanContent[PlanItemKind][number];
type Fields = Record<string, unknown>;

const LANGS = ['kk', 'ru', 'en'] as const;

const isText = (v: unknown): v is PlanText =>
  !!v && typeof v === 'object' && !Array.isArray(v) && LANGS.every((l) => l in (v as object));

/** The field that names an item of each kind, for a reader of the diff. */
const LABEL_FIELD: Record<PlanItemKind, string> = {
  priorities: 'reason',
  goals: 'text',
  kpis: 'name',
  activities: 'title',
  budget: 'item',
};

/** The name of an item in the three languages (a priority's reason), or null. */
export const labelOf = (kind: PlanItemKind, item: Item): PlanText | null => {
  const v = (item as unknown as Fields)[LABEL_FIELD[kind]];
  return isText(v) ? { kk: v.kk, ru: v.ru, en: v.en } : null;
};

/** An item's fields flattened so texts read per language (`title.kk`); the id is left out. */
function flatten(item: Item): Array<[string, unknown]> {
  return Object.entries(item as unknown as Fields)
    .filter(([k]) => k !== 'id')
    .flatMap(
      ([k, v]): Array<[string, unknown]> => (isText(v) ? LANGS.map((l) => [`${k}.${l}`, v[l]]) : [[k, v]]),
    );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: Item, after: Item): PlanFieldChange[] {
  const a = new Map(flatten(before));
  const b = new Map(flatten(after));
  const names = [...new Set([...a.keys(), ...b.keys()])];
  return names
    .filter((n) => !same(a.get(n) ?? null, b.get(n) ?? null))
    .map((n) => ({ field: n, before: a.get(n) ?? null, after: b.get(n) ?? null }));
}

const whole = (item: Item, side: 'before' | 'after'): PlanFieldChange[] =>
  flatten(item).map(([field, v]) => ({
    field,
    before: side === 'before' ? v : null,
    after: side === 'after' ? v : null,
  }));

/**
 * What changed from one plan version to another, item by item: items match by their id (kept
 * across versions), in the document's order of kinds and the newer version's order of items.
 */
export function planDiff(from: number, before: PlanContent, to: number, after: PlanContent): PlanDiff {
  const added: PlanDiffItem[] = [];
  const removed: PlanDiffItem[] = [];
  const changed: PlanDiffItem[] = [];
  for (const kind of PLAN_ITEM_KINDS) {
    const old = new Map<string, Item>(before[kind].map((i) => [i.id, i]));
    const now = new Map<string, Item>(after[kind].map((i) => [i.id, i]));
    for (const [id, item] of now) {
      const prev = old.get(id);
      if (!prev) added.push({ kind, id, label: labelOf(kind, item), fields: whole(item, 'after') });
      else {
        const fields = changedFields(prev, item);
        if (fields.length) changed.push({ kind, id, label: labelOf(kind, item), fields });
      }
    }
    for (const [id, item] of old)
      if (!now.has(id)) removed.push({ kind, id, label: labelOf(kind, item), fields: whole(item, 'before') });
  }
  return { from, to, added, removed, changed };
}
