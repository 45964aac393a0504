import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceType } from '../../../shared/contracts/journal';

/** A service type's flags (confidential, anonymous allowed, group event, inactive) as badges. */
export function ServiceTypeBadges({ type }: { type: ServiceType }) {
  const { t } = useTranslation('journal');
  return (
    <Group gap={4} wrap="wrap">
      {type.isConfidential && (
        <Badge color="grape" variant="light">
          {t('flag.confidential')}
        </Badge>
      )}
      {type.allowsAnonymous && (
        <Badge color="teal" variant="light">
          {t('flag.anonymous')}
        </Badge>
      )}
      {type.isGroup && (
        <Badge color="blue" variant="light">
          {t('flag.group')}
        </Badge>
      )}
      {!type.isActive && (
        <Badge color="gray" variant="outline">
          {t('inactive')}
        </Badge>
      )}
    </Group>
  );
}
