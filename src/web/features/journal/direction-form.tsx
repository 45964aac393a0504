import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type ServiceDirection, serviceDirectionFieldsSchema } from '../../../shared/contracts/journal';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { blanksToUndefined, formValidator } from '../registry/form-validation';
import { useSaveDirection } from './catalogue-api';

interface Props {
  /** The direction to edit; none to add one. */
  direction?: ServiceDirection;
  onClose: () => void;
}

/** Adds or edits a direction: code, names in the three languages, display order. */
export function DirectionFormModal({ direction, onClose }: Props) {
  const { t } = useTranslation('journal');
  const onError = useApiErrorHandler();
  const save = useSaveDirection(direction?.id);
  const form = useForm({
    initialValues: {
      code: direction?.code ?? '',
      nameKk: direction?.name.kk ?? '',
      nameRu: direction?.name.ru ?? '',
      nameEn: direction?.name.en ?? '',
      sortOrder: direction?.sortOrder ?? 0,
    },
    validate: formValidator(serviceDirectionFieldsSchema, t),
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(direction ? 'direction.editTitle' : 'direction.addTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common:cancel') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          save.mutate(serviceDirectionFieldsSchema.parse(blanksToUndefined(values)), {
            onSuccess: onClose,
            onError: (e) => onError(e, form),
          }),
        )}
      >
        <Stack>
          <TextInput label={t('field.code')} required data-autofocus {...form.getInputProps('code')} />
          <TextInput label={t('field.nameKk')} required {...form.getInputProps('nameKk')} />
          <TextInput label={t('field.nameRu')} required {...form.getInputProps('nameRu')} />
          <TextInput label={t('field.nameEn')} required {...form.getInputProps('nameEn')} />
          <NumberInput label={t('field.sortOrder')} min={0} {...form.getInputProps('sortOrder')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
