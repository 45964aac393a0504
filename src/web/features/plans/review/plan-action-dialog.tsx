import { ActionIcon, Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAction, PlanReview } from '../../../../shared/contracts/plan-review';
import { ApiError } from '../../../lib/api';
import { ListSelect } from '../../../ui/list-select';
import { usePlanAction } from './review-api';
import { itemLabel } from './review-labels';

/** The dialog of one review step: why (required to return) and, for a return, comments on items. */
export function PlanActionDialog({
  review,
  action,
  onClose,
}: {
  review: PlanReview;
  action: PlanAction;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('review');
  const act = usePlanAction(review.planId);
  const [comment, setComment] = useState('');
  const [itemComments, setItemComments] = useState<Array<{ itemId: string | null; text: string }>>([]);
  const [missing, setMissing] = useState(false);
  const returning = action === 'return';
  const options = review.items.map((i) => ({ value: i.id, label: itemLabel(i, i.id, i18n.language) }));

  const fieldError = (field: string) =>
    act.error instanceof ApiError
      ? act.error.problem.errors?.find((e) => e.field === field)?.message
      : undefined;

  const confirm = () => {
    if (returning && !comment.trim()) {
      setMissing(true);
      return;
    }
    const items = itemComments.filter((c) => c.itemId && c.text.trim());
    act.mutate(
      {
        action,
        body: {
          revision: review.revision,
          comment: comment.trim() || null,
          ...(returning && items.length
            ? { itemComments: items.map((c) => ({ itemId: c.itemId!, text: c.text.trim() })) }
            : {}),
        },
      },
      { onSuccess: onClose },
    );
  };

  const generalError =
    act.error instanceof ApiError && !act.error.problem.errors?.length ? act.error.problem.title : null;

  return (
    <Modal opened onClose={onClose} title={t(`action.${action}`)} size="lg">
      <Stack>
        <Textarea
          label={returning ? t('dialog.reasonRequired') : t('dialog.reason')}
          required={returning}
          autosize
          minRows={3}
          value={comment}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('errors:field.required') : fieldError('comment')}
          data-autofocus
        />
        {returning &&
          itemComments.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
            <Group key={i} align="flex-end" wrap="nowrap">
              <ListSelect
                label={t('dialog.item')}
                data={options}
                value={c.itemId}
                searchable
                onChange={(v) =>
                  setItemComments((all) => all.map((x, j) => (j === i ? { ...x, itemId: v } : x)))
                }
                error={fieldError(`itemComments.${i}.itemId`)}
                w="40%"
              />
              <Textarea
                label={t('dialog.itemComment')}
                autosize
                value={c.text}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  setItemComments((all) => all.map((x, j) => (j === i ? { ...x, text } : x)));
                }}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('dialog.removeItemComment')}
                onClick={() => setItemComments((all) => all.filter((_, j) => j !== i))}
                mb={4}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
        {returning && (
          <Button
            variant="subtle"
            size="xs"
            w="fit-content"
            onClick={() => setItemComments((all) => [...all, { itemId: null, text: '' }])}
          >
            {t('dialog.addItemComment')}
          </Button>
        )}
        {generalError && <Alert color="red">{generalError}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button color={returning ? 'orange' : 'teal'} loading={act.isPending} onClick={confirm}>
            {t(`action.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
