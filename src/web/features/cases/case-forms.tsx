import { Modal, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  type CaseDetail,
  type CaseStep,
  CLOSE_REASONS,
  POSITIVE_OUTCOMES,
  STEP_KINDS,
} from '../../../shared/contracts/cases';
import { todayInKazakhstan } from '../../../shared/today';
import { formatDate, localized } from '../../lib/localized';
import { useApiErrorHandler } from '../../lib/use-api-form-errors';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { ListSelect } from '../../ui/list-select';
import { useCaseChange, useCaseOptions } from './cases-api';

/** Which form is open on the case page. */
export type CaseDialog =
  | { kind: 'add_step' }
  | { kind: 'update_step'; step: CaseStep }
  | { kind: 'complete_step'; step: CaseStep }
  | { kind: 'cancel_step'; step: CaseStep }
  | { kind: 'record_outcome' }
  | { kind: 'follow_up'; stage: '3m' | '6m' }
  | { kind: 'close' }
  | { kind: 'reopen' }
  | { kind: 'reassign' };

interface Props {
  c: CaseDetail;
  dialog: CaseDialog;
  onClose: () => void;
}

/** The forms of the case page, each in a dialog; each sends the case's version and shows field errors. */
export function CaseDialogs({ c, dialog, onClose }: Props) {
  const { t } = useTranslation('cases');
  const titles: Record<CaseDialog['kind'], string> = {
    add_step: t('action.add_step'),
    update_step: t('step.edit'),
    complete_step: t('step.complete'),
    cancel_step: t('step.cancel'),
    record_outcome: t('action.record_outcome'),
    follow_up: dialog.kind === 'follow_up' ? t(`action.follow_up_${dialog.stage}`) : '',
    close: t('action.close'),
    reopen: t('action.reopen'),
    reassign: t('action.reassign'),
  };
  return (
    <Modal opened onClose={onClose} title={titles[dialog.kind]} size="lg">
      <DialogBody c={c} dialog={dialog} onClose={onClose} />
    </Modal>
  );
}

function DialogBody({ c, dialog, onClose }: Props) {
  const { t, i18n } = useTranslation('cases');
  const change = useCaseChange(c.id);
  const onError = useApiErrorHandler();
  const options = useCaseOptions(c.centreId);
  const editing = dialog.kind === 'update_step' ? dialog.step : null;
  const today = todayInKazakhstan();
  const form = useForm<Record<string, string | boolean | null>>({
    initialValues: {
      kind: editing?.kind ?? 'consultation',
      description: editing?.description ?? '',
      programmeId: editing?.programme ? String(editing.programme.id) : null,
      dueOn: editing?.dueOn ?? today,
      doneOn: today,
      result: '',
      outcome: null,
      outcomeOn: today,
      note: '',
      held: 'yes',
      ifNotHeld: 'continue',
      checkedOn: today,
      reason: null,
      closedOn: today,
      comment: '',
      caseWorkerId: null,
    },
  });
  const send = (path: string, body: object) =>
    change.mutate(
      { path, body: { version: c.version, ...body } },
      { onSuccess: onClose, onError: (err) => onError(err, form) },
    );
  const v = form.values;
  const str = (k: string) => (v[k] ? String(v[k]) : undefined);

  const submit = form.onSubmit(() => {
    switch (dialog.kind) {
      case 'add_step':
        return send('/steps', {
          kind: v.kind,
          description: v.description,
          dueOn: v.dueOn,
          programmeId: v.kind === 'programme_referral' && v.programmeId ? Number(v.programmeId) : undefined,
        });
      case 'update_step':
        return send(`/steps/${dialog.step.id}`, {
          description: v.description,
          dueOn: v.dueOn,
          programmeId: v.kind === 'programme_referral' && v.programmeId ? Number(v.programmeId) : undefined,
        });
      case 'complete_step':
        return send(`/steps/${dialog.step.id}/complete`, { doneOn: v.doneOn, result: v.result });
      case 'cancel_step':
        return send(`/steps/${dialog.step.id}/cancel`, { comment: str('comment') });
      case 'record_outcome':
        return send('/outcome', { outcome: v.outcome, outcomeOn: v.outcomeOn, note: str('note') });
      case 'follow_up':
        return send('/follow-ups', {
          stage: dialog.stage,
          held: v.held === 'yes',
          checkedOn: v.checkedOn,
          ifNotHeld: v.held === 'yes' ? undefined : v.ifNotHeld,
          comment: str('comment'),
        });
      case 'close':
        return send('/close', { reason: v.reason, closedOn: v.closedOn, comment: str('comment') });
      case 'reopen':
        return send('/reopen', { comment: str('comment') });
      case 'reassign':
        return send('/reassign', {
          caseWorkerId: v.caseWorkerId ? Number(v.caseWorkerId) : undefined,
          comment: str('comment'),
        });
    }
  });

  const date = (name: string, label: string, description?: string) => (
    <DateField label={label} description={description} required {...form.getInputProps(name)} />
  );
  const comment = (required = false) => (
    <Textarea
      label={t('field.comment')}
      required={required}
      autosize
      minRows={2}
      maxLength={2000}
      {...form.getInputProps('comment')}
    />
  );

  let fields: React.ReactNode = null;
  switch (dialog.kind) {
    case 'add_step':
    case 'update_step':
      fields = (
        <>
          <ListSelect
            label={t('step.kind')}
            required
            disabled={dialog.kind === 'update_step'}
            allowDeselect={false}
            data={STEP_KINDS.map((k) => ({ value: k, label: t(`stepKind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          {v.kind === 'programme_referral' && (
            <ListSelect
              label={t('step.programme')}
              required
              searchable
              data={(options.data?.programmes ?? []).map((p) => ({
                value: String(p.id),
                label: localized(p.name, i18n.language),
              }))}
              {...form.getInputProps('programmeId')}
            />
          )}
          <Textarea
            label={t('step.description')}
            required
            autosize
            minRows={2}
            maxLength={1000}
            {...form.getInputProps('description')}
          />
          {date('dueOn', t('step.dueOn'))}
        </>
      );
      break;
    case 'complete_step':
      fields = (
        <>
          <TextInput label={t('step.description')} value={dialog.step.description} readOnly />
          {date('doneOn', t('step.doneOn'))}
          <Textarea
            label={t('step.result')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('result')}
          />
        </>
      );
      break;
    case 'cancel_step':
      fields = (
        <>
          <TextInput label={t('step.description')} value={dialog.step.description} readOnly />
          {comment()}
        </>
      );
      break;
    case 'record_outcome':
      fields = (
        <>
          <ListSelect
            label={t('field.outcome')}
            required
            data={POSITIVE_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
            {...form.getInputProps('outcome')}
          />
          {date('outcomeOn', t('field.outcomeOn'), t('outcomeForm.hint'))}
          <Textarea
            label={t('field.outcomeNote')}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('note')}
          />
        </>
      );
      break;
    case 'follow_up': {
      const due = dialog.stage === '3m' ? c.followUp3mDue : c.followUp6mDue;
      fields = (
        <>
          {date('checkedOn', t('followUp.checkedOn'), t('followUp.dueHint', { date: formatDate(due) }))}
          <Radio.Group
            label={t('followUp.question', { outcome: c.outcome ? t(`outcome.${c.outcome}`) : '' })}
            required
            {...form.getInputProps('held')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="yes" label={t('followUp.held')} />
              <Radio value="no" label={t('followUp.notHeld')} />
            </Stack>
          </Radio.Group>
          {v.held === 'no' && (
            <Radio.Group label={t('followUp.then')} required {...form.getInputProps('ifNotHeld')}>
              <Stack gap="xs" mt="xs">
                <Radio value="continue" label={t('followUp.continue')} />
                <Radio value="close" label={t('followUp.closeNotHeld')} />
              </Stack>
            </Radio.Group>
          )}
          {comment()}
        </>
      );
      break;
    }
    case 'close':
      fields = (
        <>
          <ListSelect
            label={t('field.closeReason')}
            required
            data={CLOSE_REASONS.map((r) => ({ value: r, label: t(`closeReason.${r}`) }))}
            {...form.getInputProps('reason')}
          />
          {date('closedOn', t('field.closedOn'))}
          {comment(v.reason === 'other')}
        </>
      );
      break;
    case 'reopen':
      fields = comment();
      break;
    case 'reassign':
      fields = (
        <>
          <ListSelect
            label={t('reassign.to')}
            required
            data={(options.data?.caseWorkers ?? [])
              .filter((w) => w.id !== c.caseWorker.id)
              .map((w) => ({ value: String(w.id), label: w.fullName }))}
            {...form.getInputProps('caseWorkerId')}
          />
          {comment()}
        </>
      );
      break;
  }

  return (
    <form onSubmit={submit}>
      <Stack>
        {fields}
        <FormActions onCancel={onClose} saving={change.isPending} submitLabel={t('save')} />
      </Stack>
    </form>
  );
}
