import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  NewYouth,
  Youth,
  YouthListQuery,
  YouthProgrammes,
  YouthUpdate,
  youthCreatedSchema,
} from '../../../shared/contracts/youth';
import { api, toQuery } from '../../lib/api';
import type { Page } from '../registry/registry-api';

/** The answer to a registration or an edit: the record, age warnings and possible duplicates. */
export type YouthSaved = z.infer<typeof youthCreatedSchema>;

const KEY = ['youth'] as const;

/** A page of young people in scope (search by name, phone digits or dd.mm.yyyy birth date). */
export const useYouthList = (filter: Partial<YouthListQuery>, enabled = true) =>
  useQuery({
    queryKey: [...KEY, 'list', filter],
    queryFn: () => api.get<Page<Youth>>(`/api/v1/youth${toQuery(filter)}`),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useYouth = (id: number) =>
  useQuery({
    queryKey: [...KEY, id],
    queryFn: () => api.get<Youth>(`/api/v1/youth/${id}`),
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });

export const useYouthProgrammes = (id: number, enabled = true) =>
  useQuery({
    queryKey: [...KEY, id, 'programmes'],
    queryFn: () => api.get<YouthProgrammes>(`/api/v1/youth/${id}/programmes`),
    enabled: enabled && Number.isInteger(id) && id > 0,
  });

/** Registers a young person (no id) or saves an edit. */
export function useSaveYouth(id?: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: NewYouth | YouthUpdate) =>
      id
        ? api.send<YouthSaved>('PUT', `/api/v1/youth/${id}`, input)
        : api.send<YouthSaved>('POST', '/api/v1/youth', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** Merges the record `id` into `intoId`; answers the record that stays. */
export function useMergeYouth(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (intoId: number) => api.send<Youth>('POST', `/api/v1/youth/${id}/merge`, { intoId }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** Withdraws the person's consent: their personal data are erased. */
export function useWithdrawConsent(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.send<Youth>('POST', `/api/v1/youth/${id}/consent/withdraw`),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** "Last First Middle" of a record, or an empty string after consent withdrawal. */
export function fullName(y: Pick<Youth, 'lastName' | 'firstName' | 'middleName'>): string {
  return [y.lastName, y.firstName, y.middleName].filter(Boolean).join(' ');
}
