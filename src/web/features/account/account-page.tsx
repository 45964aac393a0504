import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/language-switch';
import { useCurrentUser } from '../auth/use-current-user';
import { PasswordForm } from './password-form';
import { scopeLabel } from './scope-label';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="gray.7">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {value}
      </Text>
    </div>
  );
}

/** The signed-in user's profile, language preference and password change. */
export function AccountPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser().data;
  useDocumentTitle(`${t('auth:account.title')} · ${t('common:appName')}`);
  if (!user) return null;

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1} size="h2">
        {t('auth:account.title')}
      </Title>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="account-profile-title">
        <Title order={2} size="h4" id="account-profile-title" mb="sm">
          {t('auth:account.profile')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
          <Field label={t('auth:account.name')} value={user.fullName} />
          <Field label={t('auth:account.email')} value={user.email} />
          <Field label={t('auth:account.role')} value={t(`common:role.${user.role}`)} />
          <Field label={t('auth:account.scope')} value={scopeLabel(user, i18n.language, t)} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="account-language-title">
        <Title order={2} size="h4" id="account-language-title" mb={4}>
          {t('auth:account.language')}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {t('auth:account.languageHint')}
        </Text>
        <LanguageSwitch label={t('auth:account.language')} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <PasswordForm />
      </Paper>
    </Stack>
  );
}
