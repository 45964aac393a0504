import { NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SERVICE_FORMATS } from '../../../shared/constants/journal';
import {
  EVENT_KINDS,
  type EventUpdate,
  eventUpdateSchema,
  type GroupEvent,
  type NewEvent,
  newEventSchema,
} from '../../../shared/contracts/events';
import { localized } from '../../lib/localized';
import type { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { ListSelect } from '../../ui/list-select';
import { useServiceCatalogue } from '../journal/catalogue-api';
import { CentreSelect } from '../registry/centre-select';
import { blanksToUndefined, formValidator } from '../registry/form-validation';

/** The form handed back to the page so the server's field errors land under their inputs. */
export type ErrorTarget = NonNullable<Parameters<ReturnType<typeof useApiErrorHandler>>[1]>;

/** The form's own shape; the contract turns it into a NewEvent or an EventUpdate. */
export interface EventFormValues {
  centreId: string | null;
  serviceTypeId: string | null;
  kind: string | null;
  title: string;
  description: string;
  eventDate: string | null;
  startTime: string;
  durationMinutes: number | string;
  format: string | null;
  location: string;
  capacity: number | string;
  organiserId: number | null;
  version: number;
}

/** Form values of an existing event, or empty ones for a new event. */
export function eventFormValues(e?: GroupEvent): EventFormValues {
  return {
    centreId: e ? String(e.centreId) : null,
    serviceTypeId: e ? String(e.serviceTypeId) : null,
    kind: e?.kind ?? 'training',
    title: e?.title ?? '',
    description: e?.description ?? '',
    eventDate: e?.eventDate ?? null,
    startTime: e?.startTime ?? '',
    durationMinutes: e?.durationMinutes ?? '',
    format: e?.format ?? 'in_person',
    location: e?.location ?? '',
    capacity: e?.capacity ?? '',
    organiserId: e?.organiserId ?? null,
    version: e?.version ?? 1,
  };
}

interface Props {
  mode: 'create' | 'edit';
  initial: EventFormValues;
  /** Above centre level (admin) the organising centre is chosen. */
  chooseCentre: boolean;
  /** The event's current type stays selectable even if it was deactivated since. */
  currentTypeId?: number;
  saving: boolean;
  onSubmit: (input: NewEvent | EventUpdate, form: ErrorTarget) => void;
  onCancel: () => void;
}

/** An event's fields, checked in the browser by the same contract the server uses; only group service types. */
export function EventForm({ mode, initial, chooseCentre, currentTypeId, saving, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation('events');
  const schema = mode === 'create' ? newEventSchema : eventUpdateSchema;
  const form = useForm<EventFormValues>({ initialValues: initial, validate: formValidator(schema, t) });
  const catalogue = useServiceCatalogue(false);
  const types = (catalogue.data ?? [])
    .map((d) => ({
      group: localized(d.name, i18n.language),
      items: d.types
        .filter((ty) => ty.isGroup || ty.id === currentTypeId)
        .map((ty) => ({ value: String(ty.id), label: localized(ty.name, i18n.language) })),
    }))
    .filter((g) => g.items.length);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        const { centreId, ...rest } = values;
        const input = mode === 'create' ? { ...rest, centreId: chooseCentre ? centreId : undefined } : rest;
        onSubmit(schema.parse(blanksToUndefined(input)), form);
      })}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {mode === 'create' && chooseCentre && (
            <CentreSelect label={t('field.centre')} required {...form.getInputProps('centreId')} />
          )}
          <TextInput label={t('field.title')} required {...form.getInputProps('title')} />
          <ListSelect
            label={t('field.serviceType')}
            description={t('form.groupTypesOnly')}
            required
            searchable
            data={types}
            {...form.getInputProps('serviceTypeId')}
          />
          <ListSelect
            label={t('field.kind')}
            required
            allowDeselect={false}
            data={EVENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <DateField label={t('field.eventDate')} required {...form.getInputProps('eventDate')} />
          {/* Typed as hh:mm, 24-hour, whatever the browser's own clock format. */}
          <TextInput
            label={t('field.startTime')}
            placeholder="10:00"
            inputMode="numeric"
            maxLength={5}
            {...form.getInputProps('startTime')}
          />
          <NumberInput
            label={t('field.durationMinutes')}
            min={1}
            max={720}
            allowDecimal={false}
            {...form.getInputProps('durationMinutes')}
          />
          <ListSelect
            label={t('field.format')}
            required
            allowDeselect={false}
            data={SERVICE_FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))}
            {...form.getInputProps('format')}
          />
          <TextInput label={t('field.location')} {...form.getInputProps('location')} />
          <NumberInput
            label={t('field.capacity')}
            description={t('form.capacityHint')}
            min={1}
            allowDecimal={false}
            {...form.getInputProps('capacity')}
          />
        </SimpleGrid>
        <Textarea
          label={t('field.description')}
          autosize
          minRows={3}
          {...form.getInputProps('description')}
        />
        <FormActions
          onCancel={onCancel}
          saving={saving}
          submitLabel={mode === 'create' ? t('common:create') : undefined}
        />
      </Stack>
    </form>
  );
}
