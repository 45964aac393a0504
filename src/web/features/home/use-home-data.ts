import { useQuery } from '@tanstack/react-query';
import type { HomeSummary } from '../../../shared/contracts/home';
import { api } from '../../lib/api';

/** Key counts and per-region figures of the caller's scope (the server filters by scope). */
export function useHomeSummary() {
  return useQuery({
    queryKey: ['home', 'summary'],
    queryFn: () => api.get<HomeSummary>('/api/v1/home/summary'),
  });
}
