import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { ApiError } from '../../lib/api';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { useCurrentUser } from '../auth/use-current-user';
import { can } from './permissions';
import { useSaveStaff, useStaffMember } from './registry-api';
import { StaffForm, staffFormValues } from './staff-form';

/** /staff/new (optionally ?centreId=) and /staff/:id/edit. */
export function StaffFormPage() {
  const { t } = useTranslation('registry');
  const params = useParams();
  const [search] = useSearchParams();
  const id = params.id ? Number(params.id) : undefined;
  const navigate = useNavigate();
  const me = useCurrentUser();
  const member = useStaffMember(id ?? 0);
  const save = useSaveStaff(id);
  const onError = useApiErrorHandler();

  if (!me.data) return null;
  if (!can.manageStaff(me.data.role)) return <NotFoundPage />;
  if (id !== undefined) {
    if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
    if (member.isPending) return <Loader aria-label={t('common:loading')} />;
    if (member.isError) {
      if (member.error instanceof ApiError && member.error.status === 404) return <NotFoundPage />;
      return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
    }
  }
  // A centre-bound user adds people only to their own centre.
  const ownCentre = me.data.scope.kind === 'centre' ? String(me.data.scope.centreId) : null;
  const centreId = search.get('centreId') ?? ownCentre;
  const back = id ? `/staff/${id}` : centreId ? `/centres/${centreId}` : '/staff';

  return (
    <Stack maw={860}>
      <Anchor component={Link} to={back} size="sm">
        {t('form.back')}
      </Anchor>
      <Title order={1}>
        {member.data ? t('staff.editTitle', { name: member.data.fullName }) : t('staff.add')}
      </Title>
      <StaffForm
        key={member.data?.updatedAt ?? 'new'}
        initial={staffFormValues(member.data, centreId)}
        saving={save.isPending}
        onCancel={() => navigate(back)}
        onSubmit={(input, form) =>
          save.mutate(input, {
            onSuccess: (saved) => {
              notifications.show({ color: 'teal', message: t('form.saved') });
              navigate(`/staff/${saved.id}`);
            },
            onError: (e) => onError(e, form),
          })
        }
      />
    </Stack>
  );
}
