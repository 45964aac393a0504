import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Paper,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { ApiError } from '../../lib/api';
import { localized } from '../../lib/localized';
import { useCurrentUser } from '../auth/use-current-user';
import { CentreDetails } from './centre-details';
import { HistoryList } from './history-list';
import { ListFooter } from './list-footer';
import { can } from './permissions';
import { ReasonDialog } from './reason-dialog';
import { useCentre, useCentreHistory, useStaffList } from './registry-api';
import { StaffTable } from './staff-table';
import { StatusBadge } from './status-badge';

// ECharts is large; the map loads in its own chunk when a centre page opens.
const CentreMap = lazy(() => import('./centre-map'));

const STAFF_PAGE_SIZE = 20;

/** /centres/:id: a centre's details, location, staff and change history. */
export function CentrePage() {
  const { t, i18n } = useTranslation('registry');
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const centre = useCentre(id);
  const [showLeft, setShowLeft] = useState(false);
  const [staffPage, setStaffPage] = useState(1);
  const [dialog, setDialog] = useState(false);
  const staff = useStaffList(
    { centreId: id, status: showLeft ? 'all' : 'active', page: staffPage, pageSize: STAFF_PAGE_SIZE },
    centre.isSuccess,
  );
  const history = useCentreHistory(id);

  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (centre.isPending) return <Loader aria-label={t('common:loading')} />;
  if (centre.isError) {
    if (centre.error instanceof ApiError && centre.error.status === 404) return <NotFoundPage />;
    return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
  }

  const c = centre.data;
  const role = me.data?.role;
  const name = localized(c.name, i18n.language);
  const statusAction = c.status === 'active' ? 'deactivate' : 'reactivate';

  return (
    <Stack>
      <Anchor component={Link} to="/centres" size="sm">
        {t('centre.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{name}</Title>
          <Group gap="xs" mt={4}>
            <Badge variant="outline" color="gray.8" c="gray.9">
              {c.code}
            </Badge>
            <Text>{t(`kind.${c.kind}`)}</Text>
            <StatusBadge status={c.status} />
          </Group>
        </div>
        <Group gap="xs">
          {role && can.editCentre(role) && (
            <Button
              component={Link}
              to={`/centres/${c.id}/edit`}
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('common:edit')}
            </Button>
          )}
          {role && can.changeCentreStatus(role) && (
            <Button
              variant="outline"
              color={statusAction === 'deactivate' ? 'red.8' : undefined}
              onClick={() => setDialog(true)}
            >
              {t(`centre.${statusAction}`)}
            </Button>
          )}
        </Group>
      </Group>

      {c.status === 'inactive' && (
        <Alert color="red" title={t('centre.inactiveNotice')}>
          {c.statusReason ? t('centre.reasonIs', { reason: c.statusReason }) : null}
        </Alert>
      )}

      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="centre-details">
            <Title order={2} size="h3" id="centre-details" mb="sm">
              {t('centre.details')}
            </Title>
            <CentreDetails centre={c} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="centre-location">
            <Title order={2} size="h3" id="centre-location" mb="sm">
              {t('centre.location')}
            </Title>
            <Suspense fallback={<Loader aria-label={t('common:loading')} />}>
              <CentreMap
                regionCode={c.regionCode}
                regionName={localized(c.regionName, i18n.language)}
                centreName={name}
                latitude={c.latitude}
                longitude={c.longitude}
              />
            </Suspense>
          </Paper>
        </Grid.Col>
      </Grid>

      <Paper withBorder p="md" component="section" aria-labelledby="centre-staff">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="centre-staff">
            {t('centre.staff')}
          </Title>
          <Group>
            <Switch
              label={t('centre.showLeft')}
              checked={showLeft}
              onChange={(e) => {
                setShowLeft(e.currentTarget.checked);
                setStaffPage(1);
              }}
            />
            {role && can.manageStaff(role) && (
              <Button
                component={Link}
                to={`/staff/new?centreId=${c.id}`}
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t('staff.add')}
              </Button>
            )}
          </Group>
        </Group>
        <StaffTable
          list={staff}
          caption={t('centre.staffCaption', { centre: name })}
          canManage={!!role && can.manageStaff(role)}
        />
        {staff.data && (
          <ListFooter
            total={staff.data.total}
            page={staffPage}
            pageSize={STAFF_PAGE_SIZE}
            onPage={setStaffPage}
            countKey="staff.found"
          />
        )}
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="centre-history">
        <Title order={2} size="h3" id="centre-history" mb="sm">
          {t('history.title')}
        </Title>
        <HistoryList history={history} />
      </Paper>

      <ReasonDialog centreId={c.id} action={statusAction} opened={dialog} onClose={() => setDialog(false)} />
    </Stack>
  );
}
