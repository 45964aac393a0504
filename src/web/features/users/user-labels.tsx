import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/contracts/users';
import { localized } from '../../lib/localized';

/** A user's area of responsibility in the UI language: centre, region, organisation or the country. */
export function userScopeLabel(user: User, locale: string, t: TFunction): string {
  if (user.centreName) return localized(user.centreName, locale);
  if (user.regionName) return localized(user.regionName, locale);
  if (user.organisation) return user.organisation;
  return t('common:scope.country');
}

/** Active / deactivated, in words and not only colour. */
export function UserStatusBadge({ isActive }: { isActive: boolean }) {
  const { t } = useTranslation('users');
  const color = isActive ? 'teal' : 'red';
  // Shade 9 text on the light tint keeps AA contrast, like the registry's badges.
  return (
    <Badge color={color} variant="light" c={`${color}.9`} tt="none" size="lg" fw={600}>
      {t(isActive ? 'status.active' : 'status.inactive')}
    </Badge>
  );
}
