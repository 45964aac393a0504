import { Alert, Center, EmptyState, Loader, Table } from '@mantine/core';
import { IconAlertCircle, IconMoodEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A table body row that stands for "loading", "failed" or "nothing found". */
export function ListStateRow({ columns, state }: { columns: number; state: 'loading' | 'error' | 'empty' }) {
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
