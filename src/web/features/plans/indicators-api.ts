import { useQuery } from '@tanstack/react-query';
import type { Indicator, IndicatorValue } from '../../../shared/contracts/indicators';
import { api } from '../../lib/api';

/** The indicator catalogue. */
export const useIndicators = () =>
  useQuery({
    queryKey: ['indicators'],
    queryFn: () => api.get<{ items: Indicator[] }>('/api/v1/indicators'),
  });

/** Regional figures of one indicator (the server keeps a regional user to their region); idle until chosen. */
export const useIndicatorValues = (code: string | null, year: number | null) =>
  useQuery({
    queryKey: ['indicators', code, 'values', year],
    queryFn: () =>
      api.get<{ items: IndicatorValue[] }>(
        `/api/v1/indicators/${code}/values${year === null ? '' : `?year=${year}`}`,
      ),
    enabled: code !== null,
  });
