import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { journalRecordDeletionSchema } from '../../../shared/contracts/journal-records';
import { zodValidate } from '../../lib/zod-form';

interface Props {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  danger?: boolean;
  pending: boolean;
  onClose: () => void;
  /** Gets the reason and the dialog's form, for the server's field errors. */
  onConfirm: (reason: string, form: UseFormReturnType<{ reason: string }>) => void;
}

/**
 * Asks why before a record is corrected or deleted (the registry's reason dialog, for any action):
 * the reason goes into the record's history.
 */
export function ReasonPrompt({
  opened,
  title,
  text,
  confirmLabel,
  danger,
  pending,
  onClose,
  onConfirm,
}: Props) {
  const { t } = useTranslation('journal');
  const form = useForm({
    initialValues: { reason: '' },
    validate: zodValidate(journalRecordDeletionSchema, t),
  });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <form noValidate onSubmit={form.onSubmit((v) => onConfirm(v.reason, form))}>
        <Stack>
          <Text>{text}</Text>
          <Textarea
            label={t('record.reason')}
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
            <Button type="submit" color={danger ? 'red.8' : undefined} loading={pending}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
