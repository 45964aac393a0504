import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/factories';
import { type CountTable, differencingLeaks, isSmall, type PublishedCell, publishTables } from './open-data';

/** A table from a grid of counts; totals are the sums unless given (distinct counts may be smaller). */
function table(
  code: string,
  grid: Record<string, Record<string, number>>,
  totals: { rows?: Record<string, number>; columns?: Record<string, number>; grand?: number } = {},
): CountTable {
  const rowKeys = Object.keys(grid);
  const columnKeys = Object.keys(grid[rowKeys[0]]);
  const rowSum = (r: string) => columnKeys.reduce((s, c) => s + grid[r][c], 0);
  const columnSum = (c: string) => rowKeys.reduce((s, r) => s + grid[r][c], 0);
  return {
    code,
    rowKeys,
    columnKeys,
    cell: (r, c) => grid[r][c],
    rowTotal: (r) => totals.rows?.[r] ?? rowSum(r),
    columnTotal: (c) => totals.columns?.[c] ?? columnSum(c),
    grandTotal: totals.grand ?? rowKeys.reduce((s, r) => s + rowSum(r), 0),
  };
}

const find = (cells: PublishedCell[], t: string, row: string | null, column: string | null) =>
  cells.find((c) => c.table === t && c.row === row && c.column === column)!;

/**
 * The attack a reader runs on the published figures: for each suppressed figure, try its row and its
 * column — if it is the only unknown there, subtracting gives it away. Returns what was recovered.
 */
function attack(cells: PublishedCell[]) {
  const recovered: PublishedCell[] = [];
  for (const target of cells.filter((c) => c.suppressed)) {
    const rowLine = cells.filter((c) => c.table === target.table && c.row === target.row);
    const columnLine = cells.filter((c) => c.table === target.table && c.column === target.column);
    for (const line of [rowLine, columnLine]) {
      if (line.filter((c) => c.suppressed).length === 1) recovered.push(target);
    }
  }
  return recovered;
}

function expectSafe(cells: PublishedCell[]) {
  for (const c of cells) {
    if (c.value !== null)
      expect(isSmall(c.value), `${c.table} ${c.row} ${c.column} = ${c.value}`).toBe(false);
  }
  expect(attack(cells)).toEqual([]);
  expect(differencingLeaks(cells)).toEqual([]);
}

describe('open-data suppression', () => {
  it('suppresses every cell of 1–4 people and publishes zeros and cells of 5 or more', () => {
    const t = table('t', {
      a: { x: 0, y: 1, z: 20 },
      b: { x: 4, y: 5, z: 30 },
      c: { x: 10, y: 12, z: 40 },
    });
    const cells = publishTables([t]);
    expect(find(cells, 't', 'a', 'y').value).toBeNull();
    expect(find(cells, 't', 'b', 'x').value).toBeNull();
    expect(find(cells, 't', 'c', 'z').value).toBe(40);
    expect(find(cells, 't', 'a', 'x')).toMatchObject({ value: 0, suppressed: false });
    expectSafe(cells);
  });

  it('a row with a single small cell gets a second suppression in that row and in its column', () => {
    const t = table('t', {
      a: { x: 3, y: 50, z: 7 },
      b: { x: 20, y: 30, z: 40 },
      c: { x: 25, y: 35, z: 45 },
    });
    const cells = publishTables([t]);
    // Without a partner, a = 60 - 50 - 7 would give x away; the smallest other cell (7) is hidden.
    expect(find(cells, 't', 'a', 'x').suppressed).toBe(true);
    expect(find(cells, 't', 'a', 'z').suppressed).toBe(true);
    expect(find(cells, 't', 'a', 'y')).toMatchObject({ value: 50, suppressed: false });
    // Column x then has one hidden cell: its smallest other cell (20) is hidden too, and so on.
    expect(find(cells, 't', 'b', 'x').suppressed).toBe(true);
    expect(find(cells, 't', null, null)).toMatchObject({ value: 255, suppressed: false });
    expectSafe(cells);
  });

  it('a total below 5 is suppressed and its line protected', () => {
    const t = table('t', {
      a: { x: 2, y: 1 },
      b: { x: 30, y: 40 },
      c: { x: 20, y: 25 },
    });
    const cells = publishTables([t]);
    expect(find(cells, 't', 'a', null)).toMatchObject({ value: null, suppressed: true });
    // The column of region totals (a hidden, b and c shown, national 118) would give a away.
    expect(find(cells, 't', 'c', null).suppressed).toBe(true);
    expectSafe(cells);
  });

  it('an all-small row is fully hidden, its total too when it is below 5', () => {
    const t = table('t', {
      a: { x: 1, y: 1, z: 2 },
      b: { x: 9, y: 8, z: 30 },
      c: { x: 11, y: 7, z: 40 },
    });
    const cells = publishTables([t]);
    for (const column of ['x', 'y', 'z', null]) expect(find(cells, 't', 'a', column).suppressed).toBe(true);
    expectSafe(cells);
  });

  it('hides the total when it is the only other figure left in its line', () => {
    const t = table('t', { a: { x: 3 }, b: { x: 50 }, c: { x: 60 } });
    const cells = publishTables([t]);
    // Row a: x (3) and total (3) are both small anyway; column x: a, then b as complement.
    expect(find(cells, 't', 'a', 'x').suppressed).toBe(true);
    expect(find(cells, 't', 'b', 'x').suppressed).toBe(true);
    expect(find(cells, 't', 'b', null).suppressed).toBe(true);
    expectSafe(cells);
  });

  it('a region total hidden in one table is hidden in every table that shows it', () => {
    // Region a: 8 people, 3 of them in direction x (the other 5 in services of no listed direction).
    const direction = table('direction', { a: { x: 3 }, b: { x: 40 }, c: { x: 50 } }, { rows: { a: 8 } });
    const gender = table('gender', { a: { f: 0, m: 8 }, b: { f: 20, m: 20 }, c: { f: 25, m: 25 } });
    const cells = publishTables([direction, gender]);
    // In the direction table, the total is the only partner left for a's hidden cell.
    expect(find(cells, 'direction', 'a', null).suppressed).toBe(true);
    expect(find(cells, 'gender', 'a', null).suppressed).toBe(true);
    // The gender row a then has one hidden figure (its total) and gets a partner.
    expect(find(cells, 'gender', 'a', 'm').suppressed).toBe(true);
    expectSafe(cells);
  });

  it('treats distinct totals (smaller than the sum of cells) by the same rule', () => {
    const t = table(
      't',
      { a: { x: 4, y: 10 }, b: { x: 12, y: 15 }, c: { x: 20, y: 22 } },
      { rows: { a: 12, b: 25, c: 40 }, columns: { x: 33, y: 45 }, grand: 70 },
    );
    expectSafe(publishTables([t]));
  });

  it('leaves no recoverable cell in random tables of small and large counts', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 200; round++) {
      const rows = 1 + Math.floor(random() * 6);
      const columns = 1 + Math.floor(random() * 5);
      const grid: Record<string, Record<string, number>> = {};
      for (let r = 0; r < rows; r++) {
        grid[`r${r}`] = {};
        for (let c = 0; c < columns; c++) {
          const roll = random();
          grid[`r${r}`][`c${c}`] =
            roll < 0.2 ? 0 : roll < 0.6 ? 1 + Math.floor(random() * 4) : 5 + Math.floor(random() * 40);
        }
      }
      const cells = publishTables([table('t', grid)]);
      expectSafe(cells);
    }
  });

  it('leaves nothing recoverable in random sets of tables sharing region and national totals', () => {
    const random = seededRandom(23);
    for (let round = 0; round < 200; round++) {
      const regions = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, i) => `r${i}`);
      const people = () => {
        const roll = random();
        return roll < 0.2 ? 0 : roll < 0.6 ? 1 + Math.floor(random() * 4) : 5 + Math.floor(random() * 30);
      };
      // Region totals are distinct people: at least the largest cell of any table, shared by all.
      const grids = ['direction', 'gender', 'age'].map((code) => {
        const columns = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => `${code}${i}`);
        return Object.fromEntries(
          regions.map((r) => [r, Object.fromEntries(columns.map((c) => [c, people()]))]),
        );
      });
      const rowTotals = Object.fromEntries(
        regions.map((r) => [r, Math.max(...grids.flatMap((g) => Object.values(g[r])))]),
      );
      const grand = Object.values(rowTotals).reduce((a, b) => a + b, 0);
      const tables = grids.map((g, i) => table(`t${i}`, g, { rows: rowTotals, grand }));
      const cells = publishTables(tables);
      expectSafe(cells);
      for (const r of regions) {
        const shown = new Set(tables.map((tb) => find(cells, tb.code, r, null).suppressed));
        expect(shown.size, `region ${r} total hidden alike in every table`).toBe(1);
      }
    }
  });
});
