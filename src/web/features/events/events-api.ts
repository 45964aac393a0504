import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EventAttendance,
  EventListQuery,
  EventUpdate,
  GroupEvent,
  GroupEventDetail,
  NewEvent,
} from '../../../shared/contracts/events';
import type { Youth } from '../../../shared/contracts/youth';
import { api, toQuery } from '../../lib/api';

const KEY = ['events'] as const;

/** Roles that plan events and mark attendance (the server checks the centre too). */
export const EVENT_WRITER_ROLES = ['specialist', 'center_manager', 'admin'] as const;

/** A page of events in scope. */
export const useEvents = (query: Partial<EventListQuery>) =>
  useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () =>
      api.get<{ items: GroupEvent[]; total: number; page: number; pageSize: number }>(
        `/api/v1/events${toQuery(query)}`,
      ),
    placeholderData: keepPreviousData,
  });

/** One event with its registration and attendance list. */
export const useEvent = (id: number) =>
  useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: () => api.get<GroupEventDetail>(`/api/v1/events/${id}`),
    enabled: id > 0,
    retry: false,
  });

/** Every event change answers the event as it now is: the page shows it at once. */
function useEventMutation<V>(send: (vars: V) => Promise<GroupEventDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (event) => {
      qc.setQueryData([...KEY, 'one', event.id], event);
      return qc.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

export const useCreateEvent = () =>
  useEventMutation((input: NewEvent) => api.send<GroupEventDetail>('POST', '/api/v1/events', input));

export const useUpdateEvent = (id: number) =>
  useEventMutation((input: EventUpdate) => api.send<GroupEventDetail>('PUT', `/api/v1/events/${id}`, input));

/** Register or unregister young people at once. */
export const useRegistration = (id: number) =>
  useEventMutation(({ youthIds, remove }: { youthIds: number[]; remove?: boolean }) =>
    api.send<GroupEventDetail>('POST', `/api/v1/events/${id}/participants${remove ? '/remove' : ''}`, {
      youthIds,
    }),
  );

export const useAttendance = (id: number) =>
  useEventMutation((input: EventAttendance) =>
    api.send<GroupEventDetail>('POST', `/api/v1/events/${id}/attendance`, input),
  );

/** Mark held or cancel. */
export const useEventStatus = (id: number) =>
  useEventMutation((action: 'held' | 'cancel') =>
    api.send<GroupEventDetail>('POST', `/api/v1/events/${id}/${action}`),
  );

/** Young people in scope with consent in force, by name (for registration). */
export const useYouthSearch = (q: string) =>
  useQuery({
    queryKey: ['youth', 'search', q],
    queryFn: () => api.get<{ items: Youth[]; total: number }>(`/api/v1/youth${toQuery({ q, pageSize: 10 })}`),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
