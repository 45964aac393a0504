import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../../shared/constants/roles';
import type { CurrentUser } from '../../../shared/contracts/auth';
import { ApiError, api } from '../../lib/api';

export const ME_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when signed out. */
export function useCurrentUser() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      try {
        return await api.get<CurrentUser>('/api/v1/auth/me');
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api.send<CurrentUser>('POST', '/api/v1/auth/login', body),
    onSuccess: (user) => {
      qc.clear();
      qc.setQueryData(ME_KEY, user);
    },
  });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.send<void>('POST', '/api/v1/auth/logout'),
    onSuccess: () => {
      qc.clear();
      qc.setQueryData(ME_KEY, null);
    },
  });
}

/** Remembers the language on the server for the signed-in user. */
export function useSaveLocale() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => api.send<CurrentUser>('PATCH', '/api/v1/auth/me', { locale }),
    onSuccess: (user) => qc.setQueryData(ME_KEY, user),
  });
}
