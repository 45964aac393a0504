import type { TFunction } from 'i18next';
import type { ServiceType } from '../../../shared/contracts/journal';
import type { JournalRecord, JournalRecordHistoryEntry } from '../../../shared/contracts/journal-records';
import type { HistoryEntry } from '../../../shared/contracts/registry';
import { formatDate, localized } from '../../lib/localized';
import { type ProgrammeWithId, programmeName } from './record-options';

type Values = Record<string, unknown> | null;

// History fields whose form label has another key.
const LABELS: Record<string, string> = {
  youthId: 'youth',
  serviceTypeId: 'serviceType',
  programmeId: 'programme',
  specialistName: 'specialist',
};

// The fields a reader of a record's history cares about, in the order the record page shows them.
const FIELDS = [
  'youthId',
  'serviceTypeId',
  'serviceDate',
  'serviceTime',
  'format',
  'durationMinutes',
  'specialistName',
  'programmeId',
  'referral',
  'outcome',
  'notes',
] as const;

/**
 * A record's audit entries as the shared history list shows them: field names and values already
 * in the UI language (service type and programme by name, codes translated, dates dd.mm.yyyy), the
 * reason of a correction or deletion as a row of its own, bookkeeping columns left out. The young
 * person is named when they are the record's current one (the history holds only ids).
 */
export function readableHistory(
  t: TFunction,
  lang: string,
  types: Map<number, ServiceType>,
  programmes: ProgrammeWithId[] | undefined,
  record: Pick<JournalRecord, 'youthId' | 'youthName'> | undefined,
) {
  const value = (field: string, v: unknown): unknown => {
    if (field === 'youthId')
      return v == null
        ? t('journal:list.unnamed')
        : v === record?.youthId && record.youthName
          ? record.youthName
          : `№ ${v}`;
    if (v === null || v === undefined || v === '') return null;
    switch (field) {
      case 'serviceTypeId': {
        const type = types.get(Number(v));
        return type ? localized(type.name, lang) : String(v);
      }
      case 'programmeId':
        return programmeName(programmes, Number(v), lang) ?? String(v);
      case 'format':
      case 'referral':
      case 'outcome':
        return t(`journal:${field}.${v}`, { defaultValue: String(v) });
      case 'serviceDate':
        return formatDate(String(v));
      case 'serviceTime':
        return String(v).slice(0, 5);
      case 'durationMinutes':
        return t('journal:list.minutes', { count: Number(v) });
      default:
        return typeof v === 'object' ? JSON.stringify(v) : String(v);
    }
  };
  const readable = (values: Values): Values => {
    if (!values) return null;
    const out: Record<string, unknown> = {};
    for (const f of FIELDS) {
      if (!(f in values)) continue;
      const label = LABELS[f] ?? f;
      out[t(`journal:recordField.${label}`)] = value(f, values[f]);
    }
    for (const [k, v] of Object.entries(values))
      if (/reason/i.test(k) && v) out[t('journal:record.reason')] = String(v);
    return out;
  };
  return (entries: JournalRecordHistoryEntry[]): HistoryEntry[] =>
    entries.map((e) => {
      const kind = /delete/i.test(e.action)
        ? 'deleted'
        : /create|insert|record$/i.test(e.action)
          ? 'created'
          : 'corrected';
      return {
        ...e,
        action: t(`journal:history.${kind}`),
        before: readable(e.before),
        after: readable(e.after),
      };
    });
}
