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

type Grain = Pick<PeopleCountChange, 'centre_id' | 'centre_kind' | 'direction_id' | 'region_code' | 'neet'>;

/** Whether a youth month is in the grain of these values (0 and '' for "every"). */
const inGrain = (
  fact: MonthFact,
  centre: number,
  kind: string,
  direction: number,
  region: string,
  neet: boolean,
) =>
  (centre === 0 || fact.centreId === centre) &&
  (kind === '' || fact.centreKind === kind) &&
  (direction === 0 || fact.directionId === direction) &&
  (region === '' || fact.regionCode === region) &&
  (!neet || fact.neet);

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

/** Per grain (by key), the grain and its changes by (month, previous month) as one number. */
type Changes = Map<string, { grain: Grain; by: Map<number, number> }>;

/**
 * One person's changes in grain `g`: `was` are their stored months there (ascending), `gained` the
 * months the batch adds (ascending, none of them stored). A gained month enters after the month
 * before it; a stored month whose predecessor changed leaves its old pair for the new one.
 */
function moveGrain(by: Map<number, number>, was: readonly number[], gained: readonly number[]) {
  const add = (month: number, prev: number, people: number) => {
    const occurrence = month * PAIR + (prev + 1);
    by.set(occurrence, (by.get(occurrence) ?? 0) + people);
  };
  let w = 0;
  let n = 0;
  let prevNow = NONE;
  while (w < was.length || n < gained.length) {
    if (n < gained.length && (w === was.length || gained[n] < was[w])) {
      add(gained[n], prevNow, 1);
      prevNow = gained[n++];
      continue;
    }
    const month = was[w];
    const prevWas = w === 0 ? NONE : was[w - 1];
    w++;
    if (prevWas !== prevNow) {
      add(month, prevWas, -1);
      add(month, prevNow, 1);
    }
    prevNow = month;
  }
}

/**
 * The people-count changes when each person of `added` gains those youth months (new keys, or a
 * stored key that turns NEET) on top of their stored ones in `stored`. Only grains a new fact
 * belongs to can change, and only where it brings a month the person did not have there.
 */
export function peopleCountChanges(
  stored: ReadonlyMap<number, readonly MonthFact[]>,
  added: ReadonlyMap<number, readonly MonthFact[]>,
): PeopleCountChange[] {
  const changes: Changes = new Map();
  for (const [person, news] of added) {
    const before = stored.get(person) ?? [];
    const beforeMonths = before.map((f) => monthNumber(f.month));
    const newMonths = news.map((f) => monthNumber(f.month));
    const done = new Set<string>();
    for (const fact of news)
      for (const pattern of PATTERNS)
        for (const neet of fact.neet ? [false, true] : [false]) {
          const centre = pattern.centre ? fact.centreId : 0;
          const kind = pattern.kind ? fact.centreKind : '';
          const direction = pattern.direction ? fact.directionId : 0;
          const region = pattern.region ? fact.regionCode : '';
          const key = `${centre}|${kind}|${direction}|${region}|${neet}`;
          if (done.has(key)) continue;
          done.add(key);
          const was: number[] = [];
          for (let i = 0; i < before.length; i++)
            if (inGrain(before[i], centre, kind, direction, region, neet)) insertSorted(was, beforeMonths[i]);
          const gained: number[] = [];
          for (let i = 0; i < news.length; i++)
            if (inGrain(news[i], centre, kind, direction, region, neet) && !was.includes(newMonths[i]))
              insertSorted(gained, newMonths[i]);
          if (!gained.length) continue;
          let entry = changes.get(key);
          if (!entry) {
            const grain = {
              centre_id: centre,
              centre_kind: kind,
              direction_id: direction,
              region_code: region,
              neet,
            };
            entry = { grain, by: new Map() };
            changes.set(key, entry);
          }
          moveGrain(entry.by, was, gained);
        }
  }
  const out: PeopleCountChange[] = [];
  for (const { grain, by } of changes.values())
    for (const [occurrence, people] of by) {
      if (people === 0) continue;
      const month = Math.floor(occurrence / PAIR);
      const prev = (occurrence % PAIR) - 1;
      out.push({
        centre_id: grain.centre_id,
        centre_kind: grain.centre_kind,
        direction_id: grain.direction_id,
        region_code: grain.region_code,
        neet: grain.neet,
        month: monthText(month),
        prev_month: monthText(prev),
        people,
      });
    }
  return out;
}
