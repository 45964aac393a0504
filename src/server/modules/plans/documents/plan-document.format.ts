import type { Locale } from '../../../../shared/constants/roles';
import type { Cell, CellKind } from './plan-document.view';

/**
 * A cell as text in the document's language: numbers grouped the local way (kk/ru `1 234 567,5`
 * with no-break spaces, en `1,234,567.5`); empty cells as a dash.
 */
export function formatCell(value: Cell, kind: CellKind, lang: Locale): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (kind === 'year') return String(value);
  return new Intl.NumberFormat(lang, { maximumFractionDigits: kind === 'amount' ? 0 : 2 }).format(value);
}
