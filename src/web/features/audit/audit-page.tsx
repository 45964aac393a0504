import { ActionIcon, Collapse, Select, SimpleGrid, Stack, Table, Title, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../../app/not-found-page';
import { DateField } from '../../ui/date-field';
import { useCurrentUser } from '../auth/use-current-user';
import { ChangeDiff, formatDateTime } from '../registry/change-diff';
import { ListFooter } from '../registry/list-footer';
import { ListRows } from '../registry/list-state';
import { SearchInput } from '../registry/search-input';
import { TableCaption } from '../registry/table-caption';
import { useListParams } from '../registry/use-list-params';
import { useAudit } from './audit-api';

const PAGE_SIZE = 50;
const FILTER_KEYS = ['entityType', 'action', 'actor', 'from', 'to'] as const;
const ENTITY_TYPES = ['centre', 'staff', 'user', 'registry'] as const;
const ACTIONS = [
  'create',
  'update',
  'deactivate',
  'reactivate',
  'leave',
  'import',
  'password_change',
  'password_reset',
  'seed',
] as const;
const COLUMNS = 5;

/** /audit: the whole audit trail, filterable, each entry expandable to before → after. */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const me = useCurrentUser();
  const { values, page, set } = useListParams(FILTER_KEYS);
  const allowed = me.data?.role === 'national' || me.data?.role === 'admin';
  const list = useAudit({ ...values, page, pageSize: PAGE_SIZE }, allowed);
  const [open, setOpen] = useState<Set<number>>(new Set());

  if (!me.data) return null;
  if (!allowed) return <NotFoundPage />;

  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} role="search" aria-label={t('filters')}>
        <Select
          label={t('entityType')}
          clearable
          placeholder={t('all')}
          data={ENTITY_TYPES.map((e) => ({ value: e, label: t(`entity.${e}`) }))}
          value={values.entityType ?? null}
          onChange={(v) => set({ entityType: v })}
        />
        <Select
          label={t('action')}
          clearable
          placeholder={t('all')}
          data={ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) }))}
          value={values.action ?? null}
          onChange={(v) => set({ action: v })}
        />
        <SearchInput
          label={t('actor')}
          placeholder={t('actorPlaceholder')}
          value={values.actor ?? ''}
          onSearch={(actor) => set({ actor })}
        />
        <DateField label={t('from')} value={values.from} onChange={(from) => set({ from })} />
        <DateField label={t('to')} value={values.to} onChange={(to) => set({ to })} />
      </SimpleGrid>

      <Table.ScrollContainer minWidth={720}>
        <Table captionSide="top" highlightOnHover>
          <TableCaption>{t('caption')}</TableCaption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>
                <VisuallyHidden>{t('details')}</VisuallyHidden>
              </Table.Th>
              <Table.Th>{t('at')}</Table.Th>
              <Table.Th>{t('actor')}</Table.Th>
              <Table.Th>{t('action')}</Table.Th>
              <Table.Th>{t('record')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <ListRows
              columns={COLUMNS}
              list={list}
              rows={list.data?.items.map((e) => {
                const expanded = open.has(e.id);
                const action = t(`actions.${e.action}`, { defaultValue: e.action });
                const entity = t(`entity.${e.entityType}`, { defaultValue: e.entityType });
                // Numbered records read "Centre №12"; whole-registry entries (the demo seed) have no number.
                const record = /^\d+$/.test(e.entityId) ? `${entity} №${e.entityId}` : entity;
                return (
                  <Fragment key={e.id}>
                    <Table.Tr>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="gray.8"
                          onClick={() => toggle(e.id)}
                          aria-expanded={expanded}
                          aria-controls={`audit-${e.id}`}
                          aria-label={t(expanded ? 'hide' : 'show', { record })}
                        >
                          {expanded ? <IconChevronDown size={18} /> : <IconChevronRight size={18} />}
                        </ActionIcon>
                      </Table.Td>
                      <Table.Td>{formatDateTime(e.at)}</Table.Td>
                      <Table.Td>{e.actor}</Table.Td>
                      <Table.Td>{action}</Table.Td>
                      <Table.Td>{record}</Table.Td>
                    </Table.Tr>
                    <Table.Tr style={{ display: expanded ? undefined : 'none' }}>
                      <Table.Td colSpan={COLUMNS} id={`audit-${e.id}`}>
                        <Collapse expanded={expanded}>
                          <ChangeDiff before={e.before} after={e.after} caption={`${action}: ${record}`} />
                        </Collapse>
                      </Table.Td>
                    </Table.Tr>
                  </Fragment>
                );
              })}
            />
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && (
        <ListFooter
          total={list.data.total}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={(p) => set({ page: String(p) })}
          countKey="audit:found"
        />
      )}
    </Stack>
  );
}
