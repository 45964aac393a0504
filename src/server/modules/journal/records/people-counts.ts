/**
 * How the people counts (`journal_people_months`) move when young people gain youth months and lose
 * none: a batch of new records, an import. The same grains and "previous occurrence" rule as
 * `peopleOccurrences` in rollups.ts, computed here for each touched person from their stored youth
 * months and the batch's, so that a batch of thousands of people costs a pass over their few months
 * instead of a window over every grain of their whole history in SQL (decision 012).
 */

/** A youth month as the people counts see it: where, when, under which direction, and NEET or not. */
export interface MonthFact {
  centreId: number;
  centreKind: string;
  regionCode: string;
  /** First day of the month, `YYYY-MM-01`. */
  month: string;
  directionId: number;
  neet: boolean;
}

/** One row's change of `journal_people_months`: a grain, a month and its previous month, and by how much. */
export interface PeopleCountChange {
  centre_id: number;
  centre_kind: string;
  direction_id: number;
  region_code: string;
  neet: boolean;
  month: string;
  prev_month: string;
  people: number;
}

/** The month before a person's first month in a grain, as the table stores it. */
export const NO_PREVIOUS_MONTH = '-infinity';

// The grains a youth month belongs to, in the order of `peopleOccurrences`: the country, its region
// and its centre, each with every kind or the centre's own, each with every direction or its own.
// 0 and '' stand for "every" (no direction id is 0, no kind or region code is empty).
const PATTERNS: readonly { centre: boolean; kind: boolean; direction: boolean; region: boolean }[] = [
  { centre: false, kind: false, direction: false, region: false },
  { centre: false, kind: false, direction: true, region: false },
  { centre: false, kind: true, direction: false, region: false },
  { centre: false, kind: true, direction: true, region: false },
  { centre: false, kind: false, direction: false, region: true },
  { centre: false, kind: false, direction: true, region: true },
  { centre: false, kind: true, direction: false, region: true },
  { centre: false, kind: true, direction: true, region: true },
  { centre: true, kind: true, direction: false, region: true },
  { centre: true, kind: true, direction: true, region: true },
];

// Months as small whole numbers (months since January 1900) while counting: comparisons and map
// keys without strings, and small enough that a (month, previous month) pair is one small integer.
const NONE = -1;
const monthNumber = (month: string) =>
  (Number(month.slice(0, 4)) - 1900) * 12 + Number(month.slice(5, 7)) - 1;
const monthTexts: string[] = [];
/** A month number as text, remembered: a batch names the same few dozen months thousands of times. */
function monthText(n: number): string {
  if (n === NONE) return NO_PREVIOUS_MONTH;
  let text = monthTexts[n];
  if (text === undefined) {
    text = `${1900 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-01`;
    monthTexts[n] = text;
  }
  return text;
}
const PAIR = 10_000;

/** Adds `month` to the ascending list `months` unless it is there. */
function insertSorted(months: number[], month: number) {
  let i = months.length;
  while (i > 0 && months[i - 1] > month) i--;
  if (i > 0 && months[i - 1] === month) return;
  months.splice(i, 0, month);
}

/** Adds `people` to the count of (month, previous month) in a grain's changes. */
function addOccurrence(by: Map<number, number>, month: number, prev: number, people: number) {
  const occurrence = month * PAIR + (prev + 1);
  by.set(occurrence, (by.get(occurrence) ?? 0) + people);
}

/**
 * One person's changes in a grain: `was` are their stored months there (ascending), `gained` the
 * months the batch adds (ascending, none of them stored). A gained month enters after the month
 * before it; a stored month whose predecessor changed leaves its old pair for the new one.
 */
function moveGrain(by: Map<number, number>, was: readonly number[], gained: readonly number[]) {
  let w = 0;
  let n = 0;
  let prevNow = NONE;
  while (w < was.length || n < gained.length) {
    if (n < gained.length && (w === was.length || gained[n] < was[w])) {
      addOccurrence(by, gained[n], prevNow, 1);
      prevNow = gained[n++];
      continue;
    }
    const month = was[w];
    const prevWas = w === 0 ? NONE : was[w - 1];
    w++;
    if (prevWas !== prevNow) {
      addOccurrence(by, month, prevWas, -1);
      addOccurrence(by, month, prevNow, 1);
    }
    prevNow = month;
  }
}

/**
 * One person's youth months as parallel arrays of numbers (kinds and regions as indexes into
 * `Names`, 0 for "every"), so the grain tests compare numbers; the arrays are reused from person to
 * person. The counting then makes no strings and few objects: with a text key per grain it took a
 * third longer (10,000 persons: 0.5 s against 0.33 s).
 */
class Facts {
  month: number[] = [];
  centre: number[] = [];
  kind: number[] = [];
  direction: number[] = [];
  region: number[] = [];
  neet: boolean[] = [];
  length = 0;

  fill(list: readonly MonthFact[], kinds: Names, regions: Names) {
    this.length = list.length;
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      this.month[i] = monthNumber(f.month);
      this.centre[i] = f.centreId;
      this.kind[i] = kinds.index(f.centreKind);
      this.direction[i] = f.directionId;
      this.region[i] = regions.index(f.regionCode);
      this.neet[i] = f.neet;
    }
  }

  /** Whether fact `i` is in the grain of these values (0 for "every"). */
  inGrain(i: number, centre: number, kind: number, direction: number, region: number, neet: boolean) {
    return (
      (centre === 0 || this.centre[i] === centre) &&
      (kind === 0 || this.kind[i] === kind) &&
      (direction === 0 || this.direction[i] === direction) &&
      (region === 0 || this.region[i] === region) &&
      (!neet || this.neet[i])
    );
  }
}

/** Texts as small numbers from 1 (0 stands for "every", the empty text). */
class Names {
  private readonly byName = new Map<string, number>();
  readonly names: string[] = [''];

  index(name: string): number {
    let i = this.byName.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.byName.set(name, i);
    }
    return i;
  }
}

/** A grain's values and its changes by (month, previous month) as one number. */
interface GrainChanges {
  centre: number;
  kind: number;
  direction: number;
  region: number;
  neet: boolean;
  by: Map<number, number>;
}

/**
 * The people-count changes when young people gain youth months (new keys, or a stored key that
 * turns NEET) on top of their stored ones, one person at a time (`add`), so a caller can pause
 * between persons; `rows` answers them. Only grains a new fact belongs to can change, and only
 * where it brings a month the person did not have there.
 */
export class PeopleCountChanges {
  private readonly kinds = new Names();
  private readonly regions = new Names();
  private readonly changes = new Map<number, GrainChanges>();
  // A grain as one number: its values in mixed radix, sized by the largest ids the batch names.
  private readonly kindRadix: number;
  private readonly directions: number;
  private readonly regionRadix: number;
  // Scratch lists, reused from person to person.
  private readonly before = new Facts();
  private readonly news = new Facts();
  private readonly done: number[] = [];
  private readonly was: number[] = [];
  private readonly gained: number[] = [];

  /** `added`: every person's new youth months, to size the grain numbers. */
  constructor(added: ReadonlyMap<number, readonly MonthFact[]>) {
    let centres = 1;
    let directions = 1;
    for (const news of added.values())
      for (const f of news) {
        centres = Math.max(centres, f.centreId + 1);
        directions = Math.max(directions, f.directionId + 1);
        this.kinds.index(f.centreKind);
        this.regions.index(f.regionCode);
      }
    this.kindRadix = this.kinds.names.length;
    this.directions = directions;
    this.regionRadix = this.regions.names.length;
    if (centres * this.kindRadix * directions * this.regionRadix * 2 > Number.MAX_SAFE_INTEGER)
      throw new Error('people counts: grain numbers out of range');
  }

  private grainKey(centre: number, kind: number, direction: number, region: number, neet: number) {
    return (
      (((centre * this.kindRadix + kind) * this.directions + direction) * this.regionRadix + region) * 2 +
      neet
    );
  }

  /** One person's stored youth months and the new ones (each of them among those given to the constructor). */
  add(stored: readonly MonthFact[], added: readonly MonthFact[]) {
    const { before, news, done, was, gained } = this;
    before.fill(stored, this.kinds, this.regions);
    news.fill(added, this.kinds, this.regions);
    done.length = 0;
    for (let f = 0; f < news.length; f++)
      for (const pattern of PATTERNS)
        for (let n = 0; n < (news.neet[f] ? 2 : 1); n++) {
          const neet = n === 1;
          const centre = pattern.centre ? news.centre[f] : 0;
          const kind = pattern.kind ? news.kind[f] : 0;
          const direction = pattern.direction ? news.direction[f] : 0;
          const region = pattern.region ? news.region[f] : 0;
          const key = this.grainKey(centre, kind, direction, region, n);
          if (done.includes(key)) continue;
          done.push(key);
          was.length = 0;
          for (let i = 0; i < before.length; i++)
            if (before.inGrain(i, centre, kind, direction, region, neet)) insertSorted(was, before.month[i]);
          gained.length = 0;
          for (let i = 0; i < news.length; i++)
            if (news.inGrain(i, centre, kind, direction, region, neet) && !was.includes(news.month[i]))
              insertSorted(gained, news.month[i]);
          if (!gained.length) continue;
          let entry = this.changes.get(key);
          if (!entry) {
            entry = { centre, kind, direction, region, neet, by: new Map() };
            this.changes.set(key, entry);
          }
          moveGrain(entry.by, was, gained);
        }
  }

  /** The changes of every person added, one row per grain, month and previous month that moved. */
  rows(): PeopleCountChange[] {
    const out: PeopleCountChange[] = [];
    for (const grain of this.changes.values())
      for (const [occurrence, people] of grain.by) {
        if (people === 0) continue;
        const month = Math.floor(occurrence / PAIR);
        const prev = (occurrence % PAIR) - 1;
        out.push({
          centre_id: grain.centre,
          centre_kind: this.kinds.names[grain.kind],
          direction_id: grain.direction,
          region_code: this.regions.names[grain.region],
          neet: grain.neet,
          month: monthText(month),
          prev_month: monthText(prev),
          people,
        });
      }
    return out;
  }
}

/** `PeopleCountChanges` for every person of `added` at once, `stored` holding their stored youth months. */
export function peopleCountChanges(
  stored: ReadonlyMap<number, readonly MonthFact[]>,
  added: ReadonlyMap<number, readonly MonthFact[]>,
): PeopleCountChange[] {
  const changes = new PeopleCountChanges(added);
  for (const [person, news] of added) changes.add(stored.get(person) ?? [], news);
  return changes.rows();
}
