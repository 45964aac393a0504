import { Badge, Button, Card, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanCommentView, PlanReview } from '../../../../shared/contracts/plan-review';
import { useApiErrorHandler } from '../../../lib/use-api-form-errors';
import { useResolvePlanComment } from './review-api';
import { formatDateTime, itemLabel } from './review-labels';

/**
 * One comment on the plan. A remark the centre has marked resolved is greyed and folded to its
 * heading (it can be unfolded to read); the plan's manager, while amending, marks a reviewer's remark
 * resolved or opens it again.
 */
export function PlanCommentCard({
  planId,
  comment: c,
  item,
}: {
  planId: number;
  comment: PlanCommentView;
  item: PlanReview['items'][number] | undefined;
}) {
  const { t, i18n } = useTranslation('review');
  const resolve = useResolvePlanComment(planId);
  const onError = useApiErrorHandler();
  const [unfolded, setUnfolded] = useState(false);
  const open = !c.resolved || unfolded;
  const setResolved = (resolved: boolean) =>
    resolve.mutate({ commentId: c.id, body: { resolved } }, { onError: (e) => onError(e) });

  return (
    <Card
      withBorder
      padding="xs"
      data-testid="plan-comment"
      data-resolved={c.resolved || undefined}
      bg={c.resolved ? 'gray.0' : undefined}
    >
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Text size="xs" fw={600} c={c.resolved ? 'gray.7' : 'teal.9'}>
            {c.itemId ? itemLabel(item, c.itemId, i18n.language) : t('comments.wholePlan')}
          </Text>
          {c.resolved && (
            <Badge size="xs" color="gray" variant="light">
              {t('comments.resolved')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('comments.version', { version: c.version })} · {formatDateTime(c.createdAt)}
        </Text>
      </Group>
      {open && (
        <>
          <Text size="sm" c={c.resolved ? 'gray.7' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
            {c.text}
          </Text>
          <Text size="xs" c="dimmed">
            {c.author.fullName}, {t(`common:role.${c.authorRole}`)}
          </Text>
        </>
      )}
      {(c.resolved || c.resolvable) && (
        <Group gap="xs" mt={4}>
          {c.resolved && (
            <Button
              variant="subtle"
              size="compact-xs"
              aria-expanded={open}
              onClick={() => setUnfolded((v) => !v)}
            >
              {t(open ? 'comments.fold' : 'comments.unfold')}
            </Button>
          )}
          {c.resolvable && (
            <Button
              variant="light"
              size="compact-xs"
              color={c.resolved ? 'gray' : 'teal'}
              loading={resolve.isPending}
              onClick={() => setResolved(!c.resolved)}
            >
              {t(c.resolved ? 'comments.reopen' : 'comments.resolve')}
            </Button>
          )}
        </Group>
      )}
    </Card>
  );
}
