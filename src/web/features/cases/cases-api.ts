import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail, CaseListQuery, CaseOptions, CaseSummary } from '../../../shared/contracts/cases';
import type { Youth } from '../../../shared/contracts/youth';
import { api, toQuery } from '../../lib/api';

const KEY = ['cases'] as const;

/** Roles that open and work on cases (the server's rules decide per case). */
export const CASE_WRITER_ROLES = ['specialist', 'center_manager'] as const;

/** A caseload page. */
export const useCases = (query: Partial<CaseListQuery>) =>
  useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () =>
      api.get<{ items: CaseSummary[]; total: number; page: number; pageSize: number }>(
        `/api/v1/cases${toQuery(query)}`,
      ),
    placeholderData: keepPreviousData,
  });

/** One case with steps, timeline and the actions allowed to the caller today. */
export const useCase = (id: number) =>
  useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: () => api.get<CaseDetail>(`/api/v1/cases/${id}`),
    enabled: id > 0,
    retry: false,
  });

/** Case workers of a centre (own centre by default) and the state programmes for referrals. */
export const useCaseOptions = (centreId?: number | null) =>
  useQuery({
    queryKey: [...KEY, 'options', centreId ?? null],
    queryFn: () => api.get<CaseOptions>(`/api/v1/cases/options${toQuery({ centreId })}`),
  });

/** Every change answers the case as it now is; the page shows it at once. */
export function useCaseChange(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: object }) =>
      api.send<CaseDetail>('POST', `/api/v1/cases/${id}${path}`, body),
    onSuccess: (c) => {
      qc.setQueryData([...KEY, 'one', c.id], c);
      return qc.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

/** Opens a case. */
export function useOpenCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { youthId: number; caseWorkerId?: number; goal?: string; openedOn?: string }) =>
      api.send<CaseDetail>('POST', '/api/v1/cases', body),
    onSuccess: (c) => {
      qc.setQueryData([...KEY, 'one', c.id], c);
      return qc.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

/** NEET young people in scope with consent in force, by name. */
export const useNeetYouthSearch = (q: string) =>
  useQuery({
    queryKey: ['youth', 'search', 'neet', q],
    queryFn: () =>
      api.get<{ items: Youth[]; total: number }>(
        `/api/v1/youth${toQuery({ q, status: 'neet', pageSize: 10 })}`,
      ),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });

/** One young person by id (for a link that names whom to open a case for); undefined until loaded. */
export function usePresetYouth(id: number): Youth | undefined {
  const found = useQuery({
    queryKey: ['youth', 'one', id],
    queryFn: () => api.get<Youth>(`/api/v1/youth/${id}`),
    enabled: id > 0,
    retry: false,
  });
  return found.data;
}
