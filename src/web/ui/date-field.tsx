import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** dd.mm.yyyy (also d.m.yyyy) or ISO typed by hand, as the ISO date the API takes; null if not a real date. */
export function parseTypedDate(text: string): string | null {
  const t = text.trim();
  const m = t.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/) ?? t.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return null;
  const [y, mo, d] = t.includes('.') ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(mo) - 1 ||
    date.getUTCDate() !== Number(d)
  ) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** ISO date (yyyy-mm-dd), or empty. */
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/**
 * A date shown and typed as dd.mm.yyyy, the way dates are written in Kazakhstan, whatever the
 * browser's own locale; the calendar speaks the UI language (DatesProvider in the app providers).
 */
export function DateField({ value, onChange, onBlur, error, ...rest }: Props) {
  const { t } = useTranslation();
  // The calendar input drops text it cannot parse when it loses focus; say why instead of
  // leaving the user with an empty field and a bare "required".
  const [unparsable, setUnparsable] = useState(false);
  return (
    <DateInput
      valueFormat="DD.MM.YYYY"
      placeholder={t('common:datePlaceholder')}
      dateParser={parseTypedDate}
      leftSection={<IconCalendar size={16} aria-hidden />}
      clearable={!rest.required}
      {...rest}
      error={unparsable ? t('errors:field.invalid_date') : error}
      value={value || null}
      onChange={(v) => {
        setUnparsable(false);
        onChange?.(v ? String(v).slice(0, 10) : null);
      }}
      onBlur={(event) => {
        const typed = event.currentTarget.value.trim();
        setUnparsable(typed !== '' && parseTypedDate(typed) === null);
        onBlur?.(event);
      }}
    />
  );
}
