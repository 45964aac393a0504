import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanContent, PlanStatus } from '../../../../shared/contracts/plan-content';
import type {
  ActivityTemplate,
  ActivityTemplateFields,
  NewPlan,
  PlanDetail,
  PlanPage,
} from '../../../../shared/contracts/plans';
import { api, toQuery } from '../../../lib/api';

// Under 'plans' so that the review panel's invalidation of ['plans'] refreshes the page after a step.
const KEY = ['plans', 'plan'] as const;

/** Plans in scope, filtered. */
export const usePlanList = (filter: { status?: PlanStatus | null; year?: number | null; page: number }) =>
  useQuery({
    queryKey: [...KEY, 'list', filter],
    queryFn: () => api.get<PlanPage>(`/api/v1/plans${toQuery({ ...filter, pageSize: 50 })}`),
  });

/** One plan with its current content. */
export const usePlan = (id: number) =>
  useQuery({ queryKey: [...KEY, id], queryFn: () => api.get<PlanDetail>(`/api/v1/plans/${id}`) });

/** Generates a centre's draft plan for a year. */
export function useGeneratePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPlan) => api.send<PlanDetail>('POST', '/api/v1/plans', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['plans'] }),
  });
}

/** Saves the current content at the revision read. */
export function useSavePlanContent(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { revision: number; content: PlanContent }) =>
      api.send<PlanDetail>('PUT', `/api/v1/plans/${id}/content`, body),
    onSuccess: (plan) => {
      qc.setQueryData([...KEY, id], plan);
      // The monitoring panel shows the current version's KPIs, so a saved KPI change shows there too.
      return Promise.all([
        qc.invalidateQueries({ queryKey: ['plans'] }),
        qc.invalidateQueries({ queryKey: ['plan-monitoring', id] }),
      ]);
    },
  });
}

/** The activity library. */
export const useActivityTemplates = () =>
  useQuery({
    queryKey: ['activity-templates'],
    queryFn: () => api.get<{ items: ActivityTemplate[] }>('/api/v1/activity-templates'),
  });

/** Adds (no id) or changes (id) a template of the library. */
export function useSaveActivityTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, fields }: { id: number | null; fields: ActivityTemplateFields }) =>
      id === null
        ? api.send<ActivityTemplate>('POST', '/api/v1/activity-templates', fields)
        : api.send<ActivityTemplate>('PUT', `/api/v1/activity-templates/${id}`, fields),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['activity-templates'] }),
  });
}
