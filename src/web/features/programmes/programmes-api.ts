import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Programme, ProgrammeTerms, ProgrammeTermsFields } from '../../../shared/contracts/programmes';
import { api } from '../../lib/api';

const KEY = ['state-programmes'] as const;

/** Every state programme with this year's terms. */
export const useProgrammes = () =>
  useQuery({ queryKey: KEY, queryFn: () => api.get<Programme[]>('/api/v1/state-programmes') });

/** Sets a programme's terms of one year (national users and admins). */
export function useSaveTerms(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ year, input }: { year: number; input: ProgrammeTermsFields }) =>
      api.send<ProgrammeTerms>('PUT', `/api/v1/state-programmes/${code}/terms/${year}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}
