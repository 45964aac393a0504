import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CaseDetail, CaseLevelAction, CaseTimelineEntry } from '../../../shared/contracts/cases';
import { NotFoundPage } from '../../app/not-found-page';
import { ApiError } from '../../lib/api';
import { formatDate, localized } from '../../lib/localized';
import { type CaseDialog, CaseDialogs } from './case-forms';
import { CaseStatusBadge, personName } from './case-labels';
import { useCase } from './cases-api';

function Detail({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <div>
      <Text size="sm" c="gray.8">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-line' }}>{value}</Text>
    </div>
  );
}

/** One follow-up: its due date and, once checked, whether the outcome held. */
function FollowUp({
  label,
  due,
  checkedOn,
  held,
}: {
  label: string;
  due: string | null;
  checkedOn: string | null;
  held: boolean | null;
}) {
  const { t } = useTranslation('cases');
  return (
    <div>
      <Text fw={600}>{label}</Text>
      <Text size="sm">{t('followUp.due', { date: formatDate(due) || '—' })}</Text>
      {checkedOn ? (
        <Group gap={6}>
          {held ? (
            <IconCheck size={16} color="green" aria-hidden />
          ) : (
            <IconX size={16} color="red" aria-hidden />
          )}
          <Text size="sm">
            {held
              ? t('followUp.confirmedHeld', { date: formatDate(checkedOn) })
              : t('followUp.confirmedNotHeld', { date: formatDate(checkedOn) })}
          </Text>
        </Group>
      ) : (
        <Text size="sm" c="gray.8">
          {t('followUp.notChecked')}
        </Text>
      )}
    </div>
  );
}

/** What one action of the log says, in the UI language. */
function TimelineText({ a, steps }: { a: CaseTimelineEntry; steps: CaseDetail['steps'] }) {
  const { t } = useTranslation('cases');
  // Step actions carry at least the step id; fill what the log row does not spell out from the step.
  const step = steps.find((s) => s.id === a.payload.stepId);
  const p = {
    ...(step
      ? { description: step.description, dueOn: step.dueOn, doneOn: step.doneOn, result: step.result }
      : {}),
    ...a.payload,
  } as Record<string, string | number | boolean | undefined | null>;
  const parts: string[] = [];
  if (typeof p.description === 'string' && a.action !== 'complete_step') parts.push(p.description);
  if (a.action === 'complete_step' && p.result)
    parts.push(`${p.description} — ${p.result} (${formatDate(String(p.doneOn))})`);
  if (a.action === 'add_step' && p.dueOn)
    parts.push(t('timeline.due', { date: formatDate(String(p.dueOn)) }));
  if (a.action === 'record_outcome' && p.outcome)
    parts.push(`${t(`outcome.${p.outcome}`)}, ${formatDate(String(p.outcomeOn))}`);
  if ((a.action === 'follow_up_3m' || a.action === 'follow_up_6m') && p.checkedOn)
    parts.push(`${p.held ? t('followUp.held') : t('followUp.notHeld')}, ${formatDate(String(p.checkedOn))}`);
  if (a.action === 'close' && p.reason)
    parts.push(`${t(`closeReason.${p.reason}`)}, ${formatDate(String(p.closedOn))}`);
  if (a.comment) parts.push(a.comment);
  return (
    <>
      {parts.map((x) => (
        <Text key={x} size="sm">
          {x}
        </Text>
      ))}
    </>
  );
}

const timeOf = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Almaty', hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
const dayOf = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date(iso));

/** /cases/:id: the young person, status, steps, outcome, follow-ups, the actions allowed today and the timeline. */
export function CasePage() {
  const { t, i18n } = useTranslation('cases');
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const found = useCase(valid ? id : 0);
  const [dialog, setDialog] = useState<CaseDialog | null>(null);

  if (!valid) return <NotFoundPage />;
  if (found.isPending) return <Loader aria-label={t('common:loading')} />;
  if (found.isError) {
    if (found.error instanceof ApiError && found.error.status === 404) return <NotFoundPage />;
    return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
  }
  const c: CaseDetail = found.data;
  const name = personName(c.youth, t('consentWithdrawn'));
  const offered = (a: CaseLevelAction) => c.availableActions.includes(a);
  const headerActions: { action: CaseLevelAction; dialog: CaseDialog; variant?: string }[] = [
    { action: 'record_outcome', dialog: { kind: 'record_outcome' } },
    { action: 'follow_up_3m', dialog: { kind: 'follow_up', stage: '3m' } },
    { action: 'follow_up_6m', dialog: { kind: 'follow_up', stage: '6m' } },
    { action: 'reopen', dialog: { kind: 'reopen' } },
    { action: 'reassign', dialog: { kind: 'reassign' }, variant: 'default' },
    { action: 'close', dialog: { kind: 'close' }, variant: 'default' },
  ];
  const shownActions = headerActions.filter((h) => offered(h.action));
  const hasOutcome = !!c.outcome && c.outcome !== 'none';

  return (
    <Stack>
      <Anchor component={Link} to="/cases" size="sm">
        {t('backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1}>{t('case.title', { name })}</Title>
            <CaseStatusBadge status={c.status} />
            {c.attention === 'overdue_steps' && (
              <Badge color="red" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                {t('list.overdueSteps', { count: c.overdueSteps })}
              </Badge>
            )}
          </Group>
          <Text c="gray.8">
            {localized(c.centreName, i18n.language)} · {t('field.caseWorker')}: {c.caseWorker.fullName}
          </Text>
          {c.youth.lastName && (
            <Anchor component={Link} to={`/youth/${c.youthId}`} size="sm">
              {t('case.youthCard')}
            </Anchor>
          )}
        </Stack>
        {shownActions.length > 0 && (
          <Group role="group" aria-label={t('case.actions')}>
            {shownActions.map((h) => (
              <Button key={h.action} variant={h.variant ?? 'filled'} onClick={() => setDialog(h.dialog)}>
                {t(`action.${h.action}`)}
              </Button>
            ))}
          </Group>
        )}
      </Group>
      {shownActions.length === 0 && !offered('add_step') && !c.canWorkOnSteps && (
        <Text size="sm" c="gray.8">
          {c.status === 'closed_confirmed' ? t('case.confirmedNote') : t('case.readOnly')}
        </Text>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-labelledby="case-details">
          <Title order={2} size="h4" id="case-details" mb="xs">
            {t('case.details')}
          </Title>
          <SimpleGrid cols={2}>
            <Detail label={t('field.openedOn')} value={formatDate(c.openedOn)} />
            <Detail label={t('field.status')} value={t(`status.${c.status}`)} />
            <Detail label={t('field.goal')} value={c.goal} />
            <Detail label={t('field.outcome')} value={c.outcome ? t(`outcome.${c.outcome}`) : null} />
            <Detail label={t('field.outcomeOn')} value={formatDate(c.outcomeOn)} />
            <Detail label={t('field.outcomeNote')} value={c.outcomeNote} />
            <Detail label={t('field.closedOn')} value={formatDate(c.closedOn)} />
            <Detail
              label={t('field.closeReason')}
              value={c.closeReason ? t(`closeReason.${c.closeReason}`) : null}
            />
          </SimpleGrid>
        </Card>
        <Card withBorder component="section" aria-labelledby="case-follow-ups">
          <Title order={2} size="h4" id="case-follow-ups" mb="xs">
            {t('followUp.title')}
          </Title>
          {hasOutcome ? (
            <Stack>
              <FollowUp
                label={t('followUp.at3m')}
                due={c.followUp3mDue}
                checkedOn={c.followUp3mCheckedOn}
                held={c.followUp3mHeld}
              />
              <FollowUp
                label={t('followUp.at6m')}
                due={c.followUp6mDue}
                checkedOn={c.followUp6mCheckedOn}
                held={c.followUp6mHeld}
              />
            </Stack>
          ) : (
            <Text size="sm">{t('followUp.afterOutcome')}</Text>
          )}
        </Card>
      </SimpleGrid>

      <Stack component="section" aria-labelledby="case-steps">
        <Group justify="space-between">
          <Title order={2} size="h3" id="case-steps">
            {t('step.title')}
          </Title>
          {offered('add_step') && (
            <Button onClick={() => setDialog({ kind: 'add_step' })}>{t('action.add_step')}</Button>
          )}
        </Group>
        <Table.ScrollContainer minWidth={720}>
          <Table striped captionSide="top">
            <Table.Caption>{t('step.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('step.kind')}</Table.Th>
                <Table.Th>{t('step.description')}</Table.Th>
                <Table.Th>{t('step.dueOn')}</Table.Th>
                <Table.Th>{t('step.status')}</Table.Th>
                <Table.Th>{t('step.result')}</Table.Th>
                {c.canWorkOnSteps && <Table.Th>{t('step.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.steps.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>{t('step.none')}</Table.Td>
                </Table.Tr>
              )}
              {c.steps.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{t(`stepKind.${s.kind}`)}</Table.Td>
                  <Table.Td>
                    {s.description}
                    {s.programme && (
                      <Text size="sm" c="gray.8">
                        {localized(s.programme.name, i18n.language)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Stack gap={4} align="flex-start">
                      <Text size="sm">{formatDate(s.dueOn)}</Text>
                      {s.overdue && (
                        <Badge color="red" size="sm">
                          {t('step.overdue')}
                        </Badge>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{t(`stepStatus.${s.status}`)}</Table.Td>
                  <Table.Td>
                    {s.result && <Text size="sm">{s.result}</Text>}
                    {s.doneOn && (
                      <Text size="sm" c="gray.8">
                        {formatDate(s.doneOn)}
                      </Text>
                    )}
                  </Table.Td>
                  {c.canWorkOnSteps && (
                    <Table.Td>
                      {s.status === 'planned' && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            aria-label={t('step.completeNamed', { name: s.description })}
                            onClick={() => setDialog({ kind: 'complete_step', step: s })}
                          >
                            {t('step.complete')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('step.editNamed', { name: s.description })}
                            onClick={() => setDialog({ kind: 'update_step', step: s })}
                          >
                            {t('step.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('step.cancelNamed', { name: s.description })}
                            onClick={() => setDialog({ kind: 'cancel_step', step: s })}
                          >
                            {t('step.cancel')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      <Stack component="section" aria-labelledby="case-timeline">
        <Title order={2} size="h3" id="case-timeline">
          {t('timeline.title')}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} active={c.timeline.length - 1}>
          {c.timeline.map((a) => (
            <Timeline.Item key={a.id} title={t(`timelineAction.${a.action}`)}>
              <Text size="sm" c="gray.8">
                {formatDate(dayOf(a.at))} {timeOf(a.at)} · {a.user.fullName}
                {a.fromStatus !== a.toStatus && ` · ${t(`status.${a.toStatus}`)}`}
              </Text>
              <TimelineText a={a} steps={c.steps} />
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
      {dialog && <CaseDialogs c={c} dialog={dialog} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
