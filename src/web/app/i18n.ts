import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../shared/constants/roles';
import { i18nOptions, pickLocale } from '../../shared/i18n';

const STORAGE_KEY = 'jastar.locale';

/** Language before sign-in: last chosen on this device, else the browser's. */
export function initialLocale(): Locale {
  return pickLocale([localStorage.getItem(STORAGE_KEY) ?? '', ...navigator.languages]);
}

export const i18n = i18next.createInstance();
i18n.use(initReactI18next).init({ ...i18nOptions, lng: initialLocale(), initAsync: false });

/** Switches the UI language and remembers it on this device (the server remembers it per user). */
export function applyLocale(locale: Locale) {
  localStorage.setItem(STORAGE_KEY, locale);
  return i18n.changeLanguage(locale);
}

// <html lang> follows the UI language whichever way it changes: screen readers pick their voice
// from it, and the API client sends it as Accept-Language.
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (locale) => {
  document.documentElement.lang = locale;
});
