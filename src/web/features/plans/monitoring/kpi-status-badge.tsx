import { Badge, Progress } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiStatus } from '../../../../shared/contracts/plan-monitoring';

/** Badge colours per status; the badge always carries the status in words too. */
export const STATUS_COLOURS: Record<KpiStatus, string> = {
  on_track: 'green.9',
  at_risk: 'yellow.9',
  behind: 'red.9',
  not_started: 'gray.7',
};

const SYMBOLS: Record<KpiStatus, string> = { on_track: '✓', at_risk: '!', behind: '✗', not_started: '–' };

/** A KPI's status as a coloured badge with a symbol and its name (never colour alone). */
export function KpiStatusBadge({ status }: { status: KpiStatus }) {
  const { t } = useTranslation('monitoring');
  return (
    <Badge color={STATUS_COLOURS[status]} variant="filled" radius="sm">
      <span aria-hidden="true">{SYMBOLS[status]} </span>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** How much of what is expected by now has been reached, capped at the full bar. */
export function KpiProgress({
  ratio,
  status,
  label,
}: {
  ratio: number | null;
  status: KpiStatus;
  label: string;
}) {
  const percent = ratio === null ? 0 : Math.min(100, Math.round(ratio * 100));
  return <Progress value={percent} color={STATUS_COLOURS[status]} size="lg" aria-label={label} />;
}
