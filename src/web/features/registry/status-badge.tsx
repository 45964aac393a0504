import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS = { active: 'teal', working: 'teal', inactive: 'red', left: 'gray' } as const;

/** Active / inactive (centre) or working / left (staff), with text and not only colour. */
export function StatusBadge({ status }: { status: keyof typeof COLORS }) {
  const { t } = useTranslation('registry');
  const color = COLORS[status];
  // Shade 9 text on the light tint keeps AA contrast; the default light text shade is too pale.
  return (
    <Badge
      color={color}
      variant="light"
      c={`${color}.9`}
      tt="none"
      size="lg"
      fw={600}
      style={{ minWidth: 'max-content' }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
