import { useQuery } from '@tanstack/react-query';
import type { Dashboard, DashboardQuery } from '../../../shared/contracts/analytics';
import { api, toQuery } from '../../lib/api';

/** The dashboard of the caller's scope and the chosen filters (the server narrows by scope). */
export const useDashboard = (query: DashboardQuery) =>
  useQuery({
    queryKey: ['analytics', 'dashboard', query],
    queryFn: () => api.get<Dashboard>(`/api/v1/analytics/dashboard${toQuery({ ...query })}`),
    placeholderData: (previous) => previous,
  });
