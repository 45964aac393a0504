import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EvaluationCentre,
  EvaluationRating,
  EvaluationWeights,
  EvaluationWeightsChange,
} from '../../../../shared/contracts/evaluation';
import { api, toQuery } from '../../../lib/api';

/** The rating of a year, of the caller's scope or (national users) one region. */
export const useRating = (year: number, regionCode: string | null) =>
  useQuery({
    queryKey: ['evaluation', 'rating', year, regionCode],
    queryFn: () => api.get<EvaluationRating>(`/api/v1/evaluation/rating${toQuery({ year, regionCode })}`),
  });

/** One centre's score with its components and the figures behind them. */
export const useCentreEvaluation = (centreId: number, year: number) =>
  useQuery({
    queryKey: ['evaluation', 'centre', centreId, year],
    queryFn: () => api.get<EvaluationCentre>(`/api/v1/evaluation/centres/${centreId}${toQuery({ year })}`),
  });

/** The weights in force for a year and the year's revisions. */
export const useEvaluationWeights = (year: number) =>
  useQuery({
    queryKey: ['evaluation', 'weights', year],
    queryFn: () => api.get<EvaluationWeights>(`/api/v1/evaluation/weights/${year}`),
  });

/** Saves a year's weights as its next revision; every rating is read again afterwards. */
export function useSaveEvaluationWeights(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (change: EvaluationWeightsChange) =>
      api.send<EvaluationWeights>('PUT', `/api/v1/evaluation/weights/${year}`, change),
    onSuccess: (saved) => {
      qc.setQueryData(['evaluation', 'weights', year], saved);
      return qc.invalidateQueries({ queryKey: ['evaluation'] });
    },
  });
}
