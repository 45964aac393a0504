import type { CentreKind } from '../../../shared/constants/registry';

type Row = Record<string, unknown>;
// PGlite and node-postgres both answer `execute` with `{ rows }`; the driver types differ.
export const rowsOf = async (result: Promise<unknown>) => ((await result) as { rows: Row[] }).rows;

/** Where and what the dashboard counts, already confined to the caller's scope. */
export interface DashboardFilter {
  /** First and last month of the period, yyyy-mm, both included. */
  from: string;
  to: string;
  regionCode?: string;
  centreId?: number;
  centreKind?: CentreKind;
  directionId?: number;
}

export const firstDay = (month: string) => `${month}-01`;

/** The first day after the period's last month. */
export function dayAfter(month: string) {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
