import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanStatus } from '../../../../shared/contracts/plan-content';
import type {
  NewPlanComment,
  PlanAction,
  PlanActionRequest,
  PlanCommentResolution,
  PlanDiff,
  PlanReview,
  ReviewQueue,
} from '../../../../shared/contracts/plan-review';
import { api, toQuery } from '../../../lib/api';
import { refreshNotifications } from '../../notifications/notifications-api';

// Under 'plans' so the plan page's save (which invalidates ['plans']) refreshes the revision shown here.
const KEY = ['plans', 'review'] as const;

/** The review side of a plan: status, trail, comments, items and the steps the caller may take. */
export const usePlanReview = (planId: number) =>
  useQuery({
    queryKey: [...KEY, planId],
    queryFn: () => api.get<PlanReview>(`/api/v1/plans/${planId}/review`),
    enabled: planId > 0,
    retry: false,
  });

/** Everything a review step changes: this plan's review, the plan itself (status, editability), lists, the bell. */
function useAfterChange(planId: number) {
  const qc = useQueryClient();
  return (review: PlanReview) => {
    qc.setQueryData([...KEY, planId], review);
    refreshNotifications(qc);
    return Promise.all([
      qc.invalidateQueries({ queryKey: ['plans'] }),
      qc.invalidateQueries({ queryKey: [...KEY, 'queue'] }),
      qc.invalidateQueries({ queryKey: [...KEY, 'diff', planId] }),
    ]);
  };
}

/** Takes a review step at the revision the screen shows. */
export function usePlanAction(planId: number) {
  const after = useAfterChange(planId);
  return useMutation({
    mutationFn: ({ action, body }: { action: PlanAction; body: PlanActionRequest }) =>
      api.send<PlanReview>('POST', `/api/v1/plans/${planId}/actions/${action}`, body),
    onSuccess: after,
  });
}

/** Adds a comment on the plan or one item. */
export function useAddPlanComment(planId: number) {
  const after = useAfterChange(planId);
  return useMutation({
    mutationFn: (body: NewPlanComment) =>
      api.send<PlanReview>('POST', `/api/v1/plans/${planId}/comments`, body),
    onSuccess: after,
  });
}

/** Marks a reviewer's comment resolved or open again (the plan's manager, while amending). */
export function useResolvePlanComment(planId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, body }: { commentId: number; body: PlanCommentResolution }) =>
      api.send<PlanReview>('PUT', `/api/v1/plans/${planId}/comments/${commentId}/resolution`, body),
    onSuccess: (review) => qc.setQueryData([...KEY, planId], review),
  });
}

/** Plans of one status in the caller's scope, or (no status) those waiting for the caller. */
export const useReviewQueue = (status?: PlanStatus) =>
  useQuery({
    queryKey: [...KEY, 'queue', status ?? 'mine'],
    queryFn: () => api.get<ReviewQueue>(`/api/v1/plans/review-queue${toQuery({ status })}`),
  });

/** What changed from one version of a plan to another. */
export const usePlanDiff = (planId: number, from: number | null, to: number) =>
  useQuery({
    queryKey: [...KEY, 'diff', planId, from, to],
    queryFn: () => api.get<PlanDiff>(`/api/v1/plans/${planId}/diff${toQuery({ from, to })}`),
    enabled: planId > 0 && from !== null && from !== to,
  });
