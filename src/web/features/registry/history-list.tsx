import { Alert, Loader, Stack, Text, Timeline } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/contracts/registry';
import { ChangeDiff, formatDateTime } from './change-diff';

/** The change history of one record, newest first: who, when, what, before → after. */
export function HistoryList({ history }: { history: UseQueryResult<HistoryEntry[]> }) {
  const { t } = useTranslation('registry');
  if (history.isPending) return <Loader aria-label={t('common:loading')} />;
  if (history.isError) return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
  if (!history.data.length) return <Text>{t('history.empty')}</Text>;
  const entries = [...history.data].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline bulletSize={14} lineWidth={2}>
      {entries.map((e, i) => {
        const when = formatDateTime(e.at);
        const action = t(`action.${e.action}`, { defaultValue: e.action });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: history is read-only and keeps its order; two entries may share a timestamp
          <Timeline.Item key={`${e.at}-${i}`} title={`${action} · ${when}`}>
            <Stack gap={4}>
              <Text size="sm">{t('history.by', { actor: e.actor })}</Text>
              <ChangeDiff before={e.before} after={e.after} caption={`${action}, ${when}`} />
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
