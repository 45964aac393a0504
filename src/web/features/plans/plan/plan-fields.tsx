import { ActionIcon, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/constants/roles';
import type { PlanContent, PlanText } from '../../../../shared/contracts/plan-content';
import { planText } from '../../../../shared/plan-text';
import type { PlanSection } from './plan-edit';

/** What every editable section receives. */
export interface SectionProps {
  content: PlanContent;
  editable: boolean;
  /** Save errors keyed by their path inside the content (`kpis.2.target`). */
  errors: Record<string, string>;
  onChange: (next: PlanContent) => void;
}

/** The UI language as a plan text key (kk, ru or en). */
export function useLang(): Locale {
  const { i18n } = useTranslation();
  const lang = i18n.language.slice(0, 2);
  return lang === 'ru' || lang === 'en' ? lang : 'kk';
}

/**
 * A field's name: shown above it, or (in a table whose column header already says what it is) only
 * given to assistive technology, so long names do not crowd every cell.
 */
const labelProps = (label: string, hidden?: boolean) => (hidden ? { 'aria-label': label } : { label });

/**
 * A plan text shown and edited in the UI language; when that language is empty the text written in
 * another one shows as the placeholder (and read-only views show it as the text).
 */
export function PlanTextField({
  label,
  value,
  error,
  editable,
  multiline,
  hideLabel,
  onChange,
}: {
  label: string;
  value: PlanText;
  error?: string;
  editable: boolean;
  multiline?: boolean;
  hideLabel?: boolean;
  onChange: (next: PlanText) => void;
}) {
  const lang = useLang();
  if (!editable) return <>{planText(value, lang)}</>;
  const props = {
    ...labelProps(label, hideLabel),
    value: value[lang],
    placeholder: planText(value, lang),
    error,
    onChange: (e: { currentTarget: { value: string } }) =>
      onChange({ ...value, [lang]: e.currentTarget.value }),
  };
  return multiline ? <Textarea autosize minRows={1} {...props} /> : <TextInput {...props} />;
}

/** A whole non-negative number (right-aligned, as numbers are), or its plain text when read-only. */
export function CountField({
  label,
  value,
  error,
  editable,
  onChange,
  nullable,
  hideLabel,
}: {
  label: string;
  value: number | null;
  error?: string;
  editable: boolean;
  onChange: (next: number | null) => void;
  nullable?: boolean;
  hideLabel?: boolean;
}) {
  const { i18n } = useTranslation();
  if (!editable) return <>{value === null ? '—' : value.toLocaleString(i18n.language)}</>;
  return (
    <NumberInput
      {...labelProps(label, hideLabel)}
      // In a table the spin buttons only take width the digits need.
      hideControls={hideLabel}
      styles={{ input: { textAlign: 'right' } }}
      value={value ?? ''}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator=" "
      error={error}
      miw={hideLabel ? 80 : 90}
      onChange={(v) => onChange(v === '' ? (nullable ? null : 0) : Number(v))}
    />
  );
}

/** A reference to another item of the plan (or none), or the referenced item's label when read-only. */
export function RefField({
  label,
  value,
  options,
  error,
  editable,
  hideLabel,
  onChange,
}: {
  label: string;
  value: string | null;
  options: { value: string; label: string }[];
  error?: string;
  editable: boolean;
  hideLabel?: boolean;
  onChange: (next: string | null) => void;
}) {
  if (!editable) return <>{options.find((o) => o.value === value)?.label ?? '—'}</>;
  return (
    <Select
      {...labelProps(label, hideLabel)}
      data={options}
      value={value}
      clearable
      error={error}
      onChange={onChange}
      miw={160}
    />
  );
}

/** The remove button of a row, named after what it removes. */
export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={label} title={label} onClick={onClick}>
      ✕
    </ActionIcon>
  );
}

/** The path of a field of a row, for its save error. */
export const at = (section: PlanSection, index: number, field: string) => `${section}.${index}.${field}`;
