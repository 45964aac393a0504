import type { z } from 'zod';
import { FIELD_ERROR_CODES, type FieldError, type FieldErrorCode } from '../errors';

const isFieldCode = (v: unknown): v is FieldErrorCode =>
  typeof v === 'string' && (FIELD_ERROR_CODES as readonly string[]).includes(v);

/**
 * Turns Zod issues into our field errors with stable codes, so server and web show the same
 * localized reason. Refinements pass their code as `params.code`.
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    // Parse with `{ reportInput: true }` so an empty value is told apart from a wrong one.
    const empty =
      'input' in issue && (issue.input === undefined || issue.input === null || issue.input === '');
    if (empty && issue.code !== 'custom') return { field, code: 'required' };
    switch (issue.code) {
      case 'invalid_type':
        return {
          field,
          code: issue.expected === 'number' || issue.expected === 'int' ? 'invalid_number' : 'invalid_value',
        };
      case 'too_small':
        if (issue.origin === 'string') {
          return Number(issue.minimum) <= 1
            ? { field, code: 'required' }
            : { field, code: 'too_short', params: { min: Number(issue.minimum) } };
        }
        if (issue.origin === 'array' && Number(issue.minimum) <= 1) return { field, code: 'required' };
        return { field, code: 'too_small', params: { min: Number(issue.minimum) } };
      case 'too_big':
        if (issue.origin === 'string')
          return { field, code: 'too_long', params: { max: Number(issue.maximum) } };
        return { field, code: 'too_big', params: { max: Number(issue.maximum) } };
      case 'invalid_format':
        if (issue.format === 'email') return { field, code: 'invalid_email' };
        if (issue.format === 'date' || issue.format === 'datetime') return { field, code: 'invalid_date' };
        return { field, code: 'invalid_value' };
      case 'invalid_value':
        return { field, code: 'invalid_choice' };
      case 'custom': {
        const code = issue.params?.code;
        return {
          field,
          code: isFieldCode(code) ? code : 'invalid_value',
          params: issue.params?.values as Record<string, string | number> | undefined,
        };
      }
      default:
        return { field, code: 'invalid_value' };
    }
  });
}
