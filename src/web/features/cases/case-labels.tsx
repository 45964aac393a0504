import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../shared/contracts/cases';

const STATUS_COLOR: Record<CaseStatus, string> = {
  open: 'blue',
  in_progress: 'indigo',
  outcome_recorded: 'cyan',
  follow_up_3m_confirmed: 'teal',
  closed_confirmed: 'green',
  closed_not_held: 'orange',
  closed_no_outcome: 'gray',
};

/** The case's status as a badge in the UI language. */
export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('cases');
  return (
    // Black text on the light tint: the tint's own darkest shade does not reach 4.5:1 on green.
    <Badge
      color={STATUS_COLOR[status]}
      variant="light"
      style={{ textTransform: 'none', color: 'var(--mantine-color-black)' }}
      // Long status names wrap inside a narrow table column instead of being cut off.
      styles={{
        root: { height: 'auto', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible' },
      }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}

/** "Lastname Firstname Middlename", or the placeholder after consent withdrawal. */
export const personName = (
  p: { lastName: string | null; firstName: string | null; middleName: string | null },
  withdrawn: string,
) => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ') || withdrawn;
