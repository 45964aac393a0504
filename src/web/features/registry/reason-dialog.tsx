import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { statusChangeSchema } from '../../../shared/contracts/registry';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { zodValidate } from '../../lib/zod-form';
import { useCentreStatus } from './registry-api';

interface Props {
  centreId: number;
  action: 'deactivate' | 'reactivate';
  opened: boolean;
  onClose: () => void;
}

/** Asks for the reason before a centre is deactivated or reactivated; the reason goes into its history. */
export function ReasonDialog({ centreId, action, opened, onClose }: Props) {
  const { t } = useTranslation('registry');
  const onError = useApiErrorHandler();
  const change = useCentreStatus(centreId);
  const form = useForm({ initialValues: { reason: '' }, validate: zodValidate(statusChangeSchema, t) });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t(`centre.${action}Title`)} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          change.mutate(
            { action, reason: values.reason },
            { onSuccess: close, onError: (e) => onError(e, form) },
          ),
        )}
      >
        <Stack>
          <Text>{t(`centre.${action}Confirm`)}</Text>
          <Textarea
            label={t('field.statusReason')}
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:cancel')}
            </Button>
            <Button
              type="submit"
              color={action === 'deactivate' ? 'red.8' : undefined}
              loading={change.isPending}
            >
              {t(`centre.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
