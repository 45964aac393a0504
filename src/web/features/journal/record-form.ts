import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { ServiceFormat } from '../../../shared/constants/journal';
import type { ServiceType } from '../../../shared/contracts/journal';
import {
  type JournalRecord,
  type NewJournalRecord,
  newJournalRecordSchema,
} from '../../../shared/contracts/journal-records';
import type { Youth } from '../../../shared/contracts/youth';
import { zodValidate } from '../../lib/zod-form';

/** The values of a journal record form (quick entry and correction). */
export interface RecordFormValues {
  youth: Pick<Youth, 'id' | 'lastName' | 'firstName' | 'middleName' | 'birthDate' | 'status'> | null;
  /** The young person stays unnamed (only where the service type allows it). */
  anonymous: boolean;
  serviceTypeId: string | null;
  serviceDate: string | null;
  serviceTime: string;
  format: ServiceFormat;
  durationMinutes: string | number;
  programmeId: string | null;
  referral: string | null;
  outcome: string | null;
  notes: string;
}

/** The API body of a form's values. */
export function toRecordInput(v: RecordFormValues): NewJournalRecord {
  return {
    serviceTypeId: Number(v.serviceTypeId),
    youthId: v.anonymous ? null : (v.youth?.id ?? null),
    serviceDate: v.serviceDate ?? '',
    serviceTime: v.serviceTime || null,
    format: v.format,
    durationMinutes: v.durationMinutes === '' ? null : Number(v.durationMinutes),
    programmeId: v.programmeId ? Number(v.programmeId) : null,
    referral: (v.referral || null) as NewJournalRecord['referral'],
    outcome: (v.outcome || null) as NewJournalRecord['outcome'],
    notes: v.notes.trim() || null,
  };
}

/** The form's values of a stored record, for correcting it. */
export function recordFormValues(r: JournalRecord, youth: RecordFormValues['youth']): RecordFormValues {
  return {
    youth,
    anonymous: r.youthId === null,
    serviceTypeId: String(r.serviceTypeId),
    serviceDate: r.serviceDate,
    serviceTime: r.serviceTime?.slice(0, 5) ?? '',
    format: r.format,
    durationMinutes: r.durationMinutes ?? '',
    programmeId: r.programmeId ? String(r.programmeId) : null,
    referral: r.referral,
    outcome: r.outcome,
    notes: r.notes ?? '',
  };
}

/**
 * The shared contract's checks plus the two the form knows before the server: a named young person
 * unless the record is unnamed, and unnamed only where the service type allows it.
 */
export function validateRecord(t: TFunction, typeOf: (id: number) => ServiceType | undefined) {
  const base = zodValidate(newJournalRecordSchema, t);
  return (v: RecordFormValues): FormErrors => {
    const input = toRecordInput(v);
    const errors: FormErrors = base({ ...input, serviceTypeId: v.serviceTypeId ?? '' });
    if (!v.serviceDate) errors.serviceDate = t('errors:field.required');
    if (!v.serviceTypeId) errors.serviceTypeId = t('errors:field.required');
    const type = v.serviceTypeId ? typeOf(Number(v.serviceTypeId)) : undefined;
    if (v.anonymous && type && !type.allowsAnonymous)
      errors.youthId = t('errors:field.anonymous_not_allowed');
    if (!v.anonymous && !v.youth) errors.youthId = t('errors:field.required');
    return errors;
  };
}
