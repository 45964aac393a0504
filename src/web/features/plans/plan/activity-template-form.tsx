import {
  Chip,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../../shared/constants/roles';
import { FUNDING_SOURCES } from '../../../../shared/contracts/plan-content';
import {
  type ActivityTemplate,
  type ActivityTemplateFields,
  activityTemplateFieldsSchema,
  JOURNAL_MEASURES,
} from '../../../../shared/contracts/plans';
import { localized } from '../../../lib/localized';
import { useApiErrorHandler } from '../../../lib/use-api-form-errors';
import { zodValidate } from '../../../lib/zod-form';
import { FormActions } from '../../../ui/form-actions';
import { ListSelect } from '../../../ui/list-select';
import { useServiceCatalogue } from '../../journal/catalogue-api';
import { useSaveActivityTemplate } from './plan-api';

const BLANK: ActivityTemplateFields = {
  code: '',
  name: { kk: '', ru: '', en: '' },
  description: { kk: '', ru: '', en: '' },
  directions: [],
  quarters: [1, 2, 3, 4],
  participantsPerStaff: 0,
  defaultCost: 0,
  fundingSource: 'local_budget',
  kpiIndicator: null,
  isActive: true,
};

/** The first error of a list field or of any of its entries (`directions` or `directions.1`). */
const listError = (errors: Record<string, unknown>, field: string) =>
  (errors[field] ?? Object.entries(errors).find(([k]) => k.startsWith(`${field}.`))?.[1]) as
    | string
    | undefined;

/**
 * Adds a template to the activity library or changes one: names and descriptions in the three
 * languages, directions, quarters, reach per staff member, usual cost, funding source and the
 * journal indicator it counts towards. The code stays fixed once the template exists, because
 * plans keep it as the provenance of the activities they copied from it.
 */
export function ActivityTemplateFormModal({
  template,
  onClose,
}: {
  /** The template to change; none to add one. */
  template?: ActivityTemplate;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('plan');
  const onError = useApiErrorHandler();
  const save = useSaveActivityTemplate();
  const catalogue = useServiceCatalogue(false);
  const initial: ActivityTemplateFields = template
    ? (({ id: _, updatedAt: __, ...fields }) => fields)(template)
    : BLANK;
  const form = useForm<ActivityTemplateFields>({
    initialValues: structuredClone(initial),
    validate: zodValidate(activityTemplateFieldsSchema, t),
  });
  const directions = (catalogue.data ?? [])
    .filter((d) => d.isActive || form.values.directions.includes(d.code))
    .map((d) => ({ value: d.code, label: localized(d.name, i18n.language) }));
  const title = template
    ? t('library.form.editTitle', { name: localized(template.name, i18n.language) })
    : t('library.form.addTitle');
  const quartersError = listError(form.errors, 'quarters');

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common:cancel') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          save.mutate(
            { id: template?.id ?? null, fields: activityTemplateFieldsSchema.parse(values) },
            { onSuccess: onClose, onError: (e) => onError(e, form) },
          ),
        )}
      >
        <Stack>
          <TextInput
            label={t('library.form.code')}
            description={t(template ? 'library.form.codeFixed' : 'library.form.codeHint')}
            required
            readOnly={!!template}
            variant={template ? 'filled' : 'default'}
            data-autofocus={template ? undefined : true}
            {...form.getInputProps('code')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {LOCALES.map((l) => (
              <TextInput
                key={l}
                label={t(`library.form.name.${l}`)}
                required
                {...form.getInputProps(`name.${l}`)}
              />
            ))}
            {LOCALES.map((l) => (
              <Textarea
                key={l}
                label={t(`library.form.description.${l}`)}
                autosize
                minRows={2}
                {...form.getInputProps(`description.${l}`)}
              />
            ))}
          </SimpleGrid>
          <MultiSelect
            label={t('library.directions')}
            data={directions}
            searchable
            required
            {...form.getInputProps('directions')}
            error={listError(form.errors, 'directions')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="template-quarters">
              {t('col.quarters')}
            </Text>
            <Chip.Group
              multiple
              value={form.values.quarters.map(String)}
              onChange={(v) =>
                form.setFieldValue(
                  'quarters',
                  v.map(Number).sort((a, b) => a - b),
                )
              }
            >
              <Group gap={6} role="group" aria-labelledby="template-quarters">
                {[1, 2, 3, 4].map((q) => (
                  <Chip key={q} value={String(q)} size="sm">
                    {t('col.quarter', { quarter: q })}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {quartersError && (
              <Text size="xs" c="red.8" role="alert">
                {quartersError}
              </Text>
            )}
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('library.perStaff')}
              min={0}
              allowDecimal={false}
              thousandSeparator=" "
              {...form.getInputProps('participantsPerStaff')}
            />
            <NumberInput
              label={t('library.cost')}
              min={0}
              allowDecimal={false}
              thousandSeparator=" "
              {...form.getInputProps('defaultCost')}
            />
            <ListSelect
              label={t('col.source')}
              data={FUNDING_SOURCES.map((s) => ({ value: s, label: t(`funding.${s}`) }))}
              allowDeselect={false}
              {...form.getInputProps('fundingSource')}
            />
            <ListSelect
              label={t('library.form.kpiIndicator')}
              description={t('library.form.kpiIndicatorHint')}
              placeholder={t('library.form.noIndicator')}
              data={JOURNAL_MEASURES.map((m) => ({ value: m, label: t(`library.measure.${m}`) }))}
              clearable
              {...form.getInputProps('kpiIndicator')}
            />
          </SimpleGrid>
          <Switch label={t('library.active')} {...form.getInputProps('isActive', { type: 'checkbox' })} />
          {template && (
            <Text size="sm" c="gray.8">
              {t('library.form.plansKeepCopies')}
            </Text>
          )}
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
