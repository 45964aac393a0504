import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../shared/constants/roles';
import { useCurrentUser, useSaveLocale } from '../features/auth/use-current-user';
import { applyLocale } from './i18n';

const LABELS: Record<Locale, string> = { kk: 'Қаз', ru: 'Рус', en: 'Eng' };

/**
 * kk / ru / en switch; for a signed-in user the choice is also saved on the server. `label` names
 * the group when a page shows a second switch besides the header's.
 */
export function LanguageSwitch({ label }: { label?: string } = {}) {
  const { i18n, t } = useTranslation();
  const me = useCurrentUser();
  const save = useSaveLocale();
  return (
    <SegmentedControl
      size="xs"
      aria-label={label ?? t('common:language')}
      value={i18n.language}
      // Each label in its own language, so a screen reader pronounces it right.
      data={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{LABELS[l]}</span> }))}
      onChange={(value) => {
        const locale = value as Locale;
        applyLocale(locale);
        if (me.data) save.mutate(locale);
      }}
    />
  );
}
