import i18next, { type i18n, type TFunction } from 'i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../constants/roles';
import { NAMESPACES, resources } from './resources';

export { NAMESPACES, resources };

/** Picks the best supported locale from an Accept-Language header or navigator.languages. */
export function pickLocale(candidates: readonly string[] | string | undefined | null): Locale {
  const list = typeof candidates === 'string' ? parseAcceptLanguage(candidates) : (candidates ?? []);
  for (const tag of list) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LOCALES as readonly string[]).includes(base)) return base as Locale;
  }
  return DEFAULT_LOCALE;
}

function parseAcceptLanguage(header: string): string[] {
  return header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag, q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((x) => x.tag);
}

/** Options shared by the server's and the web's i18next instances. */
export const i18nOptions = {
  resources,
  ns: NAMESPACES as unknown as string[],
  defaultNS: 'common',
  fallbackLng: false as const,
  supportedLngs: LOCALES as unknown as string[],
  interpolation: { escapeValue: false },
  returnNull: false,
};

let serverInstance: i18n | undefined;

/** A translator for one locale, for server-side messages (problem+json, files). */
export function translator(locale: Locale): TFunction {
  if (!serverInstance) {
    serverInstance = i18next.createInstance();
    serverInstance.init({ ...i18nOptions, lng: DEFAULT_LOCALE, initAsync: false });
  }
  return serverInstance.getFixedT(locale);
}
