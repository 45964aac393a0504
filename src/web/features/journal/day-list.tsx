import { Alert, Anchor, Badge, Group, Loader, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceType } from '../../../shared/contracts/journal';
import { formatDate, localized } from '../../lib/localized';
import { useJournalRecords } from './records-api';

interface Props {
  userId: number;
  /** The day being recorded (yyyy-mm-dd). */
  day: string;
  today: string;
  types: Map<number, ServiceType>;
}

/** The user's records of the day being entered, newest first, with a running count. */
export function DayList({ userId, day, today, types }: Props) {
  const { t, i18n } = useTranslation('journal');
  const list = useJournalRecords({ from: day, to: day, specialistId: userId, page: 1, pageSize: 200 });
  const items = [...(list.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const title =
    day === today
      ? t('quick.today', { count: list.data?.total ?? 0 })
      : t('quick.onDay', { count: list.data?.total ?? 0, date: formatDate(day) });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="quick-day">
      <Title order={2} size="h4" id="quick-day" mb="xs" aria-live="polite">
        {title}
      </Title>
      {list.isPending && <Loader size="sm" aria-label={t('common:loading')} />}
      {list.isError && <Alert color="red">{t('common:error.loadFailed')}</Alert>}
      {list.data && items.length === 0 && <Text size="sm">{t('quick.dayEmpty')}</Text>}
      {items.length > 0 && (
        <ScrollArea.Autosize mah={360} type="auto">
          <Stack
            gap={6}
            component="ol"
            aria-label={title}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {items.map((r) => {
              const type = types.get(r.serviceTypeId);
              return (
                <li key={r.id}>
                  <Group gap={6} wrap="nowrap" align="baseline">
                    <Text size="sm" ff="monospace" style={{ flexShrink: 0 }}>
                      {r.serviceTime?.slice(0, 5) ?? '—'}
                    </Text>
                    <Anchor component={Link} to={`/journal/records/${r.id}`} size="sm" fw={500}>
                      {r.youthName ?? t('list.unnamed')}
                    </Anchor>
                    {r.isConfidential && (
                      <IconLock
                        size={14}
                        aria-label={t('list.confidential')}
                        role="img"
                        style={{ flexShrink: 0 }}
                      />
                    )}
                  </Group>
                  <Text size="xs" c="gray.8" ml={48}>
                    {type ? localized(type.name, i18n.language) : ''}
                    {r.durationMinutes ? ` · ${t('list.minutes', { count: r.durationMinutes })}` : ''}
                  </Text>
                </li>
              );
            })}
          </Stack>
        </ScrollArea.Autosize>
      )}
      {list.data && list.data.total > items.length && (
        <Badge variant="light" mt="xs">
          {t('quick.more', { count: list.data.total - items.length })}
        </Badge>
      )}
    </Paper>
  );
}
