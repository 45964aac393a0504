import { Button, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STAFF_POSITIONS } from '../../../shared/constants/registry';
import type { StaffQuery } from '../../../shared/contracts/registry';
import { DateField } from '../../ui/date-field';
import { ListSelect } from '../../ui/list-select';
import { useCurrentUser } from '../auth/use-current-user';
import { CentreSelect } from './centre-select';
import { ExportButtons } from './export-buttons';
import { ListFooter } from './list-footer';
import { can } from './permissions';
import { DistrictSelect, RegionSelect } from './place-selects';
import { useStaffList } from './registry-api';
import { SearchInput } from './search-input';
import { StaffTable } from './staff-table';
import { useListParams } from './use-list-params';

const PAGE_SIZE = 25;
const FILTER_KEYS = [
  'q',
  'regionCode',
  'districtId',
  'centreId',
  'position',
  'status',
  'hiredFrom',
  'sort',
  'order',
] as const;

/** /staff: people working in the centres of the user's scope. */
export function StaffListPage() {
  const { t } = useTranslation('registry');
  const me = useCurrentUser();
  const { values, page, set } = useListParams(FILTER_KEYS);
  const sort = values.sort ?? 'name';
  const order = values.order === 'desc' ? 'desc' : 'asc';
  const filter = {
    q: values.q,
    regionCode: values.regionCode,
    districtId: values.districtId ? Number(values.districtId) : undefined,
    centreId: values.centreId ? Number(values.centreId) : undefined,
    position: values.position,
    status: values.status ?? 'active',
    hiredFrom: values.hiredFrom,
    sort,
    order,
  } as Partial<StaffQuery>;
  const list = useStaffList({ ...filter, page, pageSize: PAGE_SIZE });
  const role = me.data?.role;
  const positions = STAFF_POSITIONS.map((p) => ({ value: p, label: t(`position.${p}`) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('staff.title')}</Title>
        <Group gap="xs">
          <ExportButtons list="staff" filter={filter} />
          {role && can.manageStaff(role) && (
            <Button
              component={Link}
              to={values.centreId ? `/staff/new?centreId=${values.centreId}` : '/staff/new'}
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t('staff.add')}
            </Button>
          )}
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} role="search" aria-label={t('list.filters')}>
        <SearchInput
          label={t('common:search')}
          placeholder={t('staff.searchPlaceholder')}
          value={values.q ?? ''}
          onSearch={(q) => set({ q })}
        />
        <RegionSelect
          clearable
          placeholder={t('list.all')}
          value={values.regionCode ?? null}
          onChange={(v) => set({ regionCode: v, districtId: null, centreId: null })}
        />
        <DistrictSelect
          clearable
          placeholder={t('list.all')}
          regionCode={values.regionCode}
          value={values.districtId ?? null}
          onChange={(v) => set({ districtId: v, centreId: null })}
        />
        <CentreSelect
          clearable
          placeholder={t('list.all')}
          regionCode={values.regionCode}
          districtId={values.districtId}
          value={values.centreId ?? null}
          onChange={(v) => set({ centreId: v })}
        />
        <ListSelect
          label={t('field.position')}
          clearable
          searchable
          placeholder={t('list.all')}
          data={positions}
          value={values.position ?? null}
          onChange={(v) => set({ position: v })}
        />
        <ListSelect
          label={t('field.status')}
          data={(['active', 'left', 'all'] as const).map((s) => ({
            value: s,
            label: t(`staff.status.${s}`),
          }))}
          value={values.status ?? 'active'}
          allowDeselect={false}
          onChange={(v) => set({ status: v === 'active' ? null : v })}
        />
        <DateField
          label={t('field.hiredFrom')}
          value={values.hiredFrom}
          onChange={(hiredFrom) => set({ hiredFrom })}
        />
      </SimpleGrid>

      <StaffTable
        list={list}
        caption={t('staff.caption')}
        withCentre
        sorting={{ sort, order, onSort: (s, o) => set({ sort: s, order: o }) }}
      />
      {list.data && (
        <ListFooter
          total={list.data.total}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={(p) => set({ page: String(p) })}
          countKey="staff.found"
        />
      )}
    </Stack>
  );
}
