import { Alert, Badge, Button, Card, Divider, Group, Loader, Stack, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAction } from '../../../../shared/contracts/plan-review';
import { PlanActionDialog } from './plan-action-dialog';
import { PlanComments } from './plan-comments';
import { PlanDiffView } from './plan-diff-view';
import { usePlanReview } from './review-api';
import { formatDateTime, STATUS_COLOR } from './review-labels';

/**
 * The review side of a plan page: where the plan stands, the steps the caller may take (with a
 * comment; a return requires one), the trail of who did what and why, comments on the plan and its
 * items, and what the current version changes against the last approved one.
 */
export function PlanReviewPanel({ planId }: { planId: number }) {
  const { t } = useTranslation('review');
  const review = usePlanReview(planId);
  const [action, setAction] = useState<PlanAction | null>(null);

  if (review.isPending) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (review.isError) return <Alert color="red">{t('common:error.loadFailed')}</Alert>;
  const r = review.data;
  const showDiff = r.approvedVersion !== null && r.approvedVersion !== r.currentVersion;

  return (
    <Card withBorder padding="md" component="section" aria-label={t('title')}>
      <Stack>
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={700}>{t('title')}</Text>
            <Badge color={STATUS_COLOR[r.status]} data-testid="plan-status">
              {t(`status.${r.status}`)}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('version', { version: r.currentVersion })}
              {r.approvedVersion !== null && ` · ${t('approvedVersion', { version: r.approvedVersion })}`}
            </Text>
          </Group>
          <Group gap="xs">
            {r.availableActions.map((a) => (
              <Button
                key={a}
                size="sm"
                color={a === 'return' ? 'orange' : 'teal'}
                variant={a === 'return' || a === 'amend' ? 'light' : 'filled'}
                onClick={() => setAction(a)}
              >
                {t(`action.${a}`)}
              </Button>
            ))}
          </Group>
        </Group>
        {r.status === 'returned' && r.availableActions.includes('submit') && (
          <Alert color="orange">{t('returnedHint')}</Alert>
        )}

        <Text fw={600}>{t('trail.title')}</Text>
        {r.trail.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('trail.none')}
          </Text>
        ) : (
          <Timeline active={r.trail.length - 1} bulletSize={14} lineWidth={2}>
            {r.trail.map((e) => (
              <Timeline.Item key={e.id} title={t(`done.${e.action}`)} data-testid="plan-trail-entry">
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.at)} · {e.actor.fullName}, {t(`common:role.${e.actorRole}`)} ·{' '}
                  {t('version', { version: e.version })}
                </Text>
                {e.comment && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {e.comment}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}

        <Divider />
        <PlanComments review={r} />

        {showDiff && (
          <>
            <Divider />
            <PlanDiffView planId={r.planId} from={r.approvedVersion!} to={r.currentVersion} />
          </>
        )}
      </Stack>
      {action && <PlanActionDialog review={r} action={action} onClose={() => setAction(null)} />}
    </Card>
  );
}
