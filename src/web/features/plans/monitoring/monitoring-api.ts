import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  KpiEvidence,
  NetworkMonitoring,
  PlanMonitoring,
} from '../../../../shared/contracts/plan-monitoring';
import type { Problem } from '../../../../shared/errors';
import { ApiError, api, toQuery } from '../../../lib/api';

/** A plan's KPIs with quarterly actuals, the target expected today and a status each. */
export const usePlanMonitoring = (planId: number) =>
  useQuery({
    queryKey: ['plan-monitoring', planId],
    queryFn: () => api.get<PlanMonitoring>(`/api/v1/plans/${planId}/monitoring`),
  });

/** Where a plan's evidence file downloads from. */
export const evidenceUrl = (planId: number, evidenceId: number) =>
  `/api/v1/plans/${planId}/monitoring/evidence/${evidenceId}`;

export interface ManualActualInput {
  kpiId: string;
  quarter: number;
  value: number;
  file: File;
}

/** Enters a manual KPI's year-to-date value for a quarter with its evidence file (multipart). */
export function useEnterActual(planId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ kpiId, quarter, value, file }: ManualActualInput) => {
      const form = new FormData();
      form.append('quarter', String(quarter));
      form.append('value', String(value));
      form.append('file', file, file.name);
      const res = await fetch(`/api/v1/plans/${planId}/monitoring/kpis/${kpiId}/actuals`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'accept-language': document.documentElement.lang || 'kk' },
        body: form,
      });
      const body = await res.json().catch(() => null);
      if (!res.ok) {
        throw new ApiError(
          body && typeof body === 'object' && 'code' in body
            ? (body as Problem)
            : { type: 'about:blank', title: res.statusText, status: res.status, code: 'internal' },
        );
      }
      return body as KpiEvidence;
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['plan-monitoring', planId] }),
  });
}

/** Which centres of the region or country are behind on what in a year. */
export const useNetworkMonitoring = (year: number, regionCode: string | null, sort: string) =>
  useQuery({
    queryKey: ['plan-monitoring', 'network', year, regionCode, sort],
    queryFn: () =>
      api.get<NetworkMonitoring>(`/api/v1/plans/monitoring/network${toQuery({ year, regionCode, sort })}`),
  });
