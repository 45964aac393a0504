import { Anchor, Button, Table, VisuallyHidden } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffMember } from '../../../shared/contracts/registry';
import { formatDate, localized } from '../../lib/localized';
import { LeaveDialog } from './leave-dialog';
import { ListRows } from './list-state';
import type { Page } from './registry-api';
import { SortableTh } from './sortable-th';
import { StatusBadge } from './status-badge';
import { TableCaption } from './table-caption';

interface Props {
  list: UseQueryResult<Page<StaffMember>>;
  caption: string;
  /** Show the centre column (the national and regional lists; not on a centre's own page). */
  withCentre?: boolean;
  /** Offer "Mark as left" on active rows. */
  canManage?: boolean;
  sorting?: { sort: string; order: 'asc' | 'desc'; onSort: (sort: string, order: 'asc' | 'desc') => void };
}

/** Staff rows: name, position, centre, hire and leave dates, status; optional sorting. */
export function StaffTable({ list, caption, withCentre, canManage, sorting }: Props) {
  const { t, i18n } = useTranslation('registry');
  const [leaving, setLeaving] = useState<StaffMember | null>(null);
  const columns = 5 + (withCentre ? 1 : 0) + (canManage ? 1 : 0);

  const header = (field: string | null, label: string) =>
    sorting && field ? (
      <SortableTh key={label} field={field} {...sorting}>
        {t(label)}
      </SortableTh>
    ) : (
      <Table.Th key={label}>{t(label)}</Table.Th>
    );

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover captionSide="top">
          <TableCaption>{caption}</TableCaption>
          <Table.Thead>
            <Table.Tr>
              {header('name', 'field.fullName')}
              {header('position', 'field.position')}
              {withCentre && header('centre', 'field.centre')}
              {header('hireDate', 'field.hireDate')}
              {header(null, 'field.leaveDate')}
              {header(null, 'field.status')}
              {canManage && (
                <Table.Th>
                  <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <ListRows
              columns={columns}
              list={list}
              rows={list.data?.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/staff/${s.id}`}>
                      {s.fullName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`position.${s.position}`)}</Table.Td>
                  {withCentre && (
                    <Table.Td>
                      <Anchor component={Link} to={`/centres/${s.centreId}`}>
                        {localized(s.centreName, i18n.language)}
                      </Anchor>
                    </Table.Td>
                  )}
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(s.hireDate)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(s.leaveDate) || '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <StatusBadge status={s.active ? 'working' : 'left'} />
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      {s.active && (
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setLeaving(s)}
                          aria-label={t('staff.markLeftFor', { name: s.fullName })}
                        >
                          {t('staff.markLeft')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            />
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {leaving && (
        <LeaveDialog
          staffId={leaving.id}
          fullName={leaving.fullName}
          opened
          onClose={() => setLeaving(null)}
        />
      )}
    </>
  );
}
