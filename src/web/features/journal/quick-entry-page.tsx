import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  Kbd,
  Loader,
  Paper,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUser } from '../../../shared/contracts/auth';
import { localized } from '../../lib/localized';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { useCurrentUser } from '../auth/use-current-user';
import { useProgrammes } from '../programmes/programmes-api';
import { useServiceCatalogue } from './catalogue-api';
import { DayList } from './day-list';
import { RecordFields } from './record-fields';
import { type RecordFormValues, toRecordInput, validateRecord } from './record-form';
import { nowTime, serviceTypesById, todayIso } from './record-options';
import { useCreateRecord } from './records-api';
import { loadChoices, type RememberedChoices, saveChoices } from './remembered-choices';
import { ShortcutsPanel } from './shortcuts-panel';
import { YouthPicker, youthName } from './youth-picker';

/** /journal/quick: a day's services recorded one after another from the keyboard. */
export function QuickEntryPage() {
  const { t } = useTranslation('journal');
  const me = useCurrentUser();
  if (!me.data) return <Loader aria-label={t('common:loading')} />;
  // Quick entry records for the user's own centre; users above a centre read the journal instead.
  if (me.data.scope.kind !== 'centre')
    return (
      <Stack>
        <Title order={1}>{t('quick.title')}</Title>
        <Alert color="blue">{t('quick.centreOnly')}</Alert>
        <Anchor component={Link} to="/journal">
          {t('quick.toJournal')}
        </Anchor>
      </Stack>
    );
  return <QuickEntry user={me.data} />;
}

const blank = (c: RememberedChoices, today: string): RecordFormValues => ({
  youth: null,
  anonymous: false,
  serviceTypeId: c.serviceTypeId,
  serviceDate: c.serviceDate ?? today,
  serviceTime: nowTime(),
  format: c.format,
  durationMinutes: c.durationMinutes,
  programmeId: null,
  referral: null,
  outcome: null,
  notes: '',
});

function QuickEntry({ user }: { user: CurrentUser }) {
  const { t, i18n } = useTranslation('journal');
  const today = todayIso();
  const catalogue = useServiceCatalogue(false);
  const programmes = useProgrammes();
  const types = useMemo(() => serviceTypesById(catalogue.data), [catalogue.data]);
  const remembered = useMemo(() => loadChoices(user.id, today), [user.id, today]);
  const form = useForm<RecordFormValues>({
    initialValues: blank(remembered, today),
    validate: validateRecord(t, (id) => types.get(id)),
  });
  const create = useCreateRecord();
  const onError = useApiErrorHandler();
  const [round, setRound] = useState(0);
  const [saved, setSaved] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const youthRef = useRef<HTMLInputElement>(null);
  const typeRef = useRef<HTMLInputElement>(null);
  const chosenType = form.values.serviceTypeId ? types.get(Number(form.values.serviceTypeId)) : undefined;

  // Each new record starts in the young-person search.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per record
  useEffect(() => {
    youthRef.current?.focus();
  }, [round]);

  const toggleAnonymous = () => {
    const next = !form.values.anonymous;
    form.setFieldValue('anonymous', next);
    form.setFieldValue('youth', null);
    form.clearFieldError('youthId');
    // Only types that allow an unnamed person stay on offer; a remembered one that does not goes.
    if (next && chosenType && !chosenType.allowsAnonymous) form.setFieldValue('serviceTypeId', null);
    if (!next) setRound((r) => r + 1);
    else setTimeout(() => typeRef.current?.focus(), 0);
  };

  // Shortcuts work from any field: Ctrl+Enter saves, Alt+A switches to an unnamed young person.
  // The physical key (code) is checked so that a Kazakh or Russian keyboard layout works the same.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        e.preventDefault();
        formRef.current?.requestSubmit();
      } else if (e.altKey && !e.ctrlKey && e.code === 'KeyA') {
        e.preventDefault();
        toggleAnonymous();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Straight to the first field that needs attention, whether the browser or the server found it.
  const focusFirstError = () =>
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);

  const submit = form.onSubmit(
    (values) =>
      create.mutate(toRecordInput(values), {
        onSuccess: (record) => {
          const choices: RememberedChoices = {
            serviceTypeId: values.serviceTypeId,
            format: values.format,
            durationMinutes: String(values.durationMinutes ?? ''),
            serviceDate: values.serviceDate,
          };
          saveChoices(user.id, choices, today);
          const who = values.youth && !values.anonymous ? youthName(values.youth) : t('list.unnamed');
          const what = types.get(record.serviceTypeId);
          const message = t('quick.saved', {
            who,
            what: what ? localized(what.name, i18n.language) : '',
          });
          setSaved(message);
          notifications.show({ color: 'teal', message, autoClose: 2500 });
          form.setValues(blank(choices, today));
          form.resetDirty();
          form.clearErrors();
          setRound((r) => r + 1);
        },
        onError: (e) => {
          onError(e, form);
          focusFirstError();
        },
      }),
    focusFirstError,
  );

  const anonymousHint = t('quick.anonymousHint');
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('quick.title')}</Title>
          <Text size="sm" c="gray.8">
            {t('quick.intro')}
          </Text>
        </div>
        <Anchor component={Link} to="/journal">
          {t('quick.toJournal')}
        </Anchor>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Paper withBorder p="md">
            <form ref={formRef} noValidate onSubmit={submit} aria-label={t('quick.formTitle')}>
              <Stack gap="sm">
                <Group align="flex-end" gap="md" wrap="wrap">
                  <div style={{ flex: '1 1 320px' }}>
                    <YouthPicker
                      key={round}
                      inputRef={youthRef}
                      value={form.values.anonymous ? null : (form.values.youth as never)}
                      disabled={form.values.anonymous}
                      error={form.errors.youthId as string | undefined}
                      onChange={(y) => {
                        form.setFieldValue('youth', y);
                        form.clearFieldError('youthId');
                      }}
                      onPicked={() => typeRef.current?.focus()}
                    />
                  </div>
                  <Switch
                    mb={8}
                    label={
                      <span>
                        {t('quick.anonymous')} <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">A</Kbd>
                      </span>
                    }
                    description={anonymousHint}
                    aria-keyshortcuts="Alt+A"
                    checked={form.values.anonymous}
                    onChange={toggleAnonymous}
                  />
                </Group>
                <RecordFields
                  form={form}
                  catalogue={catalogue.data}
                  programmes={programmes.data}
                  chosenType={chosenType}
                  typeRef={typeRef}
                  footer={
                    <Group justify="flex-end" align="center" wrap="nowrap">
                      <Text size="sm" role="status" aria-live="polite" c="teal.9" fw={500}>
                        {saved}
                      </Text>
                      <Button
                        type="submit"
                        loading={create.isPending}
                        leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                        aria-keyshortcuts="Control+Enter"
                        rightSection={
                          <Kbd size="xs" aria-hidden>
                            Ctrl+Enter
                          </Kbd>
                        }
                      >
                        {t('quick.save')}
                      </Button>
                    </Group>
                  }
                />
              </Stack>
            </form>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack>
            <DayList userId={user.id} day={form.values.serviceDate ?? today} today={today} types={types} />
            <ShortcutsPanel />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
