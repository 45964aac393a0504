import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Table, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { ApiError } from '../../lib/api';
import { formatDate, localized } from '../../lib/localized';
import { useCurrentUser } from '../auth/use-current-user';
import { HistoryList } from './history-list';
import { LeaveDialog } from './leave-dialog';
import { can } from './permissions';
import { useStaffHistory, useStaffMember } from './registry-api';
import { StatusBadge } from './status-badge';

/** /staff/:id: one staff member's details and change history. */
export function StaffPage() {
  const { t, i18n } = useTranslation('registry');
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const member = useStaffMember(id);
  const history = useStaffHistory(id);
  const [leaving, setLeaving] = useState(false);

  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (member.isPending) return <Loader aria-label={t('common:loading')} />;
  if (member.isError) {
    if (member.error instanceof ApiError && member.error.status === 404) return <NotFoundPage />;
    return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
  }
  const s = member.data;
  const manage = !!me.data && can.manageStaff(me.data.role);
  const rows: [string, ReactNode][] = [
    ['field.position', t(`position.${s.position}`)],
    [
      'field.centre',
      <Anchor key="c" component={Link} to={`/centres/${s.centreId}`}>
        {localized(s.centreName, i18n.language)}
      </Anchor>,
    ],
    ['field.hireDate', formatDate(s.hireDate)],
    ['field.leaveDate', formatDate(s.leaveDate) || null],
    ['field.phone', s.phone],
    ['field.email', s.email],
    ['field.status', <StatusBadge key="s" status={s.active ? 'working' : 'left'} />],
  ];

  return (
    <Stack maw={960}>
      <Anchor component={Link} to="/staff" size="sm">
        {t('staff.backToList')}
      </Anchor>
      <Group justify="space-between">
        <Title order={1}>{s.fullName}</Title>
        {manage && (
          <Group gap="xs">
            <Button
              component={Link}
              to={`/staff/${s.id}/edit`}
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('common:edit')}
            </Button>
            {s.active && (
              <Button variant="outline" color="red.8" onClick={() => setLeaving(true)}>
                {t('staff.markLeft')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <Paper withBorder p="md">
        <Table variant="vertical" withTableBorder aria-label={t('staff.details')}>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={180}>{t(label)}</Table.Th>
                <Table.Td>{value ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="staff-history">
        <Title order={2} size="h3" id="staff-history" mb="sm">
          {t('history.title')}
        </Title>
        <HistoryList history={history} />
      </Paper>
      {leaving && (
        <LeaveDialog staffId={s.id} fullName={s.fullName} opened onClose={() => setLeaving(false)} />
      )}
    </Stack>
  );
}
