import type { Locale } from './constants/roles';
import type { PlanText } from './contracts/plan-content';

// Kazakh and Russian readers read each other's language; English is the last resort for both.
const FALLBACK: Record<Locale, readonly Locale[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

/**
 * The text of a plan item in `lang`, or in another language when that one is empty (a person may
 * fill only the language they write in). Order: the asked language, then kk↔ru, then en.
 * Answers '' only when every language is empty, which the plan contract does not allow.
 *
 * @example planText({ kk: '', ru: 'Трудоустройство', en: 'Employment' }, 'kk') // 'Трудоустройство'
 */
export function planText(text: PlanText, lang: Locale): string {
  for (const candidate of FALLBACK[lang]) {
    const value = text[candidate].trim();
    if (value !== '') return value;
  }
  return '';
}
