import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  NewSurvey,
  PublicSurvey,
  Survey,
  SurveyAnswerBody,
  SurveyPage,
  SurveyResults,
} from '../../../../shared/contracts/surveys';
import { api, toQuery } from '../../../lib/api';

const KEY = ['surveys'] as const;

/** Surveys in the caller's scope. */
export const useSurveys = (filter: { page: number; year?: number }) =>
  useQuery({
    queryKey: [...KEY, 'list', filter],
    queryFn: () => api.get<SurveyPage>(`/api/v1/surveys${toQuery({ ...filter, pageSize: 50 })}`),
    placeholderData: keepPreviousData,
  });

export const useSurvey = (id: number) =>
  useQuery({ queryKey: [...KEY, id], queryFn: () => api.get<Survey>(`/api/v1/surveys/${id}`) });

export const useSurveyResults = (id: number) =>
  useQuery({
    queryKey: [...KEY, id, 'results'],
    queryFn: () => api.get<SurveyResults>(`/api/v1/surveys/${id}/results`),
  });

export function useCreateSurvey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSurvey) => api.send<Survey>('POST', '/api/v1/surveys', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** Refreshes a survey's counts and results after an import. */
export function useRefreshSurvey(id: number) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: [...KEY, id] });
}

/** The public survey behind a link (no sign-in). */
export const usePublicSurvey = (token: string) =>
  useQuery({
    queryKey: ['public-survey', token],
    queryFn: () => api.get<PublicSurvey>(`/api/public/v1/surveys/${encodeURIComponent(token)}`),
    retry: false,
  });

export const useAnswerSurvey = (token: string) =>
  useMutation({
    mutationFn: (body: SurveyAnswerBody) =>
      api.send<{ received: true }>(
        'POST',
        `/api/public/v1/surveys/${encodeURIComponent(token)}/answers`,
        body,
      ),
  });

/** The public page's address of a survey on this site. */
export const publicSurveyUrl = (token: string) => `${window.location.origin}/s/${token}`;
