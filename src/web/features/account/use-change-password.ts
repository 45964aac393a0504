import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** POST /api/v1/auth/password; the server signs out the user's other sessions. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.send<void>('POST', '/api/v1/auth/password', body),
  });
}
