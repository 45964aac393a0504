import { Alert, Badge, Card, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanDiffItem } from '../../../../shared/contracts/plan-review';
import { usePlanDiff } from './review-api';
import { itemLabel } from './review-labels';

const show = (v: unknown) => {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.join(', ');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
};

function DiffItem({ item, tone }: { item: PlanDiffItem; tone: 'added' | 'removed' | 'changed' }) {
  const { t, i18n } = useTranslation('review');
  const fieldName = (field: string) => {
    const [name, lang] = field.split('.');
    const label = t(`field.${name}`, { defaultValue: name });
    return lang ? `${label} (${lang})` : label;
  };
  const color = { added: 'green', removed: 'red', changed: 'yellow' }[tone];
  return (
    <Card withBorder padding="xs" bg={`${color}.0`} data-testid={`diff-${tone}`}>
      <Group gap="xs" mb={4}>
        <Badge color={color} variant="light">
          {t(`diff.${tone}`)}
        </Badge>
        <Text size="sm" fw={600}>
          {t(`kind.${item.kind}`)}:{' '}
          {itemLabel({ id: item.id, kind: item.kind, label: item.label }, item.id, i18n.language)}
        </Text>
      </Group>
      {tone === 'changed' && (
        <Table fz="xs" withRowBorders={false}>
          <Table.Tbody>
            {item.fields.map((f) => (
              <Table.Tr key={f.field}>
                <Table.Td w="25%">{fieldName(f.field)}</Table.Td>
                <Table.Td c="red.8" td="line-through">
                  {show(f.before)}
                </Table.Td>
                <Table.Td c="green.8">{show(f.after)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** What the current version changes against the last approved one: added green, removed red, changed before → after. */
export function PlanDiffView({ planId, from, to }: { planId: number; from: number; to: number }) {
  const { t } = useTranslation('review');
  const diff = usePlanDiff(planId, from, to);
  if (diff.isPending) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (diff.isError) return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
  const d = diff.data;
  const none = d.added.length + d.removed.length + d.changed.length === 0;
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('diff.title', { from, to })}</Text>
      {none && (
        <Text size="sm" c="dimmed">
          {t('diff.none')}
        </Text>
      )}
      {d.added.map((i) => (
        <DiffItem key={`a-${i.kind}-${i.id}`} item={i} tone="added" />
      ))}
      {d.removed.map((i) => (
        <DiffItem key={`r-${i.kind}-${i.id}`} item={i} tone="removed" />
      ))}
      {d.changed.map((i) => (
        <DiffItem key={`c-${i.kind}-${i.id}`} item={i} tone="changed" />
      ))}
    </Stack>
  );
}
