import { Alert, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CreatedUser, NewUser, UserUpdate } from '../../../shared/contracts/users';
import { NotFoundPage } from '../../app/not-found-page';
import { ApiError } from '../../lib/api';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { useCurrentUser } from '../auth/use-current-user';
import { TemporaryPasswordModal } from './temporary-password-modal';
import { UserActions } from './user-actions';
import { UserForm, userFormValues } from './user-form';
import { UserStatusBadge } from './user-labels';
import { useCreateUser, useUpdateUser, useUser } from './users-api';

/** /users/new and /users/:id: create a user, or edit one with their access actions (admins only). */
export function UserFormPage() {
  const { t } = useTranslation('users');
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  const navigate = useNavigate();
  const me = useCurrentUser();
  const isAdmin = me.data?.role === 'admin';
  const user = useUser(isAdmin ? (id ?? 0) : 0);
  const create = useCreateUser();
  const update = useUpdateUser(id ?? 0);
  const onError = useApiErrorHandler();
  const [created, setCreated] = useState<CreatedUser | null>(null);

  if (!me.data) return null;
  if (!isAdmin) return <NotFoundPage />;
  if (id !== undefined) {
    if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
    if (user.isPending) return <Loader aria-label={t('common:loading')} />;
    if (user.isError) {
      if (user.error instanceof ApiError && user.error.status === 404) return <NotFoundPage />;
      return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
    }
  }
  const isSelf = user.data?.id === me.data.id;

  return (
    <Stack maw={860}>
      <Anchor component={Link} to="/users" size="sm">
        {t('form.backToList')}
      </Anchor>
      <Group justify="space-between" align="center">
        <Title order={1}>
          {user.data ? t('form.editTitle', { name: user.data.fullName }) : t('form.createTitle')}
        </Title>
        {user.data && <UserStatusBadge isActive={user.data.isActive} />}
      </Group>
      {user.data && (
        <>
          <Text>
            {t('field.email')}: <strong>{user.data.email}</strong>
          </Text>
          <UserActions user={user.data} isSelf={isSelf} />
          {isSelf && <Text size="sm">{t('action.self')}</Text>}
        </>
      )}
      <UserForm
        key={user.data ? `${user.data.id}-${user.data.role}-${user.data.fullName}` : 'new'}
        mode={user.data ? 'edit' : 'create'}
        initial={userFormValues(user.data)}
        roleLocked={isSelf}
        saving={create.isPending || update.isPending}
        onCancel={() => navigate('/users')}
        onSubmit={(input, form) =>
          user.data
            ? update.mutate(input as UserUpdate, {
                onSuccess: () => notifications.show({ color: 'teal', message: t('form.saved') }),
                onError: (e) => onError(e, form),
              })
            : create.mutate(input as NewUser, {
                onSuccess: setCreated,
                onError: (e) => onError(e, form),
              })
        }
      />
      <TemporaryPasswordModal
        password={created?.temporaryPassword ?? null}
        name={created?.fullName ?? ''}
        email={created?.email ?? ''}
        onClose={() => {
          const next = created ? `/users/${created.id}` : '/users';
          setCreated(null);
          navigate(next);
        }}
      />
    </Stack>
  );
}
