import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  JournalListQuery,
  JournalRecord,
  JournalRecordCorrection,
  JournalRecordHistoryEntry,
  NewJournalRecord,
} from '../../../shared/contracts/journal-records';
import type { Youth } from '../../../shared/contracts/youth';
import { api, toQuery } from '../../lib/api';

const KEY = ['journal-records'] as const;
const BASE = '/api/v1/journal/records';

/** A page of journal records in the caller's scope. */
export const useJournalRecords = (query: Partial<JournalListQuery>, enabled = true) =>
  useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () =>
      api.get<{ items: JournalRecord[]; total: number; page: number; pageSize: number }>(
        `${BASE}${toQuery(query)}`,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });

/** One journal record. */
export const useJournalRecord = (id: number) =>
  useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: () => api.get<JournalRecord>(`${BASE}/${id}`),
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });

/** The change history of one record (raw audit entries; the page makes them readable). */
export const useJournalRecordHistory = <T = JournalRecordHistoryEntry[]>(
  id: number,
  select?: (h: JournalRecordHistoryEntry[]) => T,
) =>
  useQuery({
    queryKey: [...KEY, 'history', id],
    queryFn: () => api.get<JournalRecordHistoryEntry[]>(`${BASE}/${id}/history`),
    enabled: Number.isInteger(id) && id > 0,
    select,
  });

/** Records a service. */
export function useCreateRecord() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: NewJournalRecord) => api.send<JournalRecord>('POST', BASE, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...KEY, 'list'] }),
  });
}

/** Corrects a record: its values in full and the reason. */
export function useCorrectRecord(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: JournalRecordCorrection) => api.send<JournalRecord>('PUT', `${BASE}/${id}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** Deletes a record (kept in the history) with a reason. */
export function useDeleteRecord(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.send<void>('DELETE', `${BASE}/${id}`, { reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** Young people matching what was typed (names; the server may also match phone digits and birth dates). */
export const useYouthSearch = (q: string) =>
  useQuery({
    queryKey: ['youth', 'search', q],
    queryFn: () => api.get<{ items: Youth[]; total: number }>(`/api/v1/youth${toQuery({ q, pageSize: 8 })}`),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

/** One young person (to show who a record is about when correcting it). */
export const useYouth = (id: number | null | undefined) =>
  useQuery({
    queryKey: ['youth', 'one', id],
    queryFn: () => api.get<Youth>(`/api/v1/youth/${id}`),
    enabled: !!id,
  });
