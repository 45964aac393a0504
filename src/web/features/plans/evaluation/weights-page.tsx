import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  EVALUATION_COMPONENTS,
  type EvaluationWeights,
  type EvaluationWeightValues,
  evaluationWeightsChangeSchema,
} from '../../../../shared/contracts/evaluation';
import { formatDate } from '../../../lib/localized';
import { useApiErrorHandler } from '../../../lib/use-api-form-errors';
import { zodValidate } from '../../../lib/zod-form';
import { useCurrentUser } from '../../auth/use-current-user';
import { TableCaption } from '../../registry/table-caption';
import { useEvaluationWeights, useSaveEvaluationWeights } from './evaluation-api';
import { Swatch } from './evaluation-parts';
import { YEARS, yearFrom } from './evaluation-years';

/** A saved moment as yyyy-mm-ddThh:mm in Kazakhstan's time (UTC+5, as the rest of the app). */
const inKazakhstan = (iso: string) => new Date(Date.parse(iso) + 5 * 3600_000).toISOString();

/** The revision a save builds on: the year's own latest, or 0 when the year has none yet. */
const ownRevision = (w: EvaluationWeights) => (w.sourceYear === w.year ? w.revision : 0);

function WeightsForm({ data, editable }: { data: EvaluationWeights; editable: boolean }) {
  const { t } = useTranslation('evaluation');
  const save = useSaveEvaluationWeights(data.year);
  const onError = useApiErrorHandler();
  const form = useForm<{ revision: number; weights: EvaluationWeightValues }>({
    initialValues: { revision: ownRevision(data), weights: data.weights },
    validate: zodValidate(evaluationWeightsChangeSchema, t),
  });
  // A saved revision (ours or, after a reload, someone else's) becomes the new starting point.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the server's revision changes
  useEffect(() => {
    form.setValues({ revision: ownRevision(data), weights: data.weights });
    form.resetDirty();
  }, [data.year, data.revision, data.sourceYear]);
  const total = EVALUATION_COMPONENTS.reduce((sum, k) => sum + (Number(form.values.weights[k]) || 0), 0);

  return (
    <form
      onSubmit={form.onSubmit((values) =>
        save.mutate(values, {
          onSuccess: (saved) =>
            notifications.show({ color: 'green', message: t('weights.saved', { revision: saved.revision }) }),
          onError: (error) => onError(error, form),
        }),
      )}
    >
      <Stack gap="sm">
        {EVALUATION_COMPONENTS.map((k) => (
          <NumberInput
            key={k}
            label={
              <Group gap={6} component="span">
                <Swatch component={k} />
                {t(`component.${k}`)}
              </Group>
            }
            description={t(`componentFormula.${k}`)}
            min={0}
            max={100}
            step={5}
            allowDecimal={false}
            suffix=" %"
            readOnly={!editable}
            w={{ base: '100%', sm: 560 }}
            {...form.getInputProps(`weights.${k}`)}
          />
        ))}
        <Text fw={600} c={total === 100 ? undefined : 'red.8'} aria-live="polite">
          {t('weights.total', { total })}
        </Text>
        {typeof form.errors.weights === 'string' && (
          <Text c="red.8" size="sm" role="alert">
            {form.errors.weights}
          </Text>
        )}
        {editable && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('weights.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

function HistoryTable({ data }: { data: EvaluationWeights }) {
  const { t } = useTranslation('evaluation');
  if (data.history.length === 0) return <Text>{t('weights.noHistory', { year: data.year })}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <TableCaption>{t('weights.history', { year: data.year })}</TableCaption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('weights.revision')}</Table.Th>
            <Table.Th scope="col">{t('weights.savedAt')}</Table.Th>
            <Table.Th scope="col">{t('weights.savedBy')}</Table.Th>
            {EVALUATION_COMPONENTS.map((k) => (
              <Table.Th key={k} scope="col" style={{ textAlign: 'right' }}>
                {t(`componentShort.${k}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.history.map((h) => (
            <Table.Tr key={h.revision}>
              <Table.Th scope="row">{h.revision}</Table.Th>
              <Table.Td>
                {formatDate(inKazakhstan(h.savedAt).slice(0, 10))} {inKazakhstan(h.savedAt).slice(11, 16)}
              </Table.Td>
              <Table.Td>{h.savedBy ?? t('weights.system')}</Table.Td>
              {EVALUATION_COMPONENTS.map((k) => (
                <Table.Td key={k} style={{ textAlign: 'right' }}>
                  {h.weights[k]}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The evaluation weights of a year: national users save a new revision; the year's revisions below. */
export function WeightsPage() {
  const { t } = useTranslation('evaluation');
  useDocumentTitle(`${t('weights.title')} · ${t('common:appName')}`);
  const user = useCurrentUser().data;
  const [params, setParams] = useSearchParams();
  const year = yearFrom(params.get('year'));
  const weights = useEvaluationWeights(year);
  const editable = user?.role === 'national' || user?.role === 'admin';
  const data = weights.data;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/rating?year=${year}`}>
        {t('centre.back')}
      </Anchor>
      <div>
        <Title order={1} size="h2">
          {t('weights.title')}
        </Title>
        <Text c="gray.8">{t('weights.intro')}</Text>
      </div>
      <Select
        label={t('filters.year')}
        data={YEARS}
        value={String(year)}
        onChange={(v) => v && setParams({ year: v })}
        allowDeselect={false}
        w={140}
      />
      {weights.isLoading && <Loader aria-label={t('loading')} role="status" />}
      {weights.error && <Alert color="red">{weights.error.message}</Alert>}
      {data && (
        <>
          {data.sourceYear !== data.year && (
            <Alert color="blue">
              {data.sourceYear === null
                ? t('weights.builtIn', { year: data.year })
                : t('weights.inherited', { year: data.year, source: data.sourceYear })}
            </Alert>
          )}
          <Paper withBorder p="md" radius="md">
            <WeightsForm key={data.year} data={data} editable={editable} />
          </Paper>
          <HistoryTable data={data} />
        </>
      )}
    </Stack>
  );
}
