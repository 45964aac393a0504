import { ERROR_STATUS, type ErrorCode, type FieldError } from '../../../shared/errors';

/** An expected failure with a stable code; the error handler turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly options: {
      fieldErrors?: FieldError[];
      params?: Record<string, string | number>;
      detail?: string;
    } = {},
  ) {
    super(code);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');

/** A validation failure on named fields, reported like a schema failure. */
export const invalidFields = (fieldErrors: FieldError[]) =>
  new AppError('validation_failed', { fieldErrors });
