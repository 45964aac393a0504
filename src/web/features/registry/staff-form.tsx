import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { STAFF_POSITIONS } from '../../../shared/constants/registry';
import { type StaffInput, type StaffMember, staffInputSchema } from '../../../shared/contracts/registry';
import type { useApiErrorHandler } from '../../lib/use-api-form-errors';

/** The form handed back to the page so the server's field errors land under their inputs. */
type ErrorTarget = NonNullable<Parameters<ReturnType<typeof useApiErrorHandler>>[1]>;

import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { ListSelect } from '../../ui/list-select';
import { CentreSelect } from './centre-select';
import { blanksToUndefined, formValidator } from './form-validation';

/** The form's own shape before the contract turns it into a StaffInput. */
export interface StaffFormValues {
  centreId: string | null;
  lastName: string;
  firstName: string;
  middleName: string;
  position: string | null;
  hireDate: string;
  leaveDate: string;
  phone: string;
  email: string;
}

/** Form values of an existing staff member, or of a new one in a given centre. */
export function staffFormValues(s?: StaffMember, centreId?: string | null): StaffFormValues {
  return {
    centreId: s ? String(s.centreId) : (centreId ?? null),
    lastName: s?.lastName ?? '',
    firstName: s?.firstName ?? '',
    middleName: s?.middleName ?? '',
    position: s?.position ?? null,
    hireDate: s?.hireDate ?? '',
    leaveDate: s?.leaveDate ?? '',
    phone: s?.phone ?? '',
    email: s?.email ?? '',
  };
}

interface Props {
  initial: StaffFormValues;
  saving: boolean;
  onSubmit: (input: StaffInput, form: ErrorTarget) => void;
  onCancel: () => void;
}

/** A staff member's fields, checked in the browser by the same contract the server uses. */
export function StaffForm({ initial, saving, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('registry');
  const form = useForm<StaffFormValues>({
    initialValues: initial,
    validate: formValidator(staffInputSchema, t),
  });
  const positions = STAFF_POSITIONS.map((p) => ({ value: p, label: t(`position.${p}`) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => onSubmit(staffInputSchema.parse(blanksToUndefined(values)), form))}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('field.lastName')} required {...form.getInputProps('lastName')} />
          <TextInput label={t('field.firstName')} required {...form.getInputProps('firstName')} />
          <TextInput label={t('field.middleName')} {...form.getInputProps('middleName')} />
          <CentreSelect required {...form.getInputProps('centreId')} />
          <ListSelect
            label={t('field.position')}
            required
            searchable
            data={positions}
            {...form.getInputProps('position')}
          />
          <DateField label={t('field.hireDate')} required {...form.getInputProps('hireDate')} />
          <DateField label={t('field.leaveDate')} {...form.getInputProps('leaveDate')} />
          <TextInput
            type="tel"
            label={t('field.phone')}
            placeholder="+7 7xx xxx xx xx"
            {...form.getInputProps('phone')}
          />
          <TextInput type="email" label={t('field.email')} {...form.getInputProps('email')} />
        </SimpleGrid>
        <FormActions onCancel={onCancel} saving={saving} />
      </Stack>
    </form>
  );
}
