import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { zodValidate } from '../../lib/zod-form';

const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

/** Empty inputs ('' from text fields, null from cleared selects) as "no value", the way the API reads them. */
export function blanksToUndefined<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, isBlank(v) ? undefined : v])) as T;
}

/**
 * The shared contract's validator for a form, with one refinement: a field left empty that the
 * contract rejects is reported as "required" (an empty select would otherwise read "choose one of
 * the listed values", an empty date "not a valid date").
 */
export function formValidator<T extends z.ZodType>(schema: T, t: TFunction) {
  const validate = zodValidate(schema, t);
  return (values: object): FormErrors => {
    const prepared = blanksToUndefined(values) as Record<string, unknown>;
    const errors = validate(prepared);
    for (const field of Object.keys(errors)) {
      if (field in prepared && isBlank(prepared[field])) errors[field] = t('errors:field.required');
    }
    return errors;
  };
}
