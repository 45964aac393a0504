import { Alert, Anchor, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarCheck, IconCalendarX, IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { GroupEventDetail } from '../../../shared/contracts/events';
import { todayInKazakhstan } from '../../../shared/today';
import { NotFoundPage } from '../../app/not-found-page';
import { ApiError } from '../../lib/api';
import { formatDate, localized } from '../../lib/localized';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { useCurrentUser } from '../auth/use-current-user';
import { ConfirmDialog } from '../users/confirm-dialog';
import { AttendanceChecklist } from './attendance-checklist';
import { EventStatusBadge, eventWhen } from './event-labels';
import { EVENT_WRITER_ROLES, useAttendance, useEvent, useEventStatus, useRegistration } from './events-api';
import { RegistrationSearch } from './registration-search';

function Detail({ label, value }: { label: string; value: string | number | null | undefined }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <div>
      <Text size="sm" c="gray.8">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
}

/** The services the event counts in the journal, and why unnamed attendees may not be among them. */
function ServicesSummary({ event }: { event: GroupEventDetail }) {
  const { t } = useTranslation('events');
  const named = event.services - event.anonymousServices;
  return (
    <Card withBorder component="section" aria-labelledby="event-services">
      <Stack gap="xs">
        <Title order={2} size="h4" id="event-services">
          {t('summary.title')}
        </Title>
        <Text size="xl" fw={700}>
          {t('summary.services', { count: event.services })}
        </Text>
        <Text>
          {t('summary.breakdown', {
            named,
            anonymous: event.anonymousServices,
            registered: event.registered,
          })}
        </Text>
        {event.unnamedAttendees > 0 && !event.allowsAnonymous && (
          <Text size="sm">{t('summary.unnamedNotCounted', { count: event.unnamedAttendees })}</Text>
        )}
      </Stack>
    </Card>
  );
}

/** /events/:id: the event, its registration list, the attendance checklist and the services it counts. */
export function EventPage() {
  const { t, i18n } = useTranslation('events');
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const event = useEvent(Number.isInteger(id) && id > 0 ? id : 0);
  const registration = useRegistration(id);
  const attendance = useAttendance(id);
  const status = useEventStatus(id);
  const onError = useApiErrorHandler();
  const [confirmCancel, setConfirmCancel] = useState(false);

  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (!me.data || event.isPending) return <Loader aria-label={t('common:loading')} />;
  if (event.isError) {
    if (event.error instanceof ApiError && event.error.status === 404) return <NotFoundPage />;
    return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
  }
  const e = event.data;
  const canWrite = (EVENT_WRITER_ROLES as readonly string[]).includes(me.data.role);
  const dayHasCome = e.eventDate <= todayInKazakhstan();
  const canMark = canWrite && e.status !== 'cancelled' && dayHasCome;
  const planned = e.status === 'planned';
  const lang = i18n.language;

  return (
    <Stack>
      <Anchor component={Link} to="/events" size="sm">
        {t('form.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1}>{e.title}</Title>
            <EventStatusBadge status={e.status} />
          </Group>
          <Text c="gray.8">
            {t(`kind.${e.kind}`)} · {eventWhen(e)} · {localized(e.centreName, lang)}
          </Text>
        </Stack>
        {canWrite && e.status !== 'cancelled' && (
          <Group>
            <Button
              component={Link}
              to={`/events/${e.id}/edit`}
              variant="default"
              leftSection={<IconEdit size={16} aria-hidden />}
            >
              {t('common:edit')}
            </Button>
            {planned && dayHasCome && (
              <Button
                leftSection={<IconCalendarCheck size={16} aria-hidden />}
                loading={status.isPending && status.variables === 'held'}
                onClick={() =>
                  status.mutate('held', {
                    onSuccess: () => notifications.show({ color: 'teal', message: t('action.heldDone') }),
                    onError: (err) => onError(err),
                  })
                }
              >
                {t('action.markHeld')}
              </Button>
            )}
            {e.attended === 0 && e.unnamedAttendees === 0 && (
              <Button
                variant="default"
                c="red.9"
                leftSection={<IconCalendarX size={16} aria-hidden />}
                onClick={() => setConfirmCancel(true)}
              >
                {t('action.cancel')}
              </Button>
            )}
          </Group>
        )}
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-labelledby="event-details">
          <Title order={2} size="h4" id="event-details" mb="xs">
            {t('details')}
          </Title>
          <SimpleGrid cols={2}>
            <Detail label={t('field.eventDate')} value={formatDate(e.eventDate)} />
            <Detail label={t('field.startTime')} value={e.startTime} />
            <Detail label={t('field.serviceType')} value={localized(e.serviceTypeName, lang)} />
            <Detail label={t('field.format')} value={t(`format.${e.format}`)} />
            <Detail
              label={t('field.durationMinutes')}
              value={e.durationMinutes ? t('minutes', { count: e.durationMinutes }) : null}
            />
            <Detail label={t('field.location')} value={e.location} />
            <Detail
              label={t('field.capacity')}
              value={e.capacity ? `${e.registered} / ${e.capacity}` : t('unlimited')}
            />
            <Detail label={t('field.organiser')} value={e.organiserName} />
          </SimpleGrid>
          {e.description && (
            <Text mt="sm" style={{ whiteSpace: 'pre-line' }}>
              {e.description}
            </Text>
          )}
        </Card>
        <ServicesSummary event={e} />
      </SimpleGrid>

      <Stack component="section" aria-labelledby="event-participants">
        <Title order={2} size="h3" id="event-participants">
          {t('registration.title')}
        </Title>
        {canWrite && planned && (
          <RegistrationSearch
            registered={new Set(e.participants.map((p) => p.youthId))}
            saving={registration.isPending}
            onRegister={(youthIds) => registration.mutate({ youthIds }, { onError: (err) => onError(err) })}
          />
        )}
        {canWrite && !planned && <Text size="sm">{t('registration.closed')}</Text>}
        {canWrite && e.status !== 'cancelled' && !dayHasCome && (
          <Alert color="blue">{t('attendance.notYet', { date: formatDate(e.eventDate) })}</Alert>
        )}
        <AttendanceChecklist
          key={e.participants.map((p) => `${p.youthId}:${p.attended}`).join(',') + e.unnamedAttendees}
          event={e}
          canMark={canMark}
          canUnregister={canWrite && planned}
          saving={attendance.isPending}
          onUnregister={(youthId) =>
            registration.mutate({ youthIds: [youthId], remove: true }, { onError: (err) => onError(err) })
          }
          onSave={(input) =>
            attendance.mutate(input, {
              onSuccess: (saved) =>
                notifications.show({
                  color: 'teal',
                  message: t('attendance.saved', { count: saved.services }),
                }),
              onError: (err) => onError(err),
            })
          }
        />
      </Stack>

      <ConfirmDialog
        opened={confirmCancel}
        title={t('action.cancelTitle')}
        text={t('action.cancelText', { title: e.title })}
        confirmLabel={t('action.cancel')}
        danger
        loading={status.isPending}
        onClose={() => setConfirmCancel(false)}
        onConfirm={() =>
          status.mutate('cancel', {
            onSuccess: () => setConfirmCancel(false),
            onError: (err) => {
              setConfirmCancel(false);
              onError(err);
            },
          })
        }
      />
    </Stack>
  );
}
