import { Button, Checkbox, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  type ServiceDirection,
  type ServiceType,
  serviceTypeFieldsSchema,
} from '../../../shared/contracts/journal';
import { localized } from '../../lib/localized';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { blanksToUndefined, formValidator } from '../registry/form-validation';
import { useSaveServiceType } from './catalogue-api';

interface Props {
  directions: ServiceDirection[];
  /** The direction a new type goes under. */
  directionId: number;
  /** The type to edit; none to add one. */
  serviceType?: ServiceType;
  onClose: () => void;
}

/** Adds or edits a service type: its direction, code, names, flags and display order. */
export function ServiceTypeFormModal({ directions, directionId, serviceType, onClose }: Props) {
  const { t, i18n } = useTranslation('journal');
  const onError = useApiErrorHandler();
  const save = useSaveServiceType(serviceType?.id);
  const form = useForm({
    initialValues: {
      directionId: String(serviceType?.directionId ?? directionId),
      code: serviceType?.code ?? '',
      nameKk: serviceType?.name.kk ?? '',
      nameRu: serviceType?.name.ru ?? '',
      nameEn: serviceType?.name.en ?? '',
      isConfidential: serviceType?.isConfidential ?? false,
      isGroup: serviceType?.isGroup ?? false,
      allowsAnonymous: serviceType?.allowsAnonymous ?? false,
      sortOrder: serviceType?.sortOrder ?? 0,
    },
    validate: formValidator(serviceTypeFieldsSchema, t),
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(serviceType ? 'type.editTitle' : 'type.addTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common:cancel') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          save.mutate(serviceTypeFieldsSchema.parse(blanksToUndefined(values)), {
            onSuccess: onClose,
            onError: (e) => onError(e, form),
          }),
        )}
      >
        <Stack>
          <Select
            label={t('field.direction')}
            required
            allowDeselect={false}
            data={directions.map((d) => ({ value: String(d.id), label: localized(d.name, i18n.language) }))}
            {...form.getInputProps('directionId')}
          />
          <TextInput label={t('field.code')} required data-autofocus {...form.getInputProps('code')} />
          <TextInput label={t('field.nameKk')} required {...form.getInputProps('nameKk')} />
          <TextInput label={t('field.nameRu')} required {...form.getInputProps('nameRu')} />
          <TextInput label={t('field.nameEn')} required {...form.getInputProps('nameEn')} />
          <Checkbox
            label={t('flag.confidential')}
            description={t('flag.confidentialHint')}
            {...form.getInputProps('isConfidential', { type: 'checkbox' })}
          />
          <Checkbox
            label={t('flag.anonymous')}
            description={t('flag.anonymousHint')}
            {...form.getInputProps('allowsAnonymous', { type: 'checkbox' })}
          />
          <Checkbox
            label={t('flag.group')}
            description={t('flag.groupHint')}
            {...form.getInputProps('isGroup', { type: 'checkbox' })}
          />
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
