import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventStatus, GroupEvent } from '../../../shared/contracts/events';
import { formatDate } from '../../lib/localized';

const STATUS_COLOR: Record<EventStatus, string> = { planned: 'blue', held: 'teal', cancelled: 'gray' };

/** The event's status as a badge in the UI language. */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation('events');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** dd.mm.yyyy and the start time, when there is one. */
export const eventWhen = (e: Pick<GroupEvent, 'eventDate' | 'startTime'>) =>
  e.startTime ? `${formatDate(e.eventDate)}, ${e.startTime}` : formatDate(e.eventDate);
