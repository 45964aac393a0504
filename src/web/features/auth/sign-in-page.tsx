import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { loginRequestSchema } from '../../../shared/contracts/auth';
import { LanguageSwitch } from '../../app/language-switch';
import { ApiError } from '../../lib/api';
import { zodValidate } from '../../lib/zod-form';
import { useCurrentUser, useSignIn } from './use-current-user';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const me = useCurrentUser();
  const signIn = useSignIn();
  const location = useLocation();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: zodValidate(loginRequestSchema, t),
  });

  if (me.data) return <Navigate to={(location.state as { from?: string } | null)?.from ?? '/'} replace />;

  return (
    <Center mih="100vh" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={400} component="main">
        <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h2">
                {t('common:appName')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('tagline')}
              </Text>
            </div>
            {signIn.error instanceof ApiError && (
              <Alert color="red" role="alert" title={signIn.error.problem.title} />
            )}
            <TextInput
              label={t('email')}
              type="email"
              autoComplete="username"
              required
              autoFocus
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t('password')}
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={signIn.isPending}>
              {t('signIn')}
            </Button>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
