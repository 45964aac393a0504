import { Alert, Grid, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import type { FocusEvent, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceDirection, ServiceType } from '../../../shared/contracts/journal';
import { DateField } from '../../ui/date-field';
import { ListSelect } from '../../ui/list-select';
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
  /** Shown beside date and time (quick entry's save button). */
  footer?: ReactNode;
}

/** What was provided, how, for how long, with what result: the fields after "who". */
export function RecordFields({
  form,
  catalogue,
  programmes,
  chosenType,
  typeRef,
  notesHidden,
  footer,
}: Props) {
  const { t, i18n } = useTranslation('journal');
  const anonymous = form.values.anonymous;
  const types = serviceTypeGroups(catalogue, i18n.language, anonymous ? (x) => x.allowsAnonymous : undefined);
  const searchable = {
    searchable: true,
    selectFirstOptionOnChange: true,
    nothingFoundMessage: t('quick.nothingFound'),
  } as const;
  // Typing into a list replaces the remembered choice instead of adding to its name.
  const listProps = (field: keyof RecordFormValues) => {
    const props = form.getInputProps(field);
    return {
      ...props,
      onFocus: (e: FocusEvent<HTMLInputElement>) => {
        props.onFocus?.(e);
        e.currentTarget.select();
      },
    };
  };
  return (
    <Stack gap="sm">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ListSelect
            ref={typeRef}
            label={t('recordField.serviceType')}
            placeholder={t('quick.typePlaceholder')}
            required
            allowDeselect={false}
            data={types}
            maxDropdownHeight={320}
            {...searchable}
            {...listProps('serviceTypeId')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 3 }}>
          <ListSelect
            label={t('recordField.format')}
            required
            allowDeselect={false}
            data={formatOptions(t)}
            {...searchable}
            {...listProps('format')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 3 }}>
          <NumberInput
            label={t('recordField.durationMinutes')}
            min={1}
            max={720}
            step={5}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('durationMinutes')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ListSelect
            label={t('recordField.programme')}
            placeholder={t('quick.programmeHint')}
            clearable
            data={programmeOptions(programmes, i18n.language)}
            {...searchable}
            {...listProps('programmeId')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 4 }}>
          <ListSelect
            label={t('recordField.referral')}
            placeholder={t('quick.referralHint')}
            clearable
            data={referralOptions(t)}
            {...searchable}
            {...listProps('referral')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 4 }}>
          <ListSelect
            label={t('recordField.outcome')}
            placeholder={t('quick.outcomeHint')}
            clearable
            data={outcomeOptions(t)}
            {...searchable}
            {...listProps('outcome')}
          />
        </Grid.Col>
      </Grid>
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
          minRows={1}
          maxRows={6}
          {...form.getInputProps('notes')}
        />
      )}
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 6, md: 3 }}>
          <DateField
            label={t('recordField.serviceDate')}
            required
            maxDate={new Date()}
            {...form.getInputProps('serviceDate')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <TextInput
            label={t('recordField.serviceTime')}
            placeholder={t('quick.timePlaceholder')}
            inputMode="numeric"
            maxLength={5}
            {...form.getInputProps('serviceTime')}
          />
        </Grid.Col>
        {footer && <Grid.Col span={{ base: 12, md: 7 }}>{footer}</Grid.Col>}
      </Grid>
    </Stack>
  );
}
