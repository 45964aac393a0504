import { MultiSelect, NumberInput, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  PROGRAMME_YOUTH_STATUSES,
  type ProgrammeTerms,
  type ProgrammeTermsFields,
  programmeTermsFieldsSchema,
} from '../../../shared/contracts/programmes';
import type { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { FormActions } from '../../ui/form-actions';
import { formValidator } from '../registry/form-validation';

/** The form handed back so the server's field errors land under their inputs. */
export type ErrorTarget = NonNullable<Parameters<ReturnType<typeof useApiErrorHandler>>[1]>;

/** The form's own shape: conditions are typed one per line. */
export interface TermsFormValues {
  year: number | string;
  summaryKk: string;
  summaryRu: string;
  summaryEn: string;
  benefit: string;
  conditions: string;
  minAge: number | string;
  maxAge: number | string;
  eligibleStatuses: string[];
  categories: string[];
  asOf: string;
}

/** Form values from a programme's current terms (filed under `year`), or empty ones. */
export function termsFormValues(year: number, terms: ProgrammeTerms | null): TermsFormValues {
  return {
    year,
    summaryKk: terms && !terms.summaryKkMissing ? terms.summary.kk : '',
    summaryRu: terms?.summary.ru ?? '',
    summaryEn: terms?.summary.en ?? '',
    benefit: terms?.benefit ?? '',
    conditions: terms?.conditions.join('\n') ?? '',
    minAge: terms?.minAge ?? '',
    maxAge: terms?.maxAge ?? '',
    eligibleStatuses: terms?.eligibleStatuses ?? [],
    categories: terms?.categories ?? [],
    asOf: terms?.asOf ?? String(year),
  };
}

/** The contract's input from the form's values (the year goes into the address, not the body). */
const toInput = ({ year: _, conditions, ...rest }: TermsFormValues) => ({
  ...rest,
  conditions: conditions
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean),
});

interface Props {
  initial: TermsFormValues;
  saving: boolean;
  onSubmit: (year: number, input: ProgrammeTermsFields, form: ErrorTarget) => void;
  onCancel: () => void;
}

/** A programme's terms of one year, checked in the browser by the contract the server uses. */
export function TermsForm({ initial, saving, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('programmes');
  const validateFields = formValidator(programmeTermsFieldsSchema, t);
  const form = useForm<TermsFormValues>({
    initialValues: initial,
    validate: (values) => {
      const errors: FormErrors = {};
      // One message under the textarea for any bad line.
      for (const [field, message] of Object.entries(validateFields(toInput(values)))) {
        errors[field.startsWith('conditions') ? 'conditions' : field] = message;
      }
      const year = Number(values.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) {
        errors.year = t('errors:field.invalid_value');
      }
      return errors;
    },
  });
  const statuses = PROGRAMME_YOUTH_STATUSES.map((s) => ({ value: s, label: t(`youthStatus.${s}`) }));

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        onSubmit(Number(values.year), programmeTermsFieldsSchema.parse(toInput(values)), form),
      )}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput label={t('field.year')} required {...form.getInputProps('year')} />
          <NumberInput label={t('field.minAge')} min={0} max={100} {...form.getInputProps('minAge')} />
          <NumberInput label={t('field.maxAge')} min={0} max={100} {...form.getInputProps('maxAge')} />
        </SimpleGrid>
        <Textarea label={t('field.summaryKk')} autosize minRows={2} {...form.getInputProps('summaryKk')} />
        <Textarea
          label={t('field.summaryRu')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('summaryRu')}
        />
        <Textarea
          label={t('field.summaryEn')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('summaryEn')}
        />
        <Textarea label={t('field.benefit')} autosize minRows={2} {...form.getInputProps('benefit')} />
        <Textarea label={t('field.conditions')} autosize minRows={3} {...form.getInputProps('conditions')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label={t('field.eligibleStatuses')}
            data={statuses}
            {...form.getInputProps('eligibleStatuses')}
          />
          <TagsInput label={t('field.categories')} {...form.getInputProps('categories')} />
        </SimpleGrid>
        <TextInput label={t('field.asOf')} required {...form.getInputProps('asOf')} />
        <FormActions onCancel={onCancel} saving={saving} />
      </Stack>
    </form>
  );
}
