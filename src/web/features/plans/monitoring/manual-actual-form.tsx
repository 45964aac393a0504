import { Button, FileInput, Group, NumberInput, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/constants/roles';
import { MAX_EVIDENCE_BYTES, type MonitoringKpi } from '../../../../shared/contracts/plan-monitoring';
import { planText } from '../../../../shared/plan-text';
import { useApiErrorHandler } from '../../../lib/use-api-form-errors';
import { useEnterActual } from './monitoring-api';

interface Values {
  kpiId: string | null;
  quarter: string | null;
  value: number | string;
  file: File | null;
}

/**
 * The form a centre's manager or specialist enters a manual KPI's year-to-date value with: the KPI,
 * a quarter already begun, the value, and the evidence file (PDF, image or XLSX up to 10 MB).
 */
export function ManualActualForm({
  planId,
  kpis,
  quartersBegun,
  onDone,
}: {
  planId: number;
  kpis: MonitoringKpi[];
  quartersBegun: number;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('monitoring');
  const enter = useEnterActual(planId);
  const onError = useApiErrorHandler();
  const form = useForm<Values>({
    initialValues: {
      kpiId: kpis.length === 1 ? kpis[0].id : null,
      quarter: quartersBegun ? String(quartersBegun) : null,
      value: '',
      file: null,
    },
    validate: {
      kpiId: (v) => (v ? null : t('errors:field.required')),
      quarter: (v) => (v ? null : t('errors:field.required')),
      value: (v) => (v === '' || v === null ? t('errors:field.required') : null),
      file: (f) =>
        !f
          ? t('errors:field.required')
          : f.size > MAX_EVIDENCE_BYTES
            ? t('form.fileTooLarge', { mb: MAX_EVIDENCE_BYTES / 1024 / 1024 })
            : null,
    },
  });

  const submit = form.onSubmit((v) =>
    enter.mutate(
      { kpiId: v.kpiId as string, quarter: Number(v.quarter), value: Number(v.value), file: v.file as File },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('form.saved') });
          form.reset();
          onDone();
        },
        onError: (error) => onError(error, form),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('form.kpi')}
          data={kpis.map((k) => ({ value: k.id, label: planText(k.name, i18n.language as Locale) }))}
          withAsterisk
          {...form.getInputProps('kpiId')}
        />
        <Group grow align="flex-start">
          <Select
            label={t('form.quarter')}
            data={Array.from({ length: quartersBegun }, (_, i) => ({
              value: String(i + 1),
              label: t('quarter', { n: i + 1 }),
            }))}
            withAsterisk
            {...form.getInputProps('quarter')}
          />
          <NumberInput
            label={t('form.value')}
            description={t('form.valueHint')}
            min={0}
            withAsterisk
            {...form.getInputProps('value')}
          />
        </Group>
        <FileInput
          label={t('form.file')}
          description={t('form.fileHint')}
          accept=".pdf,.png,.jpg,.jpeg,.xlsx,application/pdf,image/png,image/jpeg"
          clearable
          withAsterisk
          {...form.getInputProps('file')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={enter.isPending}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
