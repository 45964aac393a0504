import type { Locale } from '../../shared/constants/roles';

/** The name in the UI language. */
export const localized = (name: { kk: string; ru: string; en: string }, locale: string) =>
  name[(locale as Locale) in name ? (locale as Locale) : 'kk'];

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Numbers formatted for the UI language (kk: 1 234,5). */
export function formatNumber(value: number, locale: string, digits = 0) {
  const key = `${locale}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    // Some browsers' trimmed ICU data (Chromium's among them) format 'kk' with the root pattern
    // (1,234.5); Kazakhstan's Russian locale has the same symbols as Kazakh: 1 234,5.
    const tag = locale === 'kk' ? 'ru-KZ' : locale;
    f = new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    numberFormats.set(key, f);
  }
  return f.format(value);
}

/** dd.mm.yyyy, the way dates are written in Kazakhstan, from an ISO date. */
export function formatDate(iso: string | null | undefined) {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
/**
 * Opening hours are stored in one neutral form ("Mon–Fri 09:00–18:00"); this shows the weekday
 * abbreviations in the UI language (kk «Дс–Жм», ru «Пн–Пт») and leaves any other text as typed.
 */
export function formatOpeningHours(text: string | null | undefined, locale: string) {
  if (!text) return '';
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return text.replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/g, (day) => {
    // 2024-08-05 was a Monday.
    const name = format.format(
      new Date(Date.UTC(2024, 7, 5 + WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]))),
    );
    return name.charAt(0).toUpperCase() + name.slice(1);
  });
}
