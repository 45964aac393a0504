import { Table } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, localized } from '../../lib/localized';
import { useRegions } from './registry-api';

type Record_ = Record<string, unknown> | null | undefined;

// Bookkeeping columns every row has; they say nothing a reader of the history needs.
const HIDDEN = new Set(['id', 'createdAt', 'updatedAt', 'passwordHash']);
const NAMED_BY: Record<string, string> = {
  centreId: 'centreName',
  regionCode: 'regionName',
  districtId: 'districtName',
  parentId: 'parentName',
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;

const pad = (n: number) => String(n).padStart(2, '0');
/** dd.mm.yyyy hh:mm in the browser's time zone, from an ISO timestamp. */
export function formatDateTime(iso: string) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Fields whose value differs between before and after (all fields of a created or removed record). */
export function changedFields(before: Record_, after: Record_) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  // An id next to its readable name says nothing more; show the name only.
  const named = (k: string) => NAMED_BY[k] !== undefined && keys.has(NAMED_BY[k]);
  return [...keys].filter(
    (k) =>
      !HIDDEN.has(k) &&
      !named(k) &&
      JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null),
  );
}

/** A stored value as a reader would write it: translated codes, dd.mm.yyyy dates, "—" for nothing. */
export function readableValue(field: string, value: unknown, t: TFunction, lang: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.map((v) => readableValue(field === 'services' ? 'service' : field, v, t, lang)).join(', ');
  }
  if (typeof value === 'string') {
    const codeKey = { kind: 'kind', status: 'status', service: 'service', position: 'position' }[field];
    if (codeKey) return t(`registry:${codeKey}.${value}`, { defaultValue: value });
    if (field === 'role') return t(`common:role.${value}`, { defaultValue: value });
    if (ISO_DATE.test(value)) return formatDate(value);
    if (ISO_TIMESTAMP.test(value)) return formatDateTime(value);
    return value;
  }
  if (typeof value === 'number') return formatNumber(value, lang, 6);
  if (typeof value === 'boolean') return t(value ? 'registry:value.yes' : 'registry:value.no');
  if (typeof value === 'object') {
    const names = value as Record<string, unknown>;
    if (typeof names.kk === 'string' && typeof names.ru === 'string') return localized(names as never, lang);
    return JSON.stringify(value);
  }
  return String(value);
}

/** Label of a stored field: the form's label when we know it, else the field's own name. */
export const fieldLabel = (field: string, t: TFunction) =>
  t(`registry:field.${field}`, { defaultValue: field });

/** A table of field: old value → new value for one change. */
export function ChangeDiff({ before, after, caption }: { before: Record_; after: Record_; caption: string }) {
  const { t, i18n } = useTranslation('registry');
  const regions = useRegions();
  const fields = changedFields(before, after);
  const show = (f: string, value: unknown) => {
    const region = f === 'regionCode' ? regions.data?.find((r) => r.code === value) : undefined;
    return region ? localized(region.name, i18n.language) : readableValue(f, value, t, i18n.language);
  };
  if (!fields.length) return null;
  return (
    <Table withTableBorder withColumnBorders fz="sm" aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('history.field')}</Table.Th>
          <Table.Th>{t('history.before')}</Table.Th>
          <Table.Th>{t('history.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((f) => (
          <Table.Tr key={f}>
            <Table.Td fw={500}>{fieldLabel(f, t)}</Table.Td>
            <Table.Td>{before ? show(f, before[f]) : '—'}</Table.Td>
            <Table.Td>{after ? show(f, after[f]) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
