import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Active / inactive (centre) or working / left (staff), with text and not only colour. */
export function StatusBadge({ status }: { status: 'active' | 'inactive' | 'working' | 'left' }) {
  const { t } = useTranslation('registry');
  const color =
    status === 'active' || status === 'working' ? 'teal.9' : status === 'inactive' ? 'red.9' : 'gray.8';
  return (
    <Badge color={color} variant="light" c={color}>
      {t(`status.${status}`)}
    </Badge>
  );
}
