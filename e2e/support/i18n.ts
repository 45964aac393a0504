import type { Locale } from '../../src/shared/constants/roles';
import { translator } from '../../src/shared/i18n';

/**
 * A UI text exactly as the app shows it in a language (`ns:key`, default namespace `common`), so
 * specs find elements by the words a user reads. A missing key fails loudly instead of matching the
 * raw key by accident.
 */
export function text(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const value = translator(locale)(key, params) as unknown as string;
  const bare = key.includes(':') ? key.split(':')[1] : key;
  if (!value || value === key || value === bare) throw new Error(`No ${locale} text for i18n key "${key}"`);
  return value;
}

/** A RegExp that matches the text literally (for getByRole names that carry extra words). */
export const literally = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
