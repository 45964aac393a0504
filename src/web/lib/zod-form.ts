import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { toFieldErrors } from '../../shared/contracts/field-errors';

/**
 * A Mantine form validator from a shared Zod contract: the browser shows the same field-level
 * reasons as the server, in the UI language.
 */
export function zodValidate<T extends z.ZodType>(schema: T, t: TFunction) {
  return (values: unknown): FormErrors => {
    const parsed = schema.safeParse(values, { reportInput: true });
    if (parsed.success) return {};
    return Object.fromEntries(
      toFieldErrors(parsed.error.issues).map((e) => [e.field, t(`errors:field.${e.code}`, e.params ?? {})]),
    );
  };
}
