import { ActionIcon, Button, Group, Indicator, Menu, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Notification } from '../../../shared/contracts/notifications';
import { formatDate } from '../../lib/localized';
import { refreshNotifications, useMarkRead, useNotifications } from './notifications-api';

/** The message of a notification in the UI language (the centre's name in that language too). */
export function useNotificationText() {
  const { t, i18n } = useTranslation('notifications');
  const lang = ['kk', 'ru', 'en'].includes(i18n.language) ? i18n.language : 'kk';
  return (n: Notification) =>
    t(`kind.${n.kind}`, { ...n.params, centre: n.params[`centre_${lang}`] ?? n.params.centre_kk ?? '' });
}

/** The header bell: unread count, and a list of the newest notifications that open what they point to. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const list = useNotifications();
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const text = useNotificationText();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    navigate(n.link);
  };

  return (
    // The count sits outside the menu's target: the target takes the menu's aria attributes, which a
    // plain div (the indicator) may not carry.
    <Indicator label={unread} size={18} disabled={unread === 0} color="red" offset={4}>
      <Menu width={360} position="bottom-end" shadow="md" onOpen={() => refreshNotifications(qc)}>
        <Menu.Target>
          <ActionIcon variant="subtle" size="lg" aria-label={t('bell', { count: unread })}>
            <IconBell size={20} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Group justify="space-between" px="xs" py={4}>
            <Text fw={600} size="sm">
              {t('title')}
            </Text>
            {unread > 0 && (
              <Button size="compact-xs" variant="subtle" onClick={() => markRead.mutate('all')}>
                {t('readAll')}
              </Button>
            )}
          </Group>
          <Menu.Divider />
          {items.length === 0 && (
            <Text size="sm" c="dimmed" px="xs" py="sm">
              {t('empty')}
            </Text>
          )}
          {items.map((n) => (
            <Menu.Item key={n.id} onClick={() => open(n)} bg={n.readAt ? undefined : 'teal.0'}>
              <Text size="sm" fw={n.readAt ? 400 : 600}>
                {text(n)}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDate(n.createdAt)}
              </Text>
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Indicator>
  );
}
