import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { useWithdrawConsent } from './youth-api';

/** Confirms a consent withdrawal, saying exactly what will be erased. */
export function WithdrawConsentDialog({ youthId, onClose }: { youthId: number; onClose: () => void }) {
  const { t } = useTranslation('youth');
  const withdraw = useWithdrawConsent(youthId);
  const onError = useApiErrorHandler();
  return (
    <Modal opened onClose={onClose} title={t('consent.withdrawTitle')} centered>
      <Stack>
        <Text>{t('consent.withdrawText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common:cancel')}
          </Button>
          <Button
            color="red.8"
            loading={withdraw.isPending}
            onClick={() =>
              withdraw.mutate(undefined, {
                onSuccess: () => {
                  notifications.show({
                    color: 'teal',
                    message: t('consent.withdrawDone'),
                    closeButtonProps: { 'aria-label': t('common:close') },
                  });
                  onClose();
                },
                onError: (e) => onError(e),
              })
            }
          >
            {t('consent.withdrawConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
