import type { PlanReview } from '../../../../shared/contracts/plan-review';
import { localized } from '../../../lib/localized';

/** Colour of a plan status badge. */
export const STATUS_COLOR = {
  draft: 'gray',
  submitted: 'blue',
  regional_review: 'indigo',
  national_review: 'violet',
  approved: 'teal',
  returned: 'orange',
} as const;

/** Date and time in Kazakhstan (UTC+5), dd.mm.yyyy hh:mm, whatever the browser's zone. */
export function formatDateTime(iso: string) {
  const d = new Date(new Date(iso).getTime() + 5 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/** An item's id with its name in the UI language (falling back to another language where empty). */
export function itemLabel(item: PlanReview['items'][number] | undefined, id: string, locale: string) {
  if (!item?.label) return id;
  const name = localized(item.label, locale) || item.label.kk || item.label.ru || item.label.en;
  return `${id} · ${name}`;
}
