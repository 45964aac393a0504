import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/contracts/users';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { ConfirmDialog } from './confirm-dialog';
import { TemporaryPasswordModal } from './temporary-password-modal';
import { useResetPassword, useUserActive } from './users-api';

type Pending = 'resetPassword' | 'deactivate' | 'reactivate' | null;

/** Reset password, deactivate and reactivate, each after a confirmation. */
export function UserActions({ user, isSelf }: { user: User; isSelf: boolean }) {
  const { t } = useTranslation('users');
  const onError = useApiErrorHandler();
  const reset = useResetPassword(user.id);
  const active = useUserActive(user.id);
  const [pending, setPending] = useState<Pending>(null);
  const [password, setPassword] = useState<string | null>(null);
  const name = user.fullName;

  const confirm = () => {
    if (pending === 'resetPassword') {
      reset.mutate(undefined, {
        onSuccess: (r) => {
          setPending(null);
          setPassword(r.temporaryPassword);
        },
        onError: (e) => onError(e),
      });
    } else if (pending) {
      active.mutate(pending, {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t(pending === 'deactivate' ? 'action.deactivated' : 'action.reactivated', { name }),
          });
          setPending(null);
        },
        onError: (e) => onError(e),
      });
    }
  };

  return (
    <>
      <Group gap="xs">
        <Button
          variant="default"
          leftSection={<IconKey size={16} aria-hidden />}
          onClick={() => setPending('resetPassword')}
        >
          {t('action.resetPassword')}
        </Button>
        {user.isActive ? (
          <Button
            variant="default"
            color="red.8"
            c="red.9"
            disabled={isSelf}
            leftSection={<IconUserOff size={16} aria-hidden />}
            onClick={() => setPending('deactivate')}
          >
            {t('action.deactivate')}
          </Button>
        ) : (
          <Button
            variant="default"
            leftSection={<IconUserCheck size={16} aria-hidden />}
            onClick={() => setPending('reactivate')}
          >
            {t('action.reactivate')}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={pending !== null}
        title={pending ? t(`action.${pending}`) : ''}
        text={pending ? t(`action.${pending === 'resetPassword' ? 'reset' : pending}Confirm`, { name }) : ''}
        confirmLabel={pending ? t(`action.${pending}`) : ''}
        danger={pending === 'deactivate'}
        loading={reset.isPending || active.isPending}
        onConfirm={confirm}
        onClose={() => setPending(null)}
      />
      <TemporaryPasswordModal
        password={password}
        name={name}
        email={user.email}
        onClose={() => setPassword(null)}
      />
    </>
  );
}
