import {
  Alert,
  Button,
  Fieldset,
  Group,
  Loader,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NEEDS_COMPONENT_KEYS,
  type NeedsMethodology,
  type NeedsMethodologyRevision,
  needsMethodologySaveSchema,
} from '../../../../shared/contracts/needs-methodology';
import { todayInKazakhstan } from '../../../../shared/today';
import { ApiError } from '../../../lib/api';
import { formatDate, localized } from '../../../lib/localized';
import { useApiErrorHandler } from '../../../lib/use-api-form-errors';
import { zodValidate } from '../../../lib/zod-form';
import { ListSelect } from '../../../ui/list-select';
import { useCurrentUser } from '../../auth/use-current-user';
import { useServiceCatalogue } from '../../journal/catalogue-api';
import {
  useMethodology,
  useMethodologyRevisions,
  useMethodologyYears,
  useSaveMethodology,
} from './needs-api';

const THIS_YEAR = Number(todayInKazakhstan().slice(0, 4));
type FormValues = NeedsMethodology & { note: string };

const PARAMETERS = [
  { field: 'neetTarget', step: 0.1, decimals: 2 },
  { field: 'neetExcessCap', step: 0.1, decimals: 2 },
  { field: 'surveyMinAnswers', step: 1, decimals: 0 },
  { field: 'surveyShareCap', step: 0.05, decimals: 2 },
  { field: 'surveyYearOffset', step: 1, decimals: 0 },
  { field: 'unmetDemandCap', step: 0.05, decimals: 2 },
  { field: 'journalYearOffset', step: 1, decimals: 0 },
] as const;

function MethodologyForm({
  year,
  shown,
  canEdit,
  onSaved,
}: {
  year: number;
  shown: NeedsMethodologyRevision | { methodology: NeedsMethodology; revision: null };
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('needs');
  const catalogue = useServiceCatalogue(false);
  const save = useSaveMethodology(year);
  const onError = useApiErrorHandler();
  const form = useForm<FormValues>({
    initialValues: { ...shown.methodology, note: '' },
    validate: zodValidate(needsMethodologySaveSchema, t),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another revision is shown
  useEffect(() => {
    form.setValues({ ...shown.methodology, note: '' });
    form.resetDirty();
  }, [year, shown.revision]);
  const directions = (catalogue.data ?? [])
    .filter((d) => d.code !== 'events')
    .map((d) => ({ value: d.code, label: localized(d.name, i18n.language) }));
  const weightSum = NEEDS_COMPONENT_KEYS.reduce((s, k) => s + (Number(form.values.weights[k]) || 0), 0);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        save.mutate(needsMethodologySaveSchema.parse({ ...values, note: values.note.trim() || undefined }), {
          onSuccess: (saved) => {
            notifications.show({
              color: 'green',
              message: t('methodology.saved', { revision: saved.revision }),
              closeButtonProps: { 'aria-label': t('common:close') },
            });
            onSaved();
          },
          onError: (e) => onError(e, form),
        }),
      )}
    >
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack>
          <Fieldset legend={t('methodology.weights')}>
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              {NEEDS_COMPONENT_KEYS.map((k) => (
                <NumberInput
                  key={k}
                  label={t(`component.${k}`)}
                  min={0}
                  step={0.05}
                  decimalScale={3}
                  {...form.getInputProps(`weights.${k}`)}
                />
              ))}
            </SimpleGrid>
            <Text size="sm" mt="xs" c="gray.8">
              {t('methodology.weightsHelp', {
                shares: NEEDS_COMPONENT_KEYS.map(
                  (k) =>
                    `${t(`component.${k}`)} ${weightSum > 0 ? Math.round(((Number(form.values.weights[k]) || 0) / weightSum) * 100) : 0} %`,
                ).join(', '),
              })}
            </Text>
            {form.errors.weights && (
              <Text size="sm" c="red.8" role="alert">
                {form.errors.weights}
              </Text>
            )}
          </Fieldset>
          <Fieldset legend={t('methodology.parameters')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {PARAMETERS.map((p) => (
                <NumberInput
                  key={p.field}
                  label={t(`param.${p.field}.label`)}
                  description={t(`param.${p.field}.help`)}
                  step={p.step}
                  decimalScale={p.decimals}
                  min={0}
                  {...form.getInputProps(p.field)}
                />
              ))}
              <MultiSelect
                label={t('param.neetDirections.label')}
                description={t('param.neetDirections.help')}
                data={directions}
                searchable
                {...form.getInputProps('neetDirections')}
              />
            </SimpleGrid>
          </Fieldset>
          {canEdit && (
            <>
              <Textarea label={t('methodology.note')} autosize minRows={2} {...form.getInputProps('note')} />
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending}>
                  {t('methodology.save')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}

function RevisionsTable({
  items,
  shown,
  onShow,
}: {
  items: NeedsMethodologyRevision[];
  shown: number | null;
  onShow: (revision: number) => void;
}) {
  const { t } = useTranslation('needs');
  return (
    <Table striped captionSide="top">
      <Table.Caption>{t('methodology.revisions')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('methodology.revision')}</Table.Th>
          <Table.Th scope="col">{t('methodology.savedOn')}</Table.Th>
          <Table.Th scope="col">{t('methodology.savedBy')}</Table.Th>
          <Table.Th scope="col">{t('methodology.note')}</Table.Th>
          <Table.Th scope="col" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((r, i) => (
          <Table.Tr key={r.revision}>
            <Table.Td>{r.revision}</Table.Td>
            <Table.Td>{formatDate(r.createdAt)}</Table.Td>
            <Table.Td>{r.createdBy?.name ?? t('methodology.shipped')}</Table.Td>
            <Table.Td>{r.note ?? ''}</Table.Td>
            <Table.Td>
              {(shown ?? items[0]?.revision) === r.revision ? (
                <Text size="sm" fw={500}>
                  {i === 0 ? t('methodology.current') : t('methodology.shown')}
                </Text>
              ) : (
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => onShow(r.revision)}
                  aria-label={t('methodology.showRevision', { revision: r.revision })}
                >
                  {t('methodology.show')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * /needs-methodology: the weights and formula parameters of needs profiles per year, with their
 * revision history. National users save a new revision (an older one can be shown and saved again);
 * everyone else reads.
 */
export function MethodologyPage() {
  const { t } = useTranslation('needs');
  const me = useCurrentUser();
  const years = useMethodologyYears();
  const [year, setYear] = useState(THIS_YEAR);
  const [revision, setRevision] = useState<number | null>(null);
  const current = useMethodology(year, revision);
  const revisions = useMethodologyRevisions(year);
  const latestYear = years.data?.items[0]?.year ?? THIS_YEAR;
  const fallback = useMethodology(latestYear, null);
  if (!me.data) return null;
  const canEdit = me.data.role === 'national' || me.data.role === 'admin';
  const yearOptions = [...new Set([THIS_YEAR + 1, ...(years.data?.items ?? []).map((y) => y.year)])]
    .sort((a, b) => b - a)
    .map(String);
  const missing = current.error instanceof ApiError && current.error.status === 404;
  const shown =
    current.data ??
    (missing && fallback.data ? { methodology: fallback.data.methodology, revision: null } : null);

  return (
    <Stack>
      <Title order={1}>{t('methodology.title')}</Title>
      <Text c="gray.8">{t('methodology.intro')}</Text>
      <ListSelect
        label={t('methodology.year')}
        data={yearOptions}
        value={String(year)}
        onChange={(v) => {
          if (!v) return;
          setYear(Number(v));
          setRevision(null);
        }}
        allowDeselect={false}
        w={160}
      />
      {current.isLoading && <Loader aria-label={t('loading')} role="status" />}
      {current.error && !missing && <Alert color="red">{current.error.message}</Alert>}
      {missing && <Alert color="blue">{t('methodology.none', { year, from: latestYear })}</Alert>}
      {revision !== null && <Alert color="yellow">{t('methodology.viewingOld', { revision })}</Alert>}
      {shown && (
        <MethodologyForm year={year} shown={shown} canEdit={canEdit} onSaved={() => setRevision(null)} />
      )}
      {revisions.data && revisions.data.items.length > 0 && (
        <RevisionsTable items={revisions.data.items} shown={revision} onShow={setRevision} />
      )}
    </Stack>
  );
}
