import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { NewSurvey, Survey } from '../../../../shared/contracts/surveys';
import { todayInKazakhstan } from '../../../../shared/today';
import { localized } from '../../../lib/localized';
import { useApiErrorHandler } from '../../../lib/use-api-form-errors';
import { DateField } from '../../../ui/date-field';
import { FormActions } from '../../../ui/form-actions';
import { useServiceCatalogue } from '../../journal/catalogue-api';
import { CentreSelect } from '../../registry/centre-select';
import { useCreateSurvey } from './surveys-api';

type Values = {
  centreId: string | null;
  year: string;
  title: string;
  opensOn: string | null;
  closesOn: string | null;
  directions: string[];
};

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/** Creating a survey: centre (not for a centre manager), year, title, open dates, directions offered. */
export function NewSurveyForm({
  ownCentre,
  onDone,
  onCancel,
}: {
  ownCentre: boolean;
  onDone: (survey: Survey) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('surveys');
  const catalogue = useServiceCatalogue(false);
  const create = useCreateSurvey();
  const onError = useApiErrorHandler();
  const today = todayInKazakhstan();
  const year = Number(today.slice(0, 4));
  const directions = (catalogue.data ?? []).filter((d) => d.isActive && d.code !== 'events');
  const form = useForm<Values>({
    initialValues: {
      centreId: null,
      year: String(year),
      title: t('form.titleDefault'),
      opensOn: today,
      closesOn: addDays(today, 30),
      directions: [],
    },
  });
  const chosen = form.values.directions.length ? form.values.directions : directions.map((d) => d.code);

  const submit = form.onSubmit((v) => {
    const body: NewSurvey = {
      centreId: ownCentre || !v.centreId ? undefined : Number(v.centreId),
      year: Number(v.year),
      title: v.title,
      opensOn: v.opensOn ?? '',
      closesOn: v.closesOn ?? '',
      directions: chosen,
    };
    create.mutate(body, {
      onSuccess: (survey) => {
        notifications.show({ color: 'green', message: t('form.created') });
        onDone(survey);
      },
      onError: (error) => onError(error, form),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {!ownCentre && <CentreSelect label={t('form.centre')} required {...form.getInputProps('centreId')} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('form.year')}
            data={[year - 1, year, year + 1].map(String)}
            allowDeselect={false}
            {...form.getInputProps('year')}
          />
          <DateField label={t('form.opensOn')} required {...form.getInputProps('opensOn')} />
          <DateField label={t('form.closesOn')} required {...form.getInputProps('closesOn')} />
        </SimpleGrid>
        <TextInput label={t('form.title')} required {...form.getInputProps('title')} />
        <Checkbox.Group
          label={t('form.directions')}
          value={chosen}
          onChange={(v) => form.setFieldValue('directions', v)}
          error={form.errors.directions}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
            {directions.map((d) => (
              <Checkbox key={d.code} value={d.code} label={localized(d.name, i18n.language)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Group justify="flex-end">
          <FormActions onCancel={onCancel} saving={create.isPending} submitLabel={t('form.create')} />
        </Group>
      </Stack>
    </form>
  );
}
