import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconBolt, IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JournalRecord } from '../../../shared/contracts/journal-records';
import { formatDate, localized } from '../../lib/localized';
import { DateField } from '../../ui/date-field';
import { ListSelect } from '../../ui/list-select';
import { useCurrentUser } from '../auth/use-current-user';
import { CentreSelect } from '../registry/centre-select';
import { ListFooter } from '../registry/list-footer';
import { ListRows } from '../registry/list-state';
import { TableCaption } from '../registry/table-caption';
import { useListParams } from '../registry/use-list-params';
import { fullName, useYouth } from '../youth/youth-api';
import { useServiceCatalogue } from './catalogue-api';
import { JournalExportButtons } from './journal-export-buttons';
import { serviceTypeGroups, serviceTypesById } from './record-options';
import { useJournalRecords } from './records-api';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['from', 'to', 'directionId', 'serviceTypeId', 'centreId', 'youthId'] as const;
const COLUMNS = 7;

/** A confidential record's lock, and "note hidden" where the caller may not read the note here. */
export function RecordNote({ record, viewerId }: { record: JournalRecord; viewerId?: number }) {
  const { t } = useTranslation('journal');
  if (record.notesHidden)
    return (
      <Group gap={4} wrap="nowrap">
        <IconLock size={14} aria-hidden />
        <Text size="sm" fs="italic">
          {/* Lists never carry a confidential note, not even to its author, who reads it on the record. */}
          {t(record.recordedBy === viewerId ? 'list.noteOwn' : 'list.noteHidden')}
        </Text>
      </Group>
    );
  return (
    <Text size="sm" lineClamp={2}>
      {record.notes ?? ''}
    </Text>
  );
}

/** The lock badge of a confidential record. */
export function ConfidentialBadge() {
  const { t } = useTranslation('journal');
  return (
    <Badge color="grape" c="grape.9" variant="light" leftSection={<IconLock size={12} aria-hidden />}>
      {t('list.confidential')}
    </Badge>
  );
}

/** The one young person the list is narrowed to (from their card), with a way back to everyone. */
function YouthFilter({ id, onClear }: { id: number; onClear: () => void }) {
  const { t } = useTranslation('journal');
  const person = useYouth(id);
  const name = person.data ? fullName(person.data) : null;
  return (
    <Group gap="xs">
      <Text size="sm">
        {t('list.onlyYouth')}{' '}
        <Anchor component={Link} to={`/youth/${id}`}>
          {name || t('list.youthNumber', { id })}
        </Anchor>
      </Text>
      <Button variant="subtle" size="compact-sm" onClick={onClear}>
        {t('list.everyone')}
      </Button>
    </Group>
  );
}

/** /journal: services recorded in the caller's scope, filtered by period, direction, type and centre. */
export function JournalListPage() {
  const { t, i18n } = useTranslation('journal');
  const me = useCurrentUser();
  const { values, page, set } = useListParams(FILTER_KEYS);
  const catalogue = useServiceCatalogue(false);
  const types = useMemo(() => serviceTypesById(catalogue.data), [catalogue.data]);
  const list = useJournalRecords({
    from: values.from,
    to: values.to,
    directionId: values.directionId ? Number(values.directionId) : undefined,
    serviceTypeId: values.serviceTypeId ? Number(values.serviceTypeId) : undefined,
    centreId: values.centreId ? Number(values.centreId) : undefined,
    youthId: values.youthId ? Number(values.youthId) : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const scope = me.data?.scope;
  const aboveCentre = scope && (scope.kind === 'country' || scope.kind === 'region');
  const canRecord = me.data && ['center_manager', 'specialist'].includes(me.data.role);
  const directions = (catalogue.data ?? []).map((d) => ({
    value: String(d.id),
    label: localized(d.name, i18n.language),
  }));
  const typeGroups = serviceTypeGroups(
    catalogue.data?.filter((d) => !values.directionId || String(d.id) === values.directionId),
    i18n.language,
  );

  const rows = list.data?.items.map((r) => {
    const type = types.get(r.serviceTypeId);
    return (
      <Table.Tr key={r.id}>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <Anchor component={Link} to={`/journal/records/${r.id}`}>
            {formatDate(r.serviceDate)}
            {r.serviceTime ? ` ${r.serviceTime.slice(0, 5)}` : ''}
          </Anchor>
        </Table.Td>
        <Table.Td>
          {r.youthName ?? (
            <Text fs="italic" size="sm">
              {t('list.unnamed')}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Stack gap={2}>
            <Text size="sm">{type ? localized(type.name, i18n.language) : ''}</Text>
            {r.isConfidential && <ConfidentialBadge />}
          </Stack>
        </Table.Td>
        <Table.Td>{t(`format.${r.format}`)}</Table.Td>
        <Table.Td>{r.specialistName ?? ''}</Table.Td>
        <Table.Td>{r.outcome ? t(`outcome.${r.outcome}`) : ''}</Table.Td>
        <Table.Td maw={260}>
          <RecordNote record={r} viewerId={me.data?.id} />
        </Table.Td>
      </Table.Tr>
    );
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('list.title')}</Title>
        <JournalExportButtons filter={values} />
        {canRecord && (
          <Button
            component={Link}
            to="/journal/quick"
            size="md"
            leftSection={<IconBolt size={18} aria-hidden />}
          >
            {t('list.record')}
          </Button>
        )}
      </Group>
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: aboveCentre ? 5 : 4 }}
        role="search"
        aria-label={t('list.filters')}
      >
        <DateField label={t('list.from')} value={values.from ?? null} onChange={(v) => set({ from: v })} />
        <DateField label={t('list.to')} value={values.to ?? null} onChange={(v) => set({ to: v })} />
        <ListSelect
          label={t('list.direction')}
          clearable
          searchable
          placeholder={t('list.all')}
          data={directions}
          value={values.directionId ?? null}
          onChange={(v) => set({ directionId: v, serviceTypeId: null })}
        />
        <ListSelect
          label={t('recordField.serviceType')}
          clearable
          searchable
          placeholder={t('list.all')}
          data={typeGroups}
          value={values.serviceTypeId ?? null}
          onChange={(v) => set({ serviceTypeId: v })}
        />
        {aboveCentre && (
          <CentreSelect
            clearable
            placeholder={t('list.all')}
            regionCode={scope.kind === 'region' ? scope.regionCode : undefined}
            value={values.centreId ?? null}
            onChange={(v) => set({ centreId: v })}
          />
        )}
      </SimpleGrid>
      {values.youthId && <YouthFilter id={Number(values.youthId)} onClear={() => set({ youthId: null })} />}
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover captionSide="top">
          <TableCaption>{t('list.caption')}</TableCaption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.when')}</Table.Th>
              <Table.Th>{t('recordField.youth')}</Table.Th>
              <Table.Th>{t('recordField.serviceType')}</Table.Th>
              <Table.Th>{t('recordField.format')}</Table.Th>
              <Table.Th>{t('recordField.specialist')}</Table.Th>
              <Table.Th>{t('recordField.outcome')}</Table.Th>
              <Table.Th>{t('recordField.notes')}</Table.Th>
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
          countKey="journal:list.found"
        />
      )}
    </Stack>
  );
}
