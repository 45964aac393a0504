/** One cell as a reader sees it, whatever the file format. Empty cells are null; text is trimmed. */
export type Cell = string | number | boolean | Date | null;

/** A non-empty row of a sheet with its number as the spreadsheet shows it (1-based). */
export interface GridRow {
  rowNumber: number;
  cells: Cell[];
}

/** A sheet (or a CSV file read with one delimiter) as rows of cells. */
export interface GridSource {
  /** Sheet name for workbooks, null for CSV. */
  sheet: string | null;
  /** The first rows, where the header is searched for. */
  preview: GridRow[];
  /** Every non-empty row; may parse the whole file, so called once for the chosen source. */
  all(): GridRow[];
}

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 50;

/** Whether a row holds anything at all. */
export const isBlankRow = (cells: readonly Cell[]) => cells.every((c) => c === null || c === '');
