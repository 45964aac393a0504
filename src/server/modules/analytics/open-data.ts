/**
 * Small-cell suppression for the open-data export, as pure functions.
 *
 * The published figures are a set of cells (each a count of distinct people) tied together by
 * lines: a line is a list of cells whose last member is the line's total (a row of a table with its
 * region total, a column with its national total). Rules:
 *
 * 1. Primary: every cell describing 1–4 people is suppressed, totals included. True zeros are
 *    published as 0 (as most statistics offices do): a zero describes nobody.
 * 2. Complementary: a line with exactly one suppressed member would let a reader recover it by
 *    subtracting the published members from the total (or summing the cells), so a second member
 *    of that line is suppressed too — the smallest published non-zero cell, a zero only when no
 *    non-zero cell is left, the total only when nothing else is. Repeated until no line has a single
 *    suppressed member.
 *
 * Cells shared by several tables (region totals, the national total) are one cell here, so a figure
 * suppressed in one table is suppressed in all of them.
 */

/** The smallest number of people a published cell may describe. */
export const MIN_CELL = 5;

export type CellId = string;

export interface SuppressionInput {
  values: ReadonlyMap<CellId, number>;
  /** Each line lists its cells; the last one is the line's total. */
  lines: readonly (readonly CellId[])[];
}

/** Cells 1–4 (never 0, never 5 or more). */
export const isSmall = (value: number) => value > 0 && value < MIN_CELL;

/** The set of cells to suppress: primary, then complementary until every line is safe. */
export function suppressCells({ values, lines }: SuppressionInput): Set<CellId> {
  const countOf = (id: CellId) => {
    const v = values.get(id);
    if (v === undefined) throw new Error(`open data: line names an unknown cell ${id}`);
    return v;
  };
  const suppressed = new Set<CellId>();
  for (const [id, value] of values) if (isSmall(value)) suppressed.add(id);

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const hidden = line.filter((id) => suppressed.has(id));
      if (hidden.length !== 1) continue;
      const partner = complementFor(line, suppressed, countOf);
      if (partner === undefined) continue;
      suppressed.add(partner);
      changed = true;
    }
  }
  return suppressed;
}

/** The line's member to suppress next: smallest non-zero cell, else a zero cell, else the total. */
function complementFor(
  line: readonly CellId[],
  suppressed: ReadonlySet<CellId>,
  countOf: (id: CellId) => number,
): CellId | undefined {
  const total = line[line.length - 1];
  const open = line.slice(0, -1).filter((id) => !suppressed.has(id));
  const byValue = (a: CellId, b: CellId) => countOf(a) - countOf(b);
  const nonZero = open.filter((id) => countOf(id) > 0).sort(byValue);
  if (nonZero.length) return nonZero[0];
  const zeros = open.filter((id) => countOf(id) === 0);
  if (zeros.length) return zeros[0];
  return suppressed.has(total) ? undefined : total;
}

/**
 * The differencing check a reader could run: a line with exactly one suppressed member gives that
 * member away (total minus the published cells). Returns the lines that would; empty when safe.
 */
export function recoverableLines(
  lines: readonly (readonly CellId[])[],
  suppressed: ReadonlySet<CellId>,
): (readonly CellId[])[] {
  return lines.filter((line) => line.filter((id) => suppressed.has(id)).length === 1);
}

/** A table of counts: rows (regions) × columns (categories), with row, column and grand totals. */
export interface CountTable {
  /** Stable code of the table, e.g. `by_direction`; used in cell ids. */
  code: string;
  rowKeys: readonly string[];
  columnKeys: readonly string[];
  /** Count for a row × column. */
  cell: (row: string, column: string) => number;
  /** Count for a row over all columns (distinct people: not necessarily the sum of the cells). */
  rowTotal: (row: string) => number;
  /** Count for a column over all rows. */
  columnTotal: (column: string) => number;
  grandTotal: number;
}

/** Cell ids: interior cells belong to a table; row totals and the grand total are shared by all tables. */
export const cellId = {
  inner: (table: string, row: string, column: string) => `${table}|${row}|${column}`,
  columnTotal: (table: string, column: string) => `${table}|*|${column}`,
  rowTotal: (row: string) => `*|${row}|*`,
  grandTotal: () => '*|*|*',
};

/** Every cell and line of a set of tables sharing their row totals and grand total. */
export function tableLines(tables: readonly CountTable[]): SuppressionInput {
  const values = new Map<CellId, number>();
  const lines: CellId[][] = [];
  const seen = new Set<string>();
  const addLine = (line: CellId[]) => {
    const key = line.join('\n');
    if (seen.has(key)) return;
    seen.add(key);
    lines.push(line);
  };
  for (const t of tables) {
    values.set(cellId.grandTotal(), t.grandTotal);
    for (const r of t.rowKeys) {
      values.set(cellId.rowTotal(r), t.rowTotal(r));
      for (const c of t.columnKeys) values.set(cellId.inner(t.code, r, c), t.cell(r, c));
      addLine([...t.columnKeys.map((c) => cellId.inner(t.code, r, c)), cellId.rowTotal(r)]);
    }
    for (const c of t.columnKeys) {
      values.set(cellId.columnTotal(t.code, c), t.columnTotal(c));
      addLine([...t.rowKeys.map((r) => cellId.inner(t.code, r, c)), cellId.columnTotal(t.code, c)]);
    }
    addLine([...t.columnKeys.map((c) => cellId.columnTotal(t.code, c)), cellId.grandTotal()]);
    addLine([...t.rowKeys.map((r) => cellId.rowTotal(r)), cellId.grandTotal()]);
  }
  return { values, lines };
}

/** One published figure: the count, or null when suppressed. */
export interface PublishedCell {
  table: string;
  /** Null for the national row. */
  row: string | null;
  /** Null for the total column. */
  column: string | null;
  value: number | null;
  suppressed: boolean;
}

/** Suppresses a set of tables together and lists every figure of each table (cells, then totals). */
export function publishTables(tables: readonly CountTable[]): PublishedCell[] {
  const input = tableLines(tables);
  const suppressed = suppressCells(input);
  const out: PublishedCell[] = [];
  const put = (table: string, row: string | null, column: string | null, id: CellId) => {
    const hidden = suppressed.has(id);
    out.push({ table, row, column, value: hidden ? null : (input.values.get(id) ?? 0), suppressed: hidden });
  };
  for (const t of tables) {
    for (const r of t.rowKeys) {
      for (const c of t.columnKeys) put(t.code, r, c, cellId.inner(t.code, r, c));
      put(t.code, r, null, cellId.rowTotal(r));
    }
    for (const c of t.columnKeys) put(t.code, null, c, cellId.columnTotal(t.code, c));
    put(t.code, null, null, cellId.grandTotal());
  }
  return out;
}

/**
 * The differencing check on published output alone: for each table, every row (with its total) and
 * every column (with its total) must have zero or at least two suppressed figures. Returns the
 * offending lines as text; empty when nothing can be recovered by subtraction.
 */
export function differencingLeaks(cells: readonly PublishedCell[]): string[] {
  const groups = new Map<string, PublishedCell[]>();
  const add = (key: string, cell: PublishedCell) => {
    const list = groups.get(key) ?? [];
    list.push(cell);
    groups.set(key, list);
  };
  for (const cell of cells) {
    add(`${cell.table} row ${cell.row ?? 'national'}`, cell);
    add(`${cell.table} column ${cell.column ?? 'total'}`, cell);
  }
  return [...groups].filter(([, list]) => list.filter((c) => c.suppressed).length === 1).map(([key]) => key);
}
