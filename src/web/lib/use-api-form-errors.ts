import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

/**
 * Shows a failed mutation to the user: field errors go under their fields (translated from the
 * stable code), anything else becomes a notification with the problem's title in the UI language.
 */
export function useApiErrorHandler() {
  const { t } = useTranslation();
  // biome-ignore lint/suspicious/noExplicitAny: any form shape
  return (error: unknown, form?: UseFormReturnType<any>) => {
    if (error instanceof ApiError) {
      const fieldErrors = error.problem.errors ?? [];
      if (form && fieldErrors.length) {
        form.setErrors(
          Object.fromEntries(fieldErrors.map((e) => [e.field, t(`errors:field.${e.code}`, e.params ?? {})])),
        );
      }
      notifications.show({
        color: 'red',
        title: error.problem.title,
        message: fieldErrors.length && form ? t('common:error.checkFields') : '',
      });
      return;
    }
    notifications.show({ color: 'red', title: t('errors:code.internal'), message: String(error) });
  };
}
