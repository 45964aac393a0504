import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/factories';
import {
  type MonthFact,
  NO_PREVIOUS_MONTH,
  type PeopleCountChange,
  peopleCountChanges,
} from './people-counts';

// The people counts a set of youth months gives, computed the long way: every person's months in
// every grain, each with the month before it, counted. The batch path must move the counts of the
// stored months to exactly the counts of stored + new months.
function countsOf(facts: ReadonlyMap<number, readonly MonthFact[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of facts.values()) {
    const grains = new Map<string, Set<string>>();
    for (const f of list)
      for (const centre of [0, f.centreId])
        for (const kind of ['', f.centreKind])
          for (const direction of [0, f.directionId])
            for (const region of ['', f.regionCode])
              for (const neet of f.neet ? [false, true] : [false]) {
                // A centre's grain always carries its kind and region, as the rollup keeps them.
                if (centre !== 0 && (kind === '' || region === '')) continue;
                const key = `${centre}|${kind}|${direction}|${region}|${neet}`;
                const months = grains.get(key) ?? new Set<string>();
                months.add(f.month);
                grains.set(key, months);
              }
    for (const [grain, set] of grains) {
      const months = [...set].sort();
      months.forEach((m, i) => {
        const key = `${grain}|${m}|${i === 0 ? NO_PREVIOUS_MONTH : months[i - 1]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      });
    }
  }
  return counts;
}

function applied(counts: Map<string, number>, changes: PeopleCountChange[]) {
  const out = new Map(counts);
  for (const c of changes) {
    const key = `${c.centre_id}|${c.centre_kind}|${c.direction_id}|${c.region_code}|${c.neet}|${c.month}|${c.prev_month}`;
    const next = (out.get(key) ?? 0) + c.people;
    if (next === 0) out.delete(key);
    else out.set(key, next);
  }
  return out;
}

const CENTRES = [
  { centreId: 1, centreKind: 'city', regionCode: '75' },
  { centreId: 2, centreKind: 'district', regionCode: '75' },
  { centreId: 3, centreKind: 'city', regionCode: '71' },
];

describe('people counts of a batch of new youth months', () => {
  it('move the stored counts to what all the months give, for random histories and batches', () => {
    const random = seededRandom(12);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const fact = (): MonthFact => ({
      ...pick(CENTRES),
      month: `2025-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`,
      directionId: 1 + Math.floor(random() * 3),
      neet: random() < 0.3,
    });
    for (let round = 0; round < 40; round++) {
      const stored = new Map<number, MonthFact[]>();
      const added = new Map<number, MonthFact[]>();
      for (let person = 1; person <= 12; person++) {
        stored.set(person, Array.from({ length: Math.floor(random() * 6) }, fact));
        // New months, months the person already has (elsewhere or at the same key), NEET turning on.
        const news = Array.from({ length: Math.floor(random() * 3) }, () => {
          const known = stored.get(person) ?? [];
          return known.length && random() < 0.4 ? { ...pick(known), neet: true } : fact();
        });
        if (news.length) added.set(person, news);
      }
      const all = new Map([...stored].map(([p, list]) => [p, [...list, ...(added.get(p) ?? [])]]));
      const changes = peopleCountChanges(stored, added);
      expect(applied(countsOf(stored), changes)).toEqual(countsOf(all));
      expect(changes.every((c) => c.people !== 0)).toBe(true);
    }
  });

  it('counts a first month with no month before it, and moves the next month behind a month put in between', () => {
    const at = (month: string): MonthFact => ({ ...CENTRES[0], month, directionId: 1, neet: false });
    const changes = peopleCountChanges(
      new Map([[7, [at('2025-01-01'), at('2025-05-01')]]]),
      new Map([[7, [at('2025-03-01')]]]),
    );
    const country = changes.filter(
      (c) =>
        c.centre_id === 0 && c.centre_kind === '' && c.direction_id === 0 && c.region_code === '' && !c.neet,
    );
    expect(country.sort((a, b) => a.people - b.people || a.month.localeCompare(b.month))).toEqual([
      expect.objectContaining({ month: '2025-05-01', prev_month: '2025-01-01', people: -1 }),
      expect.objectContaining({ month: '2025-03-01', prev_month: '2025-01-01', people: 1 }),
      expect.objectContaining({ month: '2025-05-01', prev_month: '2025-03-01', people: 1 }),
    ]);
    const first = peopleCountChanges(new Map(), new Map([[8, [at('2025-02-01')]]]));
    expect(first).toHaveLength(10);
    expect(first.every((c) => c.prev_month === NO_PREVIOUS_MONTH && c.people === 1)).toBe(true);
  });
});
