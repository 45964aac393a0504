import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLES } from '../../../shared/constants/roles';
import { USER_STATUSES, type UsersQuery } from '../../../shared/contracts/users';
import { NotFoundPage } from '../../app/not-found-page';
import { useCurrentUser } from '../auth/use-current-user';
import { ListFooter } from '../registry/list-footer';
import { ListRows } from '../registry/list-state';
import { RegionSelect } from '../registry/place-selects';
import { SearchInput } from '../registry/search-input';
import { TableCaption } from '../registry/table-caption';
import { useListParams } from '../registry/use-list-params';
import { UserStatusBadge, userScopeLabel } from './user-labels';
import { useUsers } from './users-api';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['q', 'role', 'regionCode', 'status'] as const;
const COLUMNS = 5;

/** /users: accounts with search, role, region and status filters and paging (admins only). */
export function UsersListPage() {
  const { t, i18n } = useTranslation('users');
  const me = useCurrentUser();
  const { values, page, set } = useListParams(FILTER_KEYS);
  const isAdmin = me.data?.role === 'admin';
  const filter = {
    q: values.q,
    role: values.role,
    regionCode: values.regionCode,
    status: values.status,
  } as Partial<UsersQuery>;
  const list = useUsers({ ...filter, page, pageSize: PAGE_SIZE }, isAdmin);

  if (!me.data) return null;
  if (!isAdmin) return <NotFoundPage />;

  const rows = list.data?.items.map((u) => (
    <Table.Tr key={u.id}>
      <Table.Td>
        <Anchor component={Link} to={`/users/${u.id}`}>
          {u.fullName}
        </Anchor>
        <Text size="sm" c="gray.8">
          {u.email}
        </Text>
      </Table.Td>
      <Table.Td>{t(`common:role.${u.role}`)}</Table.Td>
      <Table.Td>
        {userScopeLabel(u, i18n.language, t)}
        {u.centreCode && (
          <Text size="sm" c="gray.8">
            {u.centreCode}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <UserStatusBadge isActive={u.isActive} />
      </Table.Td>
      <Table.Td>
        <Button
          component={Link}
          to={`/users/${u.id}`}
          variant="subtle"
          size="xs"
          aria-label={t('action.edit', { name: u.fullName })}
        >
          {t('common:edit')}
        </Button>
      </Table.Td>
    </Table.Tr>
  ));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('list.title')}</Title>
        <Button component={Link} to="/users/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('list.new')}
        </Button>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} role="search" aria-label={t('registry:list.filters')}>
        <SearchInput
          label={t('common:search')}
          placeholder={t('list.searchPlaceholder')}
          value={values.q ?? ''}
          onSearch={(q) => set({ q })}
        />
        <Select
          label={t('field.role')}
          clearable
          placeholder={t('registry:list.all')}
          data={ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))}
          value={values.role ?? null}
          onChange={(v) => set({ role: v })}
        />
        <RegionSelect
          clearable
          placeholder={t('registry:list.all')}
          value={values.regionCode ?? null}
          onChange={(v) => set({ regionCode: v })}
        />
        <Select
          label={t('field.status')}
          data={USER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={values.status ?? 'all'}
          allowDeselect={false}
          onChange={(v) => set({ status: v === 'all' ? null : v })}
        />
      </SimpleGrid>

      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover captionSide="top">
          <TableCaption>{t('list.caption')}</TableCaption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('field.fullName')}</Table.Th>
              <Table.Th>{t('field.role')}</Table.Th>
              <Table.Th>{t('field.scope')}</Table.Th>
              <Table.Th>{t('field.status')}</Table.Th>
              <Table.Th>{t('registry:list.actions')}</Table.Th>
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
          countKey="users:list.found"
        />
      )}
    </Stack>
  );
}
