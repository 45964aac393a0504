import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toFieldErrors } from './field-errors';

const schema = z.object({
  kind: z.enum(['regional', 'city']),
  day: z.iso.date(),
  count: z.coerce.number(),
  email: z.email(),
});
const errorsOf = (value: unknown) =>
  Object.fromEntries(
    toFieldErrors(schema.safeParse(value, { reportInput: true }).error!.issues).map((e) => [e.field, e.code]),
  );

describe('toFieldErrors', () => {
  it('calls empty or missing values required, whatever the field type', () => {
    // A coerced number cannot tell "missing" from "abc" (both become NaN), so it says invalid_number.
    expect(errorsOf({ kind: '', day: '', count: 1 })).toEqual({
      kind: 'required',
      day: 'required',
      email: 'required',
    });
  });

  it('names what is wrong with a value that is there', () => {
    expect(errorsOf({ kind: 'village', day: '31.02.2026', count: 'abc', email: 'x@' })).toEqual({
      kind: 'invalid_choice',
      day: 'invalid_date',
      count: 'invalid_number',
      email: 'invalid_email',
    });
  });
});
