import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { ApiError } from '../../lib/api';
import { localized } from '../../lib/localized';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { useCurrentUser } from '../auth/use-current-user';
import { CentreForm, centreFormValues } from './centre-form';
import { can } from './permissions';
import { useCentre, useSaveCentre } from './registry-api';

/** /centres/new and /centres/:id/edit. */
export function CentreFormPage() {
  const { t, i18n } = useTranslation('registry');
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  const navigate = useNavigate();
  const me = useCurrentUser();
  const centre = useCentre(id ?? 0);
  const save = useSaveCentre(id);
  const onError = useApiErrorHandler();

  const user = me.data;
  if (!user) return null;
  if (id === undefined ? !can.createCentre(user.role) : !can.editCentre(user.role)) return <NotFoundPage />;
  if (id !== undefined) {
    if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
    if (centre.isPending) return <Loader aria-label={t('common:loading')} />;
    if (centre.isError) {
      if (centre.error instanceof ApiError && centre.error.status === 404) return <NotFoundPage />;
      return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
    }
  }

  const defaultRegion = user.scope.kind === 'region' ? user.scope.regionCode : undefined;
  const title = centre.data
    ? t('centres.editTitle', { name: localized(centre.data.name, i18n.language) })
    : t('centres.new');
  const back = id ? `/centres/${id}` : '/centres';

  return (
    <Stack maw={960}>
      <Anchor component={Link} to={back} size="sm">
        {t('form.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <CentreForm
        key={centre.data?.updatedAt ?? 'new'}
        initial={centreFormValues(centre.data, defaultRegion)}
        role={user.role}
        centreId={id}
        currentParent={
          centre.data?.parentId && centre.data.parentName
            ? { id: centre.data.parentId, name: centre.data.parentName }
            : null
        }
        saving={save.isPending}
        onCancel={() => navigate(back)}
        onSubmit={(input, form) =>
          save.mutate(input, {
            onSuccess: (saved) => {
              notifications.show({ color: 'teal', message: t('form.saved') });
              navigate(`/centres/${saved.id}`);
            },
            onError: (e) => onError(e, form),
          })
        }
      />
    </Stack>
  );
}
