import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../shared/contracts/auth';
import { applyLocale } from './i18n';

/**
 * Once signed in, the language saved on the user's account wins over the browser's. Runs only
 * when the saved value changes, so a switch the user just made is not undone while it is saved.
 */
export function useSavedLocale(user: CurrentUser | null | undefined) {
  const { i18n } = useTranslation();
  const saved = user?.locale ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacting to the language itself would undo a fresh switch
  useEffect(() => {
    if (saved && saved !== i18n.language) applyLocale(saved);
  }, [saved]);
}
