import { useQuery } from '@tanstack/react-query';
import type { CentreKind } from '../../../shared/constants/registry';
import type { Dashboard, DashboardQuery, Targets } from '../../../shared/contracts/analytics';
import type { PlanProgress } from '../../../shared/contracts/plan-progress';
import { api, toQuery } from '../../lib/api';

/** The dashboard of the caller's scope and the chosen filters (the server narrows by scope). */
export const useDashboard = (query: DashboardQuery) =>
  useQuery({
    queryKey: ['analytics', 'dashboard', query],
    queryFn: () => api.get<Dashboard>(`/api/v1/analytics/dashboard${toQuery({ ...query })}`),
    placeholderData: (previous) => previous,
  });

/** Progress of the scope against the national targets in a year. */
export const useTargets = (year: number, regionCode?: string) =>
  useQuery({
    queryKey: ['analytics', 'targets', year, regionCode],
    queryFn: () => api.get<Targets>(`/api/v1/analytics/targets${toQuery({ year, regionCode })}`),
  });

/** How the scope's development plans of a year are going. */
export const usePlanProgress = (place: {
  year: number;
  regionCode?: string;
  centreId?: number;
  centreKind?: CentreKind;
}) =>
  useQuery({
    queryKey: ['analytics', 'plan-progress', place],
    queryFn: () => api.get<PlanProgress>(`/api/v1/analytics/plan-progress${toQuery({ ...place })}`),
  });
