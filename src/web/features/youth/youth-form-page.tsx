import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { ApiError } from '../../lib/api';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { useCurrentUser } from '../auth/use-current-user';
import { fullName, useSaveYouth, useYouth } from './youth-api';
import { YouthForm, youthFormValues } from './youth-form';

/** /youth/new and /youth/:id/edit. After saving, the card shows age warnings and possible duplicates. */
export function YouthFormPage() {
  const { t } = useTranslation('youth');
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  const navigate = useNavigate();
  const me = useCurrentUser();
  const person = useYouth(id ?? 0);
  const save = useSaveYouth(id);
  const onError = useApiErrorHandler();

  if (!me.data) return null;
  if (id !== undefined) {
    if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
    if (person.isPending) return <Loader aria-label={t('common:loading')} />;
    if (person.isError) {
      if (person.error instanceof ApiError && person.error.status === 404) return <NotFoundPage />;
      return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
    }
  }
  const ownCentre = me.data.scope.kind === 'centre' ? String(me.data.scope.centreId) : null;
  const back = id ? `/youth/${id}` : '/youth';

  return (
    <Stack maw={860}>
      <Anchor component={Link} to={back} size="sm">
        {id ? t('form.backToCard') : t('form.back')}
      </Anchor>
      <Title order={1}>
        {person.data ? t('form.editTitle', { name: fullName(person.data) }) : t('form.newTitle')}
      </Title>
      <YouthForm
        key={person.data?.updatedAt ?? 'new'}
        existing={person.data}
        initial={youthFormValues(person.data, ownCentre)}
        chooseCentre={ownCentre === null}
        saving={save.isPending}
        onCancel={() => navigate(back)}
        onSubmit={(input, form) =>
          save.mutate(input, {
            onSuccess: (saved) => {
              notifications.show({
                color: 'teal',
                message: id ? t('form.saved') : t('form.created'),
                closeButtonProps: { 'aria-label': t('common:close') },
              });
              navigate(`/youth/${saved.youth.id}`, {
                state: { warnings: saved.warnings, possibleDuplicates: saved.possibleDuplicates },
              });
            },
            onError: (e) => {
              onError(e, form);
              // A known IIN: say whose record it is when the user may open it.
              const dup =
                e instanceof ApiError
                  ? e.problem.errors?.find((f) => f.field === 'iin' && f.code === 'duplicate')
                  : undefined;
              if (dup?.params?.id) {
                form.setFieldError(
                  'iin',
                  <Text size="xs" span>
                    {t('errors:field.duplicate')}:{' '}
                    <Anchor component={Link} to={`/youth/${dup.params.id}`} size="xs">
                      {t('duplicates.record', { id: dup.params.id })}
                    </Anchor>
                  </Text>,
                );
              }
            },
          })
        }
      />
    </Stack>
  );
}
