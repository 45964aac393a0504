import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { leaveSchema } from '../../../shared/contracts/registry';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { zodValidate } from '../../lib/zod-form';
import { DateField } from '../../ui/date-field';
import { useStaffLeave } from './registry-api';

const today = () => new Date().toISOString().slice(0, 10);

interface Props {
  staffId: number;
  fullName: string;
  opened: boolean;
  onClose: () => void;
}

/** "Mark as left": asks for the leave date; the person stays in the registry with that date. */
export function LeaveDialog({ staffId, fullName, opened, onClose }: Props) {
  const { t } = useTranslation('registry');
  const onError = useApiErrorHandler();
  const leave = useStaffLeave(staffId);
  const form = useForm({ initialValues: { leaveDate: today() }, validate: zodValidate(leaveSchema, t) });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('staff.leaveTitle')} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          leave.mutate(values.leaveDate, { onSuccess: close, onError: (e) => onError(e, form) }),
        )}
      >
        <Stack>
          <Text>{t('staff.leaveConfirm', { name: fullName })}</Text>
          <DateField
            label={t('field.leaveDate')}
            required
            data-autofocus
            {...form.getInputProps('leaveDate')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" color="red.8" loading={leave.isPending}>
              {t('staff.markLeft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
