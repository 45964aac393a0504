import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { EventUpdate, NewEvent } from '../../../shared/contracts/events';
import { NotFoundPage } from '../../app/not-found-page';
import { ApiError } from '../../lib/api';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { useCurrentUser } from '../auth/use-current-user';
import { EventForm, eventFormValues } from './event-form';
import { EVENT_WRITER_ROLES, useCreateEvent, useEvent, useUpdateEvent } from './events-api';

/** /events/new and /events/:id/edit: plan an event or change it (the centre's staff and admin). */
export function EventFormPage() {
  const { t } = useTranslation('events');
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  const navigate = useNavigate();
  const me = useCurrentUser();
  const event = useEvent(id ?? 0);
  const create = useCreateEvent();
  const update = useUpdateEvent(id ?? 0);
  const onError = useApiErrorHandler();

  if (!me.data) return null;
  if (!(EVENT_WRITER_ROLES as readonly string[]).includes(me.data.role)) return <NotFoundPage />;
  if (id !== undefined) {
    if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
    if (event.isPending) return <Loader aria-label={t('common:loading')} />;
    if (event.isError) {
      if (event.error instanceof ApiError && event.error.status === 404) return <NotFoundPage />;
      return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
    }
  }
  const back = id ? `/events/${id}` : '/events';

  return (
    <Stack maw={860}>
      <Anchor component={Link} to={back} size="sm">
        {id ? t('form.backToEvent') : t('form.backToList')}
      </Anchor>
      <Title order={1}>
        {event.data ? t('form.editTitle', { title: event.data.title }) : t('form.createTitle')}
      </Title>
      <EventForm
        key={event.data ? `${event.data.id}-${event.data.version}` : 'new'}
        mode={event.data ? 'edit' : 'create'}
        initial={eventFormValues(event.data)}
        chooseCentre={me.data.scope.kind !== 'centre'}
        currentTypeId={event.data?.serviceTypeId}
        saving={create.isPending || update.isPending}
        onCancel={() => navigate(back)}
        onSubmit={(input, form) =>
          event.data
            ? update.mutate(input as EventUpdate, {
                onSuccess: (saved) => {
                  notifications.show({ color: 'teal', message: t('form.saved') });
                  navigate(`/events/${saved.id}`);
                },
                onError: (e) => onError(e, form),
              })
            : create.mutate(input as NewEvent, {
                onSuccess: (saved) => navigate(`/events/${saved.id}`),
                onError: (e) => onError(e, form),
              })
        }
      />
    </Stack>
  );
}
