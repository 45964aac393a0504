import {
  Alert,
  Checkbox,
  Fieldset,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  GENDERS,
  type NewYouth,
  newYouthSchema,
  YOUTH_CATEGORIES,
  YOUTH_STATUSES,
  type Youth,
  type YouthUpdate,
  youthUpdateSchema,
} from '../../../shared/contracts/youth';
import type { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { CentreSelect } from '../registry/centre-select';
import { blanksToUndefined, formValidator } from '../registry/form-validation';
import { DistrictSelect } from '../registry/place-selects';
import { useCentre } from '../registry/registry-api';
import { iinHint } from './iin-hint';

/** The form handed back to the page so the server's field errors land under their inputs. */
export type ErrorTarget = NonNullable<Parameters<ReturnType<typeof useApiErrorHandler>>[1]>;

/** The form's own shape before the contract turns it into a registration or an edit. */
export interface YouthFormValues {
  centreId: string | null;
  districtId: string | null;
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  gender: string | null;
  phone: string;
  email: string;
  status: string | null;
  neetSubgroup: string;
  categories: string[];
  iin: string;
  removeIin: boolean;
  consentGiven: boolean;
}

/** Form values of an existing record, or of a new one (in the user's own centre when they have one). */
export function youthFormValues(y?: Youth, centreId?: string | null): YouthFormValues {
  return {
    centreId: y ? String(y.centreId) : (centreId ?? null),
    districtId: y?.districtId ? String(y.districtId) : null,
    lastName: y?.lastName ?? '',
    firstName: y?.firstName ?? '',
    middleName: y?.middleName ?? '',
    birthDate: y?.birthDate ?? '',
    gender: y?.gender ?? null,
    phone: y?.phone ?? '',
    email: y?.email ?? '',
    status: y?.status ?? null,
    neetSubgroup: y?.neetSubgroup ?? '',
    categories: y?.categories ?? [],
    iin: '',
    removeIin: false,
    consentGiven: false,
  };
}

interface Props {
  /** The record being edited; absent when registering. */
  existing?: Youth;
  initial: YouthFormValues;
  /** Whether the user picks the registering centre (above centre level). */
  chooseCentre: boolean;
  saving: boolean;
  onSubmit: (input: NewYouth | YouthUpdate, form: ErrorTarget) => void;
  onCancel: () => void;
}

/** A young person's fields and consent, checked in the browser by the contracts the server uses. */
export function YouthForm({ existing, initial, chooseCentre, saving, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('youth');
  const schema = existing ? youthUpdateSchema : newYouthSchema;
  const contractErrors = formValidator(schema, t);
  const form = useForm<YouthFormValues>({
    initialValues: initial,
    validate: (values): FormErrors => {
      const errors = contractErrors(values);
      const hint = iinHint(values.iin, values);
      if (hint !== 'ok' && hint !== 'incomplete') errors.iin = t(`errors:field.${hint}`);
      else if (hint === 'incomplete' && values.iin.trim()) errors.iin = t('errors:field.invalid_iin');
      return errors;
    },
  });
  const centre = useCentre(form.values.centreId ? Number(form.values.centreId) : 0);
  const regionCode = existing?.regionCode ?? centre.data?.regionCode;
  const hint = iinHint(form.values.iin, form.values);
  const byLabel = (list: { value: string; label: string }[]) =>
    list.sort((a, b) => a.label.localeCompare(b.label));

  const submit = (values: YouthFormValues) => {
    const { centreId, consentGiven, removeIin, ...fields } = blanksToUndefined(values);
    const body = existing
      ? youthUpdateSchema.parse({ ...fields, removeIin: removeIin ?? false })
      : newYouthSchema.parse({ ...fields, centreId, consentGiven });
    onSubmit(body, form);
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {chooseCentre && !existing && (
            <CentreSelect
              label={t('field.centre')}
              required
              {...form.getInputProps('centreId')}
              onChange={(v) => {
                form.setFieldValue('centreId', v);
                form.setFieldValue('districtId', null);
              }}
            />
          )}
          <TextInput label={t('field.lastName')} required {...form.getInputProps('lastName')} />
          <TextInput label={t('field.firstName')} required {...form.getInputProps('firstName')} />
          <TextInput label={t('field.middleName')} {...form.getInputProps('middleName')} />
          <DateField label={t('field.birthDate')} required {...form.getInputProps('birthDate')} />
          <Select
            label={t('field.gender')}
            required
            data={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
            {...form.getInputProps('gender')}
          />
          <DistrictSelect
            label={t('field.district')}
            clearable
            regionCode={regionCode}
            {...form.getInputProps('districtId')}
          />
          <TextInput
            type="tel"
            label={t('field.phone')}
            placeholder="+7 7xx xxx xx xx"
            {...form.getInputProps('phone')}
          />
          <TextInput type="email" label={t('field.email')} {...form.getInputProps('email')} />
          <Select
            label={t('field.status')}
            required
            data={YOUTH_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            {...form.getInputProps('status')}
          />
          {form.values.status === 'neet' && (
            <TextInput label={t('field.neetSubgroup')} {...form.getInputProps('neetSubgroup')} />
          )}
        </SimpleGrid>
        <MultiSelect
          label={t('field.categories')}
          clearable
          data={byLabel(YOUTH_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) })))}
          {...form.getInputProps('categories')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('field.iin')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            description={
              existing?.iinMasked
                ? t('iin.kept', { masked: existing.iinMasked })
                : hint === 'ok'
                  ? t('iin.checksumOk')
                  : t('iin.hint')
            }
            {...form.getInputProps('iin')}
            error={
              form.errors.iin ??
              (hint !== 'ok' && hint !== 'incomplete' ? t(`errors:field.${hint}`) : undefined)
            }
          />
          {existing?.iinMasked && (
            <Checkbox
              mt="xl"
              label={t('iin.remove')}
              disabled={form.values.iin.trim() !== ''}
              {...form.getInputProps('removeIin', { type: 'checkbox' })}
            />
          )}
        </SimpleGrid>
        {!existing && (
          <Fieldset legend={t('consent.title')}>
            <Stack gap="xs">
              <Text size="sm" id="youth-consent-text">
                {t('consent.text')}
              </Text>
              <Checkbox
                label={t('consent.checkbox')}
                aria-describedby="youth-consent-text"
                required
                {...form.getInputProps('consentGiven', { type: 'checkbox' })}
              />
            </Stack>
          </Fieldset>
        )}
        {existing?.consentWithdrawn && <Alert color="red">{t('errors:field.consent_withdrawn')}</Alert>}
        <FormActions
          onCancel={onCancel}
          saving={saving}
          submitLabel={existing ? undefined : t('form.register')}
        />
      </Stack>
    </form>
  );
}
