import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatedUser, NewUser, User, UsersQuery, UserUpdate } from '../../../shared/contracts/users';
import { api, toQuery } from '../../lib/api';
import type { Page } from '../registry/registry-api';

const KEY = ['users'] as const;

/** A page of users; idle for anyone but an admin. */
export const useUsers = (filter: Partial<UsersQuery>, enabled = true) =>
  useQuery({
    queryKey: [...KEY, 'list', filter],
    queryFn: () => api.get<Page<User>>(`/api/v1/users${toQuery(filter)}`),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useUser = (id: number) =>
  useQuery({
    queryKey: [...KEY, id],
    queryFn: () => api.get<User>(`/api/v1/users/${id}`),
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });

/** Creates a user; the answer carries the temporary password, shown once. */
export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUser) => api.send<CreatedUser>('POST', '/api/v1/users', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdateUser(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UserUpdate) => api.send<User>('PUT', `/api/v1/users/${id}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** Sets a new temporary password (answered once) and ends the user's sessions. */
export const useResetPassword = (id: number) =>
  useMutation({
    mutationFn: () => api.send<{ temporaryPassword: string }>('POST', `/api/v1/users/${id}/reset-password`),
  });

export function useUserActive(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (action: 'deactivate' | 'reactivate') =>
      api.send<User>('POST', `/api/v1/users/${id}/${action}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}
