import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { pageOf } from '../../../shared/contracts/common';
import type { District, Region } from '../../../shared/contracts/reference';
import type {
  Centre,
  CentreInput,
  CentresQuery,
  HistoryEntry,
  StaffInput,
  StaffMember,
  StaffQuery,
} from '../../../shared/contracts/registry';
import { api, toQuery } from '../../lib/api';

/** One page of a list, as the API answers it. */
export type Page<T> = Omit<z.infer<ReturnType<typeof pageOf>>, 'items'> & { items: T[] };

/** List filters as the pages keep them (every value optional; the server applies defaults). */
export type CentresFilter = Partial<CentresQuery>;
export type StaffFilter = Partial<StaffQuery>;

const KEYS = {
  centres: ['registry', 'centres'] as const,
  staff: ['registry', 'staff'] as const,
};

/** Regions the signed-in user may see (a regional user gets only theirs). */
export const useRegions = () =>
  useQuery({
    queryKey: ['reference', 'regions'],
    queryFn: () => api.get<Region[]>('/api/v1/regions'),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Districts and cities of one region; idle until a region is chosen. */
export const useDistricts = (regionCode: string | undefined | null) =>
  useQuery({
    queryKey: ['reference', 'districts', regionCode],
    queryFn: () => api.get<District[]>(`/api/v1/districts${toQuery({ regionCode })}`),
    enabled: !!regionCode,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useCentres = (filter: CentresFilter, enabled = true) =>
  useQuery({
    queryKey: [...KEYS.centres, 'list', filter],
    queryFn: () => api.get<Page<Centre>>(`/api/v1/centres${toQuery(filter)}`),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useCentre = (id: number) =>
  useQuery({
    queryKey: [...KEYS.centres, id],
    queryFn: () => api.get<Centre>(`/api/v1/centres/${id}`),
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });

export const useCentreHistory = (id: number) =>
  useQuery({
    queryKey: [...KEYS.centres, id, 'history'],
    queryFn: () => api.get<HistoryEntry[]>(`/api/v1/centres/${id}/history`),
  });

/** Creates a centre (no id) or saves an existing one. */
export function useSaveCentre(id?: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CentreInput) =>
      id
        ? api.send<Centre>('PUT', `/api/v1/centres/${id}`, input)
        : api.send<Centre>('POST', '/api/v1/centres', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEYS.centres }),
  });
}

/** Deactivates or reactivates a centre with a reason. */
export function useCentreStatus(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, reason }: { action: 'deactivate' | 'reactivate'; reason: string }) =>
      api.send<Centre>('POST', `/api/v1/centres/${id}/${action}`, { reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEYS.centres }),
  });
}

export const useStaffList = (filter: StaffFilter, enabled = true) =>
  useQuery({
    queryKey: [...KEYS.staff, 'list', filter],
    queryFn: () => api.get<Page<StaffMember>>(`/api/v1/staff${toQuery(filter)}`),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useStaffMember = (id: number) =>
  useQuery({
    queryKey: [...KEYS.staff, id],
    queryFn: () => api.get<StaffMember>(`/api/v1/staff/${id}`),
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });

export const useStaffHistory = (id: number) =>
  useQuery({
    queryKey: [...KEYS.staff, id, 'history'],
    queryFn: () => api.get<HistoryEntry[]>(`/api/v1/staff/${id}/history`),
  });

/** Creates a staff member (no id) or saves an existing one; centre staff counts change too. */
export function useSaveStaff(id?: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: StaffInput) =>
      id
        ? api.send<StaffMember>('PUT', `/api/v1/staff/${id}`, input)
        : api.send<StaffMember>('POST', '/api/v1/staff', input),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: KEYS.staff });
      qc.invalidateQueries({ queryKey: KEYS.centres });
    },
  });
}

/** Records that a staff member left on a date. */
export function useStaffLeave(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (leaveDate: string) =>
      api.send<StaffMember>('POST', `/api/v1/staff/${id}/leave`, { leaveDate }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: KEYS.staff });
      qc.invalidateQueries({ queryKey: KEYS.centres });
    },
  });
}

/** URL of a list export in the given format with the list's current filters (paging dropped). */
export function exportUrl(
  list: 'centres' | 'staff',
  format: 'xlsx' | 'csv',
  filter: Record<string, unknown>,
) {
  const { page: _page, pageSize: _size, ...rest } = filter;
  return `/api/v1/${list}/export${toQuery({ format, ...rest })}`;
}
