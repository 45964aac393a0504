import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CENTRE_KINDS, CENTRE_STATUSES } from '../../../shared/constants/registry';
import type { CentresQuery } from '../../../shared/contracts/registry';
import { formatNumber, localized } from '../../lib/localized';
import { useCurrentUser } from '../auth/use-current-user';
import { ExportButtons } from './export-buttons';
import { ListFooter } from './list-footer';
import { ListRows } from './list-state';
import { can } from './permissions';
import { DistrictSelect, RegionSelect } from './place-selects';
import { useCentres } from './registry-api';
import { SearchInput } from './search-input';
import { SortableTh } from './sortable-th';
import { StatusBadge } from './status-badge';
import { TableCaption } from './table-caption';
import { useListParams } from './use-list-params';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['q', 'regionCode', 'districtId', 'kind', 'status', 'sort', 'order'] as const;
const COLUMNS = 6;

/** /centres: the network's centres with search, filters, sorting, paging and export. */
export function CentresListPage() {
  const { t, i18n } = useTranslation('registry');
  const me = useCurrentUser();
  const { values, page, set } = useListParams(FILTER_KEYS);
  const sort = values.sort ?? 'name';
  const order = values.order === 'desc' ? 'desc' : 'asc';
  const filter = {
    q: values.q,
    regionCode: values.regionCode,
    districtId: values.districtId ? Number(values.districtId) : undefined,
    kind: values.kind,
    status: values.status,
    sort,
    order,
  } as Partial<CentresQuery>;
  const list = useCentres({ ...filter, page, pageSize: PAGE_SIZE });
  const role = me.data?.role;

  const rows = list.data?.items.map((c) => (
    <Table.Tr key={c.id}>
      <Table.Td>
        <Anchor component={Link} to={`/centres/${c.id}`}>
          {localized(c.name, i18n.language)}
        </Anchor>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.code}</Table.Td>
      <Table.Td>{t(`kind.${c.kind}`)}</Table.Td>
      <Table.Td>
        {localized(c.regionName, i18n.language)}
        {c.districtName && `, ${localized(c.districtName, i18n.language)}`}
      </Table.Td>
      <Table.Td ta="right">{formatNumber(c.staffCount, i18n.language)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <StatusBadge status={c.status} />
      </Table.Td>
    </Table.Tr>
  ));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('centres.title')}</Title>
        <Group gap="xs">
          <ExportButtons list="centres" filter={filter} />
          {role && can.createCentre(role) && (
            <Button component={Link} to="/centres/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('centres.new')}
            </Button>
          )}
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} role="search" aria-label={t('list.filters')}>
        <SearchInput
          label={t('common:search')}
          placeholder={t('centres.searchPlaceholder')}
          value={values.q ?? ''}
          onSearch={(q) => set({ q })}
        />
        <RegionSelect
          clearable
          placeholder={t('list.all')}
          value={values.regionCode ?? null}
          onChange={(v) => set({ regionCode: v, districtId: null })}
        />
        <DistrictSelect
          clearable
          placeholder={t('list.all')}
          regionCode={values.regionCode}
          value={values.districtId ?? null}
          onChange={(v) => set({ districtId: v })}
        />
        <Select
          label={t('field.kind')}
          clearable
          placeholder={t('list.all')}
          data={CENTRE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          value={values.kind ?? null}
          onChange={(v) => set({ kind: v })}
        />
        <Select
          label={t('field.status')}
          clearable
          placeholder={t('list.all')}
          data={CENTRE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={values.status ?? null}
          onChange={(v) => set({ status: v })}
        />
      </SimpleGrid>

      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover captionSide="top">
          <TableCaption>{t('centres.caption')}</TableCaption>
          <Table.Thead>
            <Table.Tr>
              {(
                [
                  ['name', 'field.name'],
                  ['code', 'field.code'],
                  ['kind', 'field.kind'],
                  ['region', 'field.region'],
                  ['staffCount', 'field.staffCount'],
                ] as const
              ).map(([field, label]) => (
                <SortableTh
                  key={field}
                  field={field}
                  sort={sort}
                  order={order}
                  onSort={(s, o) => set({ sort: s, order: o })}
                >
                  {t(label)}
                </SortableTh>
              ))}
              <Table.Th>{t('field.status')}</Table.Th>
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
          countKey="centres.found"
        />
      )}
    </Stack>
  );
}
