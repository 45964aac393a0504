import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PlanContent } from '../../../../shared/contracts/plan-content';
import { ApiError } from '../../../lib/api';
import { localized } from '../../../lib/localized';
import { PlanMonitoringPanel } from '../monitoring/plan-monitoring-panel';
import { usePlan, useSavePlanContent } from './plan-api';
import { errorsByPath } from './plan-edit';
import { PlanPanels } from './plan-panels';
import { ActivitiesSection, BudgetSection } from './plan-sections-activities';
import { GoalsSection, PrioritiesSection } from './plan-sections-goals';
import { KpisSection } from './plan-sections-kpis';

/**
 * A centre's plan: header, then priorities with their reasons, goals, KPIs, activities and budget,
 * edited in place while the plan is the caller's draft (or returned), read-only otherwise; below,
 * the review, monitoring and document panels of the other plan features.
 */
export function PlanPage() {
  const { t, i18n } = useTranslation('plan');
  const id = Number(useParams().id);
  const plan = usePlan(id);
  const save = useSavePlanContent(id);
  const [draft, setDraft] = useState<PlanContent | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (plan.isPending) return <Loader aria-label={t('common:loading')} role="status" />;
  if (plan.isError)
    return (
      <Alert color="red" role="alert">
        {plan.error instanceof ApiError ? plan.error.problem.title : t('common:error.loadFailed')}
      </Alert>
    );
  const p = plan.data;
  const content = draft ?? p.content;
  const editable = p.editable;

  const onSave = () =>
    save.mutate(
      { revision: p.revision, content },
      {
        onSuccess: () => {
          setDraft(null);
          setErrors({});
          notifications.show({ color: 'green', message: t('saved') });
        },
        onError: (error) => {
          const problem = error instanceof ApiError ? error.problem : null;
          setErrors(errorsByPath(problem?.errors ?? []));
          notifications.show({
            color: 'red',
            title: problem?.title ?? t('errors:code.internal'),
            message: problem?.errors?.length ? t('common:error.checkFields') : '',
          });
        },
      },
    );

  const sectionProps = { content, editable, errors, onChange: setDraft };
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Anchor component={Link} to="/plans" size="sm">
          {t('backToList')}
        </Anchor>
        <Title order={1}>
          {t('pageTitle', { centre: localized(p.centreName, i18n.language), year: p.year })}
        </Title>
        <Group gap="xs">
          <Badge data-testid="plan-page-status">{t(`status.${p.status}`)}</Badge>
          <Text size="sm">{t('version', { version: p.currentVersion })}</Text>
          {p.approvedVersion !== null && (
            <Text size="sm">{t('approvedVersion', { version: p.approvedVersion })}</Text>
          )}
          <Text size="sm" c="gray.8">
            {p.centreCode}
          </Text>
        </Group>
        <Text size="sm" c="gray.8">
          {editable ? t('editableHelp') : t('readOnlyHelp')}
        </Text>
      </Stack>

      {editable && (
        <Group>
          <Button onClick={onSave} loading={save.isPending} disabled={draft === null}>
            {t('save')}
          </Button>
          {draft !== null && (
            <Button
              variant="default"
              onClick={() => {
                setDraft(null);
                setErrors({});
              }}
            >
              {t('discard')}
            </Button>
          )}
          {draft !== null && (
            <Text size="sm" role="status">
              {t('unsaved')}
            </Text>
          )}
        </Group>
      )}

      <PrioritiesSection {...sectionProps} />
      <GoalsSection {...sectionProps} />
      <KpisSection {...sectionProps} />
      <ActivitiesSection {...sectionProps} />
      <BudgetSection {...sectionProps} />

      <PlanPanels planId={p.id} />
      {/* Monitoring of the plan (its KPIs' quarterly actuals against the targets). */}
      <PlanMonitoringPanel planId={p.id} />
    </Stack>
  );
}
