import { Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passwordSchema } from '../../../shared/contracts/auth';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { zodValidate } from '../../lib/zod-form';
import { useChangePassword } from './use-change-password';

const formSchema = z.object({ currentPassword: z.string().min(1), newPassword: passwordSchema });

interface PasswordFormProps {
  /**
   * The user is replacing a password an admin set: the form is the page's heading and asks for
   * the temporary password rather than the current one.
   */
  temporary?: boolean;
  /** Called once the server has accepted the new password. */
  onChanged?: () => void;
}

/** Current, new and repeated password; the policy is the server's own schema, checked here first. */
export function PasswordForm({ temporary = false, onChanged }: PasswordFormProps) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const onError = useApiErrorHandler();
  const validateShared = zodValidate(formSchema, t);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
    validate: (values) => {
      const errors = validateShared(values);
      if (values.repeatPassword !== values.newPassword)
        errors.repeatPassword = t('auth:account.repeatMismatch');
      return errors;
    },
  });

  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          onChanged?.();
          notifications.show({
            color: 'teal',
            title: t('auth:account.passwordChanged'),
            message: t('auth:account.passwordChangedText'),
          });
        },
        onError: (error) => onError(error, form),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="account-password-title">
      <Stack maw={420}>
        <Title order={temporary ? 1 : 2} size={temporary ? 'h2' : 'h4'} id="account-password-title">
          {t(temporary ? 'auth:choosePassword.title' : 'auth:account.passwordTitle')}
        </Title>
        {temporary && <Text>{t('auth:choosePassword.explanation')}</Text>}
        <PasswordInput
          label={t(temporary ? 'auth:choosePassword.temporaryPassword' : 'auth:account.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('auth:account.newPassword')}
          description={t('auth:account.newPasswordHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('auth:account.repeatPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('repeatPassword')}
        />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t(temporary ? 'auth:choosePassword.submit' : 'auth:account.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
