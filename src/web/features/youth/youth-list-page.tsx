import { Anchor, Badge, Button, Group, Select, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { YOUTH_STATUSES, type YouthStatus } from '../../../shared/contracts/youth';
import { formatDate } from '../../lib/localized';
import { ListFooter } from '../registry/list-footer';
import { ListRows } from '../registry/list-state';
import { SearchInput } from '../registry/search-input';
import { TableCaption } from '../registry/table-caption';
import { useListParams } from '../registry/use-list-params';
import { fullName, useYouthList } from './youth-api';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['q', 'status'] as const;
const COLUMNS = 5;

/** /youth: young people with consent in force, found by name, phone digits or birth date. */
export function YouthListPage() {
  const { t } = useTranslation('youth');
  const { values, page, set } = useListParams(FILTER_KEYS);
  const status = YOUTH_STATUSES.includes(values.status as YouthStatus)
    ? (values.status as YouthStatus)
    : undefined;
  const list = useYouthList({ q: values.q, status, page, pageSize: PAGE_SIZE });

  const rows = list.data?.items.map((y) => (
    <Table.Tr key={y.id}>
      <Table.Td>
        <Anchor component={Link} to={`/youth/${y.id}`}>
          {fullName(y)}
        </Anchor>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(y.birthDate)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{y.phone}</Table.Td>
      <Table.Td>
        {y.status === 'neet' ? (
          <Badge variant="light" color="orange" c="orange.9">
            {t('status.neet')}
          </Badge>
        ) : (
          t(`status.${y.status}`)
        )}
      </Table.Td>
      <Table.Td>{y.categories.map((c) => t(`category.${c}`, { defaultValue: c })).join(', ')}</Table.Td>
    </Table.Tr>
  ));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        <Button component={Link} to="/youth/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('list.new')}
        </Button>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 2 }} role="search" aria-label={t('registry:list.filters')}>
        <SearchInput
          label={t('common:search')}
          placeholder={t('list.searchPlaceholder')}
          value={values.q ?? ''}
          onSearch={(q) => set({ q })}
        />
        <Select
          label={t('field.status')}
          clearable
          placeholder={t('list.all')}
          data={YOUTH_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status ?? null}
          onChange={(v) => set({ status: v })}
        />
      </SimpleGrid>

      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover captionSide="top">
          <TableCaption>{t('list.caption')}</TableCaption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('field.name')}</Table.Th>
              <Table.Th>{t('field.birthDate')}</Table.Th>
              <Table.Th>{t('field.phone')}</Table.Th>
              <Table.Th>{t('field.status')}</Table.Th>
              <Table.Th>{t('field.categories')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <ListRows columns={COLUMNS} list={list} rows={rows} />
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && (
        <ListFooter
          total={list.data.total}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={(p) => set({ page: String(p) })}
          countKey="youth:list.found"
        />
      )}
    </Stack>
  );
}
