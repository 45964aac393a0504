import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { JournalRecord } from '../../../shared/contracts/journal-records';
import { NotFoundPage } from '../../app/not-found-page';
import { ApiError } from '../../lib/api';
import { formatDate, localized } from '../../lib/localized';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { FormActions } from '../../ui/form-actions';
import { useCurrentUser } from '../auth/use-current-user';
import { useProgrammes } from '../programmes/programmes-api';
import { HistoryList } from '../registry/history-list';
import { useServiceCatalogue } from './catalogue-api';
import { ConfidentialBadge, RecordNote } from './journal-list-page';
import { ReasonPrompt } from './reason-prompt';
import { RecordFields } from './record-fields';
import { type RecordFormValues, recordFormValues, toRecordInput, validateRecord } from './record-form';
import { readableHistory } from './record-history';
import { type ProgrammeWithId, programmeName, serviceTypesById } from './record-options';
import {
  useCorrectRecord,
  useDeleteRecord,
  useJournalRecord,
  useJournalRecordHistory,
  useYouth,
} from './records-api';
import { YouthPicker } from './youth-picker';

/** /journal/records/:id: one service with every field, its correction, deletion and history. */
export function RecordPage() {
  const { t, i18n } = useTranslation('journal');
  const id = Number(useParams().id);
  const record = useJournalRecord(id);
  const catalogue = useServiceCatalogue(false);
  const programmes = useProgrammes();
  const types = useMemo(() => serviceTypesById(catalogue.data), [catalogue.data]);
  const programmeList = programmes.data;
  const select = useMemo(
    () => readableHistory(t, i18n.language, types, programmeList, record.data),
    [t, i18n.language, types, programmeList, record.data],
  );
  const history = useJournalRecordHistory(id, select);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const me = useCurrentUser();
  // Centre staff keep their centre's journal; the server decides in the end.
  const canChange = !!me.data && ['center_manager', 'specialist'].includes(me.data.role);

  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (record.isPending) return <Loader aria-label={t('common:loading')} />;
  if (record.isError) {
    if (record.error instanceof ApiError && record.error.status === 404) return <NotFoundPage />;
    return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
  }
  const r = record.data;
  const type = types.get(r.serviceTypeId);
  const typeName = type ? localized(type.name, i18n.language) : '';

  return (
    <Stack maw={960}>
      <Anchor component={Link} to="/journal" size="sm">
        {t('record.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('record.title', { type: typeName, date: formatDate(r.serviceDate) })}</Title>
          <Group gap="xs" mt={4}>
            <Text>{r.youthName ?? t('list.unnamed')}</Text>
            {r.isConfidential && <ConfidentialBadge />}
            {r.deleted && <Badge color="red.8">{t('record.deleted')}</Badge>}
          </Group>
        </div>
        {canChange && !r.deleted && !editing && (
          <Group gap="xs">
            <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t('record.correct')}
            </Button>
            <Button
              variant="outline"
              color="red.8"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setDeleting(true)}
            >
              {t('record.delete')}
            </Button>
          </Group>
        )}
      </Group>

      {editing ? (
        <CorrectionForm
          record={r}
          types={types}
          catalogue={catalogue.data}
          programmes={programmeList}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Paper withBorder p="md" component="section" aria-labelledby="record-details">
          <Title order={2} size="h3" id="record-details" mb="sm">
            {t('record.details')}
          </Title>
          <RecordDetails record={r} typeName={typeName} programmes={programmeList} />
        </Paper>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="record-history">
        <Title order={2} size="h3" id="record-history" mb="sm">
          {t('record.history')}
        </Title>
        <HistoryList history={history} />
      </Paper>

      <DeleteDialog id={r.id} opened={deleting} onClose={() => setDeleting(false)} />
    </Stack>
  );
}

/** Every field of a record as a two-column table. */
function RecordDetails({
  record: r,
  typeName,
  programmes,
}: {
  record: JournalRecord;
  typeName: string;
  programmes: ProgrammeWithId[] | undefined;
}) {
  const { t, i18n } = useTranslation('journal');
  const rows: [string, React.ReactNode][] = [
    ['youth', r.youthName ?? t('list.unnamed')],
    ['serviceType', typeName],
    ['serviceDate', formatDate(r.serviceDate)],
    ['serviceTime', r.serviceTime?.slice(0, 5) ?? '—'],
    ['format', t(`format.${r.format}`)],
    ['durationMinutes', r.durationMinutes ? t('list.minutes', { count: r.durationMinutes }) : '—'],
    ['specialist', r.specialistName ?? '—'],
    ['programme', programmeName(programmes, r.programmeId, i18n.language) ?? '—'],
    ['referral', r.referral ? t(`referral.${r.referral}`) : '—'],
    ['outcome', r.outcome ? t(`outcome.${r.outcome}`) : '—'],
    ['notes', r.notes || r.notesHidden ? <RecordNote key="notes" record={r} /> : '—'],
  ];
  return (
    <Table withRowBorders variant="vertical" layout="fixed">
      <Table.Tbody>
        {rows.map(([key, value]) => (
          <Table.Tr key={key}>
            <Table.Th w={240}>{t(`recordField.${key}`)}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

type CorrectionProps = {
  record: JournalRecord;
  types: ReturnType<typeof serviceTypesById>;
  catalogue: Parameters<typeof RecordFields>[0]['catalogue'];
  programmes: ProgrammeWithId[] | undefined;
  onDone: () => void;
};

/** The record's values to correct, once its young person has loaded. */
function CorrectionForm(props: CorrectionProps) {
  const { t } = useTranslation('journal');
  const youth = useYouth(props.record.youthId);
  if (props.record.youthId && youth.isPending) return <Loader aria-label={t('common:loading')} />;
  return <CorrectionFormBody {...props} youth={youth.data ?? null} />;
}

/** The record's values to correct; saving asks for the reason first. */
function CorrectionFormBody({
  record,
  youth,
  types,
  catalogue,
  programmes,
  onDone,
}: CorrectionProps & { youth: RecordFormValues['youth'] }) {
  const { t } = useTranslation('journal');
  const correct = useCorrectRecord(record.id);
  const onError = useApiErrorHandler();
  const [asking, setAsking] = useState<RecordFormValues | null>(null);
  const form = useForm<RecordFormValues>({
    initialValues: recordFormValues(record, youth),
    validate: validateRecord(t, (id) => types.get(id)),
  });
  const chosenType = form.values.serviceTypeId ? types.get(Number(form.values.serviceTypeId)) : undefined;

  const confirm = (reason: string, reasonForm: UseFormReturnType<{ reason: string }>) => {
    if (!asking) return;
    correct.mutate(
      // A note the caller may not read is left out, so the server keeps it as it is.
      { ...toRecordInput(asking), ...(record.notesHidden ? { notes: undefined } : {}), reason },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('record.corrected') });
          setAsking(null);
          onDone();
        },
        onError: (e) => {
          const reasonError = e instanceof ApiError && e.problem.errors?.some((x) => x.field === 'reason');
          if (reasonError) onError(e, reasonForm);
          else {
            setAsking(null);
            onError(e, form);
          }
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="record-correct">
      <Title order={2} size="h3" id="record-correct" mb="sm">
        {t('record.correctTitle')}
      </Title>
      <form noValidate onSubmit={form.onSubmit((values) => setAsking(values))}>
        <Stack gap="sm">
          <YouthPicker
            value={form.values.anonymous ? null : (form.values.youth as never)}
            disabled={form.values.anonymous}
            error={form.errors.youthId as string | undefined}
            description={form.values.anonymous ? t('list.unnamed') : undefined}
            onChange={(y) => {
              form.setFieldValue('youth', y);
              form.clearFieldError('youthId');
            }}
          />
          <RecordFields
            form={form}
            catalogue={catalogue}
            programmes={programmes}
            chosenType={chosenType}
            notesHidden={record.notesHidden}
          />
          <FormActions onCancel={onDone} saving={correct.isPending} />
        </Stack>
      </form>
      <ReasonPrompt
        opened={asking !== null}
        title={t('record.correctTitle')}
        text={t('record.correctConfirm')}
        confirmLabel={t('common:save')}
        pending={correct.isPending}
        onClose={() => setAsking(null)}
        onConfirm={confirm}
      />
    </Paper>
  );
}

/** Deletes a record after asking why; the list no longer shows it, the history keeps it. */
function DeleteDialog({ id, opened, onClose }: { id: number; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('journal');
  const remove = useDeleteRecord(id);
  const onError = useApiErrorHandler();
  const navigate = useNavigate();
  return (
    <ReasonPrompt
      opened={opened}
      title={t('record.deleteTitle')}
      text={t('record.deleteConfirm')}
      confirmLabel={t('record.delete')}
      danger
      pending={remove.isPending}
      onClose={onClose}
      onConfirm={(reason, form) =>
        remove.mutate(reason, {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('record.deletedNotice') });
            navigate('/journal');
          },
          onError: (e) => onError(e, form),
        })
      }
    />
  );
}
