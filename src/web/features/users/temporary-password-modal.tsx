import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The password to show; the modal is open while it is set. */
  password: string | null;
  name: string;
  email: string;
  onClose: () => void;
}

/** Shows a generated password once, with a copy button; nothing keeps it after the modal closes. */
export function TemporaryPasswordModal({ password, name, email, onClose }: Props) {
  const { t } = useTranslation('users');
  return (
    <Modal
      opened={password !== null}
      onClose={onClose}
      title={t('password.title')}
      centered
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('password.close') }}
    >
      <Stack>
        <Text>{t('password.intro', { name, email })}</Text>
        <Group align="end" gap="xs" wrap="nowrap">
          <TextInput
            label={t('password.label')}
            value={password ?? ''}
            readOnly
            flex={1}
            styles={{ input: { fontFamily: 'monospace', fontSize: '1.1rem' } }}
            data-testid="temporary-password"
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={password ?? ''}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'filled'}
                color={copied ? 'teal.9' : undefined}
                onClick={copy}
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                }
              >
                {copied ? t('password.copied') : t('password.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Alert color="orange" c="orange.9" icon={<IconAlertTriangle aria-hidden />}>
          {t('password.once')}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('password.done')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
