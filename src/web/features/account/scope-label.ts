import type { TFunction } from 'i18next';
import type { CurrentUser } from '../../../shared/contracts/auth';
import { localized } from '../../lib/localized';

/** The name of the user's area of responsibility in the UI language (region, centre, organisation, country). */
export function scopeLabel(user: CurrentUser, locale: string, t: TFunction) {
  if (user.scopeName) return localized(user.scopeName, locale);
  if (user.scope.kind === 'organisation') return user.scope.organisation;
  return t(`common:scope.${user.scope.kind}`);
}
