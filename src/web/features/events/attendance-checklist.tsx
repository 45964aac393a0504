import { Alert, Button, Checkbox, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle, IconUserMinus } from '@tabler/icons-react';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventAttendance, GroupEventDetail } from '../../../shared/contracts/events';
import { formatDate } from '../../lib/localized';

interface Props {
  event: GroupEventDetail;
  /** Attendance may be ticked (a writer, the day has come, not cancelled). */
  canMark: boolean;
  /** People may be taken off the list (a writer, the event is planned). */
  canUnregister: boolean;
  saving: boolean;
  onSave: (attendance: EventAttendance) => void;
  onUnregister: (youthId: number) => void;
}

/**
 * The registration list with an attendance tick per person, made to be filled from the keyboard:
 * ↑/↓ move between the ticks, Space ticks, Ctrl+Enter saves. The unnamed head count sits below.
 */
export function AttendanceChecklist({ event, canMark, canUnregister, saving, onSave, onUnregister }: Props) {
  const { t } = useTranslation('events');
  const [ticked, setTicked] = useState<Set<number>>(
    () => new Set(event.participants.filter((p) => p.attended).map((p) => p.youthId)),
  );
  const [unnamed, setUnnamed] = useState<number | string>(event.unnamedAttendees);
  const boxes = useRef<(HTMLInputElement | null)[]>([]);
  const unnamedCount = Number(unnamed) || 0;
  const changed =
    unnamedCount !== event.unnamedAttendees ||
    event.participants.some((p) => p.attended !== ticked.has(p.youthId));
  const tickedCount = event.participants.filter((p) => ticked.has(p.youthId)).length;

  // Only people still on the list: someone taken off meanwhile is not sent back.
  const save = () =>
    onSave({
      attendedYouthIds: event.participants.filter((p) => ticked.has(p.youthId)).map((p) => p.youthId),
      unnamedAttendees: unnamedCount,
      reason: undefined,
    });
  const toggle = (youthId: number, on: boolean) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(youthId);
      else next.delete(youthId);
      return next;
    });
  const onKeyDown = (i: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      boxes.current[i + (e.key === 'ArrowDown' ? 1 : -1)]?.focus();
    }
  };
  const onFormKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && canMark) {
      e.preventDefault();
      save();
    }
  };

  return (
    <form
      aria-label={t('attendance.title')}
      onKeyDown={onFormKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Stack>
        {canMark && event.participants.length > 0 && (
          <Text size="sm" c="gray.8" id="attendance-keys">
            {t('attendance.keys')}
          </Text>
        )}
        <Table.ScrollContainer minWidth={560}>
          <Table striped captionSide="top">
            <Table.Caption>{t('attendance.caption', { count: event.participants.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={120}>{t('attendance.attended')}</Table.Th>
                <Table.Th>{t('attendance.name')}</Table.Th>
                <Table.Th>{t('attendance.birthDate')}</Table.Th>
                <Table.Th>{t('attendance.registeredAt')}</Table.Th>
                {canUnregister && <Table.Th>{t('attendance.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {event.participants.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={canUnregister ? 5 : 4}>{t('attendance.none')}</Table.Td>
                </Table.Tr>
              )}
              {event.participants.map((p, i) => {
                const name = p.name ?? t('attendance.withdrawn');
                return (
                  <Table.Tr key={p.youthId}>
                    <Table.Td>
                      <Checkbox
                        ref={(el) => {
                          boxes.current[i] = el;
                        }}
                        aria-label={t('attendance.tick', { name })}
                        aria-describedby={canMark ? 'attendance-keys' : undefined}
                        checked={ticked.has(p.youthId)}
                        // Consent withdrawn: attendance can be taken back, not newly recorded.
                        disabled={!canMark || (p.name === null && !p.attended)}
                        onChange={(e) => toggle(p.youthId, e.currentTarget.checked)}
                        onKeyDown={onKeyDown(i)}
                      />
                    </Table.Td>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>{formatDate(p.birthDate)}</Table.Td>
                    <Table.Td>{formatDate(p.registeredAt)}</Table.Td>
                    {canUnregister && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          c="red.9"
                          leftSection={<IconUserMinus size={14} aria-hidden />}
                          aria-label={t('registration.unregisterOne', { name })}
                          onClick={() => onUnregister(p.youthId)}
                        >
                          {t('registration.unregister')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <NumberInput
          label={t('attendance.unnamed')}
          description={
            event.allowsAnonymous ? t('attendance.unnamedCounted') : t('attendance.unnamedNotCounted')
          }
          min={0}
          max={10000}
          allowDecimal={false}
          allowNegative={false}
          disabled={!canMark}
          value={unnamed}
          onChange={setUnnamed}
          maw={360}
        />
        {!event.allowsAnonymous && unnamedCount > 0 && (
          <Alert color="yellow" icon={<IconInfoCircle aria-hidden />}>
            {t('attendance.unnamedKeptOnly', { count: unnamedCount })}
          </Alert>
        )}
        {canMark && (
          <Group>
            <Button type="submit" loading={saving} disabled={!changed}>
              {t('attendance.save')}
            </Button>
            <Text size="sm" c="gray.8" aria-live="polite">
              {t('attendance.ticked', { count: tickedCount })}
            </Text>
          </Group>
        )}
      </Stack>
    </form>
  );
}
