import { describe, expect, it } from 'vitest';
import { LOCALES } from '../constants/roles';
import { NAMESPACES, resources } from './resources';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** CLDR plural categories each locale must provide for a plural key. */
const PLURALS: Record<string, string[]> = {
  kk: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  en: ['one', 'other'],
};

function flatten(obj: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') Object.assign(out, flatten(v, key));
    else out[key] = String(v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  for (const ns of NAMESPACES) {
    it(`${ns}: every key, plural form and placeholder exists in kk, ru and en`, () => {
      const byLocale = Object.fromEntries(LOCALES.map((l) => [l, flatten(resources[l][ns])]));
      const baseKeys = (l: string) =>
        new Set(Object.keys(byLocale[l]).map((k) => k.replace(PLURAL_SUFFIX, '')));
      const all = new Set(LOCALES.flatMap((l) => [...baseKeys(l)]));
      for (const locale of LOCALES) {
        const strings = byLocale[locale];
        for (const key of all) {
          const isPlural = LOCALES.some((l) =>
            Object.keys(byLocale[l]).some((k) => k.startsWith(`${key}_`) && PLURAL_SUFFIX.test(k)),
          );
          if (isPlural) {
            for (const form of PLURALS[locale]) {
              expect(strings[`${key}_${form}`], `${locale}/${ns}: ${key}_${form}`).toBeTruthy();
            }
          } else {
            expect(strings[key], `${locale}/${ns}: ${key}`).toBeTruthy();
          }
        }
      }
      // Same placeholders in every language (compared on the base key's "other" form for plurals).
      for (const key of Object.keys(byLocale.en)) {
        const base = key.replace(PLURAL_SUFFIX, '');
        const pick = (l: string) => byLocale[l][key] ?? byLocale[l][`${base}_other`];
        const expected = placeholders(pick('en'));
        for (const locale of ['kk', 'ru']) {
          expect(placeholders(pick(locale) ?? ''), `${locale}/${ns}: ${key}`).toEqual(expected);
        }
      }
    });
  }
});
