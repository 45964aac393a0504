import { Paper } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ME_KEY } from '../auth/use-current-user';
import { PasswordForm } from './password-form';

/**
 * The only page for a user whose password an admin set: the server refuses everything else until
 * they choose their own. Once it is saved, the current user is reloaded and the app opens.
 */
export function ChoosePasswordPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  useDocumentTitle(`${t('auth:choosePassword.title')} · ${t('common:appName')}`);
  return (
    <Paper withBorder p="md" radius="md" maw={520}>
      <PasswordForm temporary onChanged={() => qc.invalidateQueries({ queryKey: ME_KEY })} />
    </Paper>
  );
}
