import { Alert, Center, EmptyState, Loader, Table } from '@mantine/core';
import { IconAlertCircle, IconMoodEmpty } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A table body row that stands for "loading", "failed" or "nothing found". */
function ListStateRow({ columns, state }: { columns: number; state: 'loading' | 'error' | 'empty' }) {
  const { t } = useTranslation('registry');
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        {state === 'loading' && (
          <Center py="xl">
            <Loader aria-label={t('common:loading')} />
          </Center>
        )}
        {state === 'error' && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {t('common:error.loadFailed')}
          </Alert>
        )}
        {state === 'empty' && (
          <EmptyState
            py="xl"
            icon={<IconMoodEmpty aria-hidden />}
            title={t('list.emptyTitle')}
            description={t('list.emptyText')}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** A list table's body: a loading, failed or "nothing found" row, or the rows themselves. */
export function ListRows({
  columns,
  list,
  rows,
}: {
  columns: number;
  list: { isPending: boolean; isError: boolean };
  rows: ReactNode[] | undefined;
}) {
  if (list.isPending) return <ListStateRow columns={columns} state="loading" />;
  if (list.isError) return <ListStateRow columns={columns} state="error" />;
  return rows?.length ? rows : <ListStateRow columns={columns} state="empty" />;
}
