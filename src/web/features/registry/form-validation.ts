import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { zodValidate } from '../../lib/zod-form';

const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

/** Empty inputs ('' from text fields, null from cleared selects) as "no value", the way the API reads them. */
export function blanksToUndefined<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, isBlank(v) ? undefined : v])) as T;
}

/** The shared contract's validator for a form, reading empty inputs as "no value" like the API. */
export function formValidator<T extends z.ZodType>(schema: T, t: TFunction) {
  const validate = zodValidate(schema, t);
  return (values: object): FormErrors => validate(blanksToUndefined(values));
}
