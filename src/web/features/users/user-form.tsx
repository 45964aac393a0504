import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LOCALES, ROLE_SCOPE_KIND, ROLES, type Role } from '../../../shared/constants/roles';
import {
  type NewUser,
  newUserSchema,
  type User,
  type UserUpdate,
  userUpdateSchema,
} from '../../../shared/contracts/users';
import type { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { FormActions } from '../../ui/form-actions';
import { CentreSelect } from '../registry/centre-select';
import { blanksToUndefined, formValidator } from '../registry/form-validation';
import { RegionSelect } from '../registry/place-selects';

/** The form handed back to the page so the server's field errors land under their inputs. */
export type ErrorTarget = NonNullable<Parameters<ReturnType<typeof useApiErrorHandler>>[1]>;

/** The form's own shape; the contract turns it into a NewUser or a UserUpdate. */
export interface UserFormValues {
  email: string;
  fullName: string;
  role: string | null;
  regionCode: string | null;
  centreId: string | null;
  organisation: string;
  locale: string | null;
}

/** Form values of an existing user, or empty ones for a new user. */
export function userFormValues(u?: User): UserFormValues {
  return {
    email: u?.email ?? '',
    fullName: u?.fullName ?? '',
    role: u?.role ?? null,
    regionCode: u?.regionCode ?? null,
    centreId: u?.centreId ? String(u.centreId) : null,
    organisation: u?.organisation ?? '',
    locale: u?.locale ?? null,
  };
}

const LOCALE_NAMES = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

interface Props {
  mode: 'create' | 'edit';
  initial: UserFormValues;
  saving: boolean;
  /** The admin's own account: its role stays (the server refuses the change too). */
  roleLocked?: boolean;
  /** The contract's output: a NewUser when creating, a UserUpdate when editing. */
  onSubmit: (input: NewUser | UserUpdate, form: ErrorTarget) => void;
  onCancel: () => void;
}

/**
 * A user's fields, checked in the browser by the same contract the server uses. The scope field
 * follows the role: a region for a regional department, a centre for its director or specialist,
 * an organisation for a partner, nothing for country-wide roles.
 */
export function UserForm({ mode, initial, saving, roleLocked, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('users');
  const schema = mode === 'create' ? newUserSchema : userUpdateSchema;
  const form = useForm<UserFormValues>({ initialValues: initial, validate: formValidator(schema, t) });
  const scopeKind = form.values.role ? ROLE_SCOPE_KIND[form.values.role as Role] : null;
  const roles = ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }));

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => onSubmit(schema.parse(blanksToUndefined(values)), form))}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {mode === 'create' && (
            <TextInput label={t('field.email')} type="email" required {...form.getInputProps('email')} />
          )}
          <TextInput label={t('field.fullName')} required {...form.getInputProps('fullName')} />
          <Select
            label={t('field.role')}
            required
            data={roles}
            disabled={roleLocked}
            {...form.getInputProps('role')}
            onChange={(role) =>
              // A new role starts with an empty scope: the old one belongs to another kind.
              form.setValues({ role, regionCode: null, centreId: null, organisation: '' })
            }
          />
          {scopeKind === 'region' && (
            <RegionSelect label={t('field.regionCode')} required {...form.getInputProps('regionCode')} />
          )}
          {scopeKind === 'centre' && (
            <CentreSelect label={t('field.centreId')} required {...form.getInputProps('centreId')} />
          )}
          {scopeKind === 'organisation' && (
            <TextInput label={t('field.organisation')} required {...form.getInputProps('organisation')} />
          )}
          {mode === 'edit' && (
            <Select
              label={t('field.locale')}
              clearable
              placeholder={t('localeNone')}
              data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
              {...form.getInputProps('locale')}
            />
          )}
        </SimpleGrid>
        {mode === 'create' && (
          <Text size="sm" c="gray.8">
            {t('form.passwordNote')}
          </Text>
        )}
        <FormActions
          onCancel={onCancel}
          saving={saving}
          submitLabel={mode === 'create' ? t('common:create') : undefined}
        />
      </Stack>
    </form>
  );
}
