import {
  Anchor,
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EVENT_STATUSES, type EventListQuery } from '../../../shared/contracts/events';
import { localized } from '../../lib/localized';
import { DateField } from '../../ui/date-field';
import { useCurrentUser } from '../auth/use-current-user';
import { CentreSelect } from '../registry/centre-select';
import { ListFooter } from '../registry/list-footer';
import { ListRows } from '../registry/list-state';
import { SearchInput } from '../registry/search-input';
import { TableCaption } from '../registry/table-caption';
import { useListParams } from '../registry/use-list-params';
import { EventStatusBadge, eventWhen } from './event-labels';
import { EVENT_WRITER_ROLES, useEvents } from './events-api';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['when', 'q', 'status', 'from', 'to', 'centreId'] as const;
const COLUMNS = 7;

/** /events: upcoming and past group events in scope with filters; writers plan new ones. */
export function EventsListPage() {
  const { t, i18n } = useTranslation('events');
  const me = useCurrentUser();
  const { values, page, set } = useListParams(FILTER_KEYS);
  const when = (values.when as 'upcoming' | 'past' | 'all' | undefined) ?? 'upcoming';
  const query: Partial<EventListQuery> = {
    when: when === 'all' ? undefined : when,
    q: values.q,
    status: values.status as EventListQuery['status'],
    from: values.from,
    to: values.to,
    centreId: values.centreId ? Number(values.centreId) : undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useEvents(query);
  if (!me.data) return null;
  const canWrite = (EVENT_WRITER_ROLES as readonly string[]).includes(me.data.role);
  const aboveCentre = me.data.scope.kind !== 'centre';

  const rows = list.data?.items.map((e) => (
    <Table.Tr key={e.id}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{eventWhen(e)}</Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/events/${e.id}`}>
          {e.title}
        </Anchor>
        <Text size="sm" c="gray.8">
          {t(`kind.${e.kind}`)} · {localized(e.serviceTypeName, i18n.language)}
        </Text>
      </Table.Td>
      <Table.Td>{localized(e.centreName, i18n.language)}</Table.Td>
      <Table.Td>
        <EventStatusBadge status={e.status} />
      </Table.Td>
      <Table.Td ta="right">{e.capacity ? `${e.registered} / ${e.capacity}` : e.registered}</Table.Td>
      <Table.Td ta="right">{e.attended + e.unnamedAttendees}</Table.Td>
      <Table.Td ta="right">{e.services}</Table.Td>
    </Table.Tr>
  ));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        {canWrite && (
          <Button component={Link} to="/events/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('list.new')}
          </Button>
        )}
      </Group>
      <SegmentedControl
        aria-label={t('list.when')}
        w="fit-content"
        value={when}
        onChange={(v) => set({ when: v === 'upcoming' ? null : v })}
        data={[
          { value: 'upcoming', label: t('list.upcoming') },
          { value: 'past', label: t('list.past') },
          { value: 'all', label: t('list.all') },
        ]}
      />
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: aboveCentre ? 5 : 4 }}
        role="search"
        aria-label={t('list.filters')}
      >
        <SearchInput
          label={t('common:search')}
          placeholder={t('list.searchPlaceholder')}
          value={values.q ?? ''}
          onSearch={(q) => set({ q })}
        />
        <Select
          label={t('field.status')}
          clearable
          placeholder={t('list.anyStatus')}
          data={EVENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={values.status ?? null}
          onChange={(v) => set({ status: v })}
        />
        <DateField label={t('list.from')} value={values.from ?? null} onChange={(v) => set({ from: v })} />
        <DateField label={t('list.to')} value={values.to ?? null} onChange={(v) => set({ to: v })} />
        {aboveCentre && (
          <CentreSelect
            clearable
            placeholder={t('list.anyCentre')}
            value={values.centreId ?? null}
            onChange={(v) => set({ centreId: v })}
          />
        )}
      </SimpleGrid>
      <Table.ScrollContainer minWidth={820}>
        <Table striped highlightOnHover captionSide="top">
          <TableCaption>{t('list.caption')}</TableCaption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('field.eventDate')}</Table.Th>
              <Table.Th>{t('field.title')}</Table.Th>
              <Table.Th>{t('field.centre')}</Table.Th>
              <Table.Th>{t('field.status')}</Table.Th>
              <Table.Th ta="right">{t('list.registered')}</Table.Th>
              <Table.Th ta="right">{t('list.attended')}</Table.Th>
              <Table.Th ta="right">{t('list.services')}</Table.Th>
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
          countKey="events:list.found"
        />
      )}
    </Stack>
  );
}
