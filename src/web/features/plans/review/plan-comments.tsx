import { Alert, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanReview } from '../../../../shared/contracts/plan-review';
import { ApiError } from '../../../lib/api';
import { ListSelect } from '../../../ui/list-select';
import { useAddPlanComment } from './review-api';
import { formatDateTime, itemLabel } from './review-labels';

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
        <Card key={c.id} withBorder padding="xs" data-testid="plan-comment">
          <Group justify="space-between" gap="xs">
            <Text size="xs" fw={600} c="teal.9">
              {c.itemId ? itemLabel(byId.get(c.itemId), c.itemId, i18n.language) : t('comments.wholePlan')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('comments.version', { version: c.version })} · {formatDateTime(c.createdAt)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.text}
          </Text>
          <Text size="xs" c="dimmed">
            {c.author.fullName}, {t(`common:role.${c.authorRole}`)}
          </Text>
        </Card>
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
