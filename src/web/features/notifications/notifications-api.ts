import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationList } from '../../../shared/contracts/notifications';
import { api } from '../../lib/api';

const KEY = ['notifications'] as const;

/** The signed-in user's newest notifications and unread count, checked again every minute. */
export const useNotifications = () =>
  useQuery({
    queryKey: KEY,
    queryFn: () => api.get<NotificationList>('/api/v1/notifications?limit=20'),
    refetchInterval: 60_000,
  });

/** Marks one notification read (`id`) or all of them (`'all'`). */
export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number | 'all') =>
      api.send<void>(
        'POST',
        id === 'all' ? '/api/v1/notifications/read-all' : `/api/v1/notifications/${id}/read`,
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** Tell the bell to look again now (after a step that notifies someone, or on opening it). */
export const refreshNotifications = (qc: ReturnType<typeof useQueryClient>) =>
  qc.invalidateQueries({ queryKey: KEY });
