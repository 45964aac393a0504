import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanReview } from '../../../../shared/contracts/plan-review';
import { ApiError } from '../../../lib/api';
import { ListSelect } from '../../../ui/list-select';
import { PlanCommentCard } from './plan-comment-card';
import { useAddPlanComment } from './review-api';
import { itemLabel } from './review-labels';

/** Comments on the plan and its items (newest last), and a form to add one. */
export function PlanComments({ review }: { review: PlanReview }) {
  const { t, i18n } = useTranslation('review');
  const add = useAddPlanComment(review.planId);
  const [itemId, setItemId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const byId = new Map(review.items.map((i) => [i.id, i]));
  const options = review.items.map((i) => ({ value: i.id, label: itemLabel(i, i.id, i18n.language) }));
  const error = add.error instanceof ApiError ? add.error.problem : null;

  const submit = () => {
    if (!text.trim()) return;
    add.mutate({ itemId, text: text.trim() }, { onSuccess: () => setText('') });
  };

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('comments.title')}</Text>
      {review.comments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('comments.none')}
        </Text>
      )}
      {review.comments.map((c) => (
        <PlanCommentCard
          key={c.id}
          planId={review.planId}
          comment={c}
          item={c.itemId ? byId.get(c.itemId) : undefined}
        />
      ))}
      {review.canComment && (
        <Stack gap="xs" mt="xs">
          <ListSelect
            label={t('comments.about')}
            placeholder={t('comments.wholePlan')}
            data={options}
            value={itemId}
            onChange={setItemId}
            clearable
            searchable
          />
          <Textarea
            label={t('comments.new')}
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={error?.errors?.find((e) => e.field === 'text' || e.field === 'itemId')?.message}
          />
          {error && !error.errors?.length && <Alert color="red">{error.title}</Alert>}
          <Button
            w="fit-content"
            variant="light"
            onClick={submit}
            loading={add.isPending}
            disabled={!text.trim()}
          >
            {t('comments.add')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
