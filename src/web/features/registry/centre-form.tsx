import { Fieldset, MultiSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CENTRE_KINDS, CENTRE_SERVICES } from '../../../shared/constants/registry';
import type { Role } from '../../../shared/constants/roles';
import { type Centre, type CentreInput, centreInputSchema } from '../../../shared/contracts/registry';
import { localized } from '../../lib/localized';
import type { useApiErrorHandler } from '../../lib/use-api-form-errors';

/** The form handed back to the page so the server's field errors land under their inputs. */
type ErrorTarget = NonNullable<Parameters<ReturnType<typeof useApiErrorHandler>>[1]>;

import { FormActions } from '../../ui/form-actions';
import { ListSelect } from '../../ui/list-select';
import { blanksToUndefined, formValidator } from './form-validation';
import { CONTACT_FIELDS, can } from './permissions';
import { DistrictSelect, RegionSelect } from './place-selects';
import { useCentres } from './registry-api';

/** The form's own shape: what the inputs hold before the contract turns it into a CentreInput. */
export interface CentreFormValues {
  code: string;
  kind: string;
  parentId: string | null;
  regionCode: string;
  districtId: string | null;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  address: string;
  latitude: number | string;
  longitude: number | string;
  phone: string;
  email: string;
  openingHours: string;
  services: string[];
}

/** Form values of an existing centre, or of a new one (a regional user's region filled in). */
export function centreFormValues(c?: Centre, defaultRegion?: string): CentreFormValues {
  return {
    code: c?.code ?? '',
    kind: c?.kind ?? '',
    parentId: c?.parentId ? String(c.parentId) : null,
    regionCode: c?.regionCode ?? defaultRegion ?? '',
    districtId: c?.districtId ? String(c.districtId) : null,
    nameKk: c?.name.kk ?? '',
    nameRu: c?.name.ru ?? '',
    nameEn: c?.name.en ?? '',
    address: c?.address ?? '',
    latitude: c?.latitude ?? '',
    longitude: c?.longitude ?? '',
    phone: c?.phone ?? '',
    email: c?.email ?? '',
    openingHours: c?.openingHours ?? '',
    services: c?.services ?? [],
  };
}

interface Props {
  initial: CentreFormValues;
  role: Role;
  /** The centre being edited (its own id is excluded from the parent choices). */
  centreId?: number;
  /** The saved parent centre, shown even when it lies outside the user's scope. */
  currentParent?: { id: number; name: { kk: string; ru: string; en: string } } | null;
  saving: boolean;
  onSubmit: (input: CentreInput, form: ErrorTarget) => void;
  onCancel: () => void;
}

/** All fields of a centre, checked in the browser by the same contract the server uses. */
export function CentreForm({ initial, role, centreId, currentParent, saving, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation('registry');
  const form = useForm<CentreFormValues>({
    initialValues: initial,
    validate: formValidator(centreInputSchema, t),
  });
  const v = form.values;
  const contactsOnly = can.editContactsOnly(role);
  const locked = (field: string) => contactsOnly && !(CONTACT_FIELDS as readonly string[]).includes(field);
  const input = (field: keyof CentreFormValues) => ({
    ...form.getInputProps(field),
    disabled: locked(field),
  });

  const parents = useCentres(
    { regionCode: v.regionCode, kind: 'regional', pageSize: 200, sort: 'name' },
    !!v.regionCode && v.kind !== 'regional',
  );
  const parentOptions = (parents.data?.items ?? [])
    .filter((p) => p.id !== centreId)
    .map((p) => ({ value: String(p.id), label: localized(p.name, i18n.language) }));
  // A centre manager's scope holds only their own centre, so keep the saved parent's name on show.
  if (
    currentParent &&
    v.parentId === String(currentParent.id) &&
    !parentOptions.some((o) => o.value === v.parentId)
  )
    parentOptions.unshift({ value: v.parentId, label: localized(currentParent.name, i18n.language) });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => onSubmit(centreInputSchema.parse(blanksToUndefined(values)), form))}
    >
      <Stack>
        <Fieldset legend={t('form.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('field.code')} required {...input('code')} />
            <ListSelect
              label={t('field.kind')}
              required
              data={CENTRE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              {...input('kind')}
              onChange={(value) => {
                form.setFieldValue('kind', value ?? '');
                if (value === 'regional') form.setFieldValue('parentId', null);
              }}
            />
            <TextInput label={t('field.nameKk')} required {...input('nameKk')} />
            <TextInput label={t('field.nameRu')} required {...input('nameRu')} />
            <TextInput label={t('field.nameEn')} description={t('form.nameEnHint')} {...input('nameEn')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('form.place')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <RegionSelect
              required
              {...input('regionCode')}
              onChange={(value) => {
                form.setFieldValue('regionCode', value ?? '');
                form.setFieldValue('districtId', null);
                form.setFieldValue('parentId', null);
              }}
            />
            <DistrictSelect
              regionCode={v.regionCode}
              clearable
              {...input('districtId')}
              disabled={locked('districtId') || !v.regionCode}
            />
            <ListSelect
              label={t('field.parent')}
              description={t('form.parentHint')}
              clearable
              searchable
              data={parentOptions}
              {...input('parentId')}
              disabled={locked('parentId') || v.kind === 'regional' || !v.regionCode}
            />
            <TextInput label={t('field.address')} required {...input('address')} />
            <NumberInput
              label={t('field.latitude')}
              decimalScale={6}
              hideControls
              decimalSeparator="."
              {...input('latitude')}
            />
            <NumberInput
              label={t('field.longitude')}
              decimalScale={6}
              hideControls
              decimalSeparator="."
              {...input('longitude')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('form.contacts')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('field.phone')}
              type="tel"
              placeholder="+7 7xx xxx xx xx"
              {...input('phone')}
            />
            <TextInput label={t('field.email')} type="email" {...input('email')} />
            <TextInput
              label={t('field.openingHours')}
              placeholder={t('form.hoursPlaceholder')}
              {...input('openingHours')}
            />
          </SimpleGrid>
        </Fieldset>

        <MultiSelect
          label={t('field.services')}
          searchable
          clearable
          data={CENTRE_SERVICES.map((s) => ({ value: s, label: t(`service.${s}`) }))}
          {...input('services')}
        />

        <FormActions onCancel={onCancel} saving={saving} />
      </Stack>
    </form>
  );
}
