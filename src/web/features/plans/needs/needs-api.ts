import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NeedsProfile } from '../../../../shared/contracts/needs';
import type {
  NeedsMethodologyRevision,
  NeedsMethodologySave,
} from '../../../../shared/contracts/needs-methodology';
import { api, toQuery } from '../../../lib/api';

const KEY = ['needs'] as const;

/** A centre's needs profile for a year; idle until a centre is chosen. */
export const useNeedsProfile = (centreId: number | null, year: number) =>
  useQuery({
    queryKey: [...KEY, 'profile', centreId, year],
    queryFn: () => api.get<NeedsProfile>(`/api/v1/needs/profile${toQuery({ centreId, year })}`),
    enabled: centreId !== null,
  });

/** The years that have a methodology, with their current revision. */
export const useMethodologyYears = () =>
  useQuery({
    queryKey: [...KEY, 'methodology'],
    queryFn: () =>
      api.get<{ items: { year: number; revision: number; updatedAt: string }[] }>(
        '/api/v1/needs/methodology',
      ),
  });

/** One revision of a year's methodology (the current one when none is named). */
export const useMethodology = (year: number, revision: number | null) =>
  useQuery({
    queryKey: [...KEY, 'methodology', year, revision],
    queryFn: () =>
      api.get<NeedsMethodologyRevision>(
        `/api/v1/needs/methodology/${year}${toQuery({ revision: revision ?? undefined })}`,
      ),
    retry: false,
  });

/** Every revision of a year's methodology, newest first. */
export const useMethodologyRevisions = (year: number) =>
  useQuery({
    queryKey: [...KEY, 'methodology', year, 'revisions'],
    queryFn: () =>
      api.get<{ items: NeedsMethodologyRevision[] }>(`/api/v1/needs/methodology/${year}/revisions`),
  });

/** Saves a year's methodology as a new revision; profiles are recomputed with it. */
export function useSaveMethodology(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NeedsMethodologySave) =>
      api.send<NeedsMethodologyRevision>('PUT', `/api/v1/needs/methodology/${year}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
