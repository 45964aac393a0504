import { Alert, NumberInput, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceDirection, ServiceType } from '../../../shared/contracts/journal';
import { DateField } from '../../ui/date-field';
import type { RecordFormValues } from './record-form';
import {
  formatOptions,
  outcomeOptions,
  type ProgrammeWithId,
  programmeOptions,
  referralOptions,
  serviceTypeGroups,
} from './record-options';

interface Props {
  form: UseFormReturnType<RecordFormValues>;
  catalogue: ServiceDirection[] | undefined;
  programmes: ProgrammeWithId[] | undefined;
  chosenType: ServiceType | undefined;
  typeRef?: Ref<HTMLInputElement>;
  /** The note belongs to someone else: not shown, not sent. */
  notesHidden?: boolean;
}

/** What was provided, how, for how long, with what result: the fields after "who". */
export function RecordFields({ form, catalogue, programmes, chosenType, typeRef, notesHidden }: Props) {
  const { t, i18n } = useTranslation('journal');
  const anonymous = form.values.anonymous;
  const types = serviceTypeGroups(catalogue, i18n.language, anonymous ? (x) => x.allowsAnonymous : undefined);
  const searchable = {
    searchable: true,
    selectFirstOptionOnChange: true,
    nothingFoundMessage: t('quick.nothingFound'),
  } as const;
  return (
    <Stack gap="sm">
      <Select
        ref={typeRef}
        label={t('recordField.serviceType')}
        placeholder={t('quick.typePlaceholder')}
        required
        allowDeselect={false}
        data={types}
        maxDropdownHeight={320}
        {...searchable}
        {...form.getInputProps('serviceTypeId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        <Select
          label={t('recordField.format')}
          required
          allowDeselect={false}
          data={formatOptions(t)}
          {...searchable}
          {...form.getInputProps('format')}
        />
        <NumberInput
          label={t('recordField.durationMinutes')}
          min={1}
          max={720}
          step={5}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('durationMinutes')}
        />
        <Select
          label={t('recordField.programme')}
          description={t('quick.programmeHint')}
          clearable
          data={programmeOptions(programmes, i18n.language)}
          {...searchable}
          {...form.getInputProps('programmeId')}
        />
        <Select
          label={t('recordField.referral')}
          description={t('quick.referralHint')}
          clearable
          data={referralOptions(t)}
          {...searchable}
          {...form.getInputProps('referral')}
        />
        <Select
          label={t('recordField.outcome')}
          clearable
          data={outcomeOptions(t)}
          {...searchable}
          {...form.getInputProps('outcome')}
        />
      </SimpleGrid>
      {chosenType?.isConfidential && !notesHidden && (
        <Alert color="grape" variant="light" icon={<IconLock size={18} aria-hidden />} p="xs">
          {t('quick.confidentialNote')}
        </Alert>
      )}
      {notesHidden ? (
        <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />} p="xs">
          {t('list.noteHidden')}
        </Alert>
      ) : (
        <Textarea
          label={t('recordField.notes')}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('notes')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField
          label={t('recordField.serviceDate')}
          required
          maxDate={new Date()}
          {...form.getInputProps('serviceDate')}
        />
        <TimeInput label={t('recordField.serviceTime')} {...form.getInputProps('serviceTime')} />
      </SimpleGrid>
    </Stack>
  );
}
