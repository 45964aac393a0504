import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { toFieldErrors } from '../../../shared/contracts/field-errors';
import { ERROR_STATUS, type ErrorCode, type FieldError, type Problem } from '../../../shared/errors';
import { translator } from '../../../shared/i18n';
import { AppError } from './app-error';

/** Builds an RFC 9457 body with the title and field messages in the caller's language. */
export function problemBody(
  request: FastifyRequest,
  code: ErrorCode,
  fieldErrors?: FieldError[],
  params?: Record<string, string | number>,
  detail?: string,
): Problem {
  const t = translator(request.locale);
  const body: Problem = {
    type: `https://jastar.kz/problems/${code}`,
    title: t(`errors:code.${code}`, params ?? {}),
    status: ERROR_STATUS[code],
    code,
    instance: request.url,
  };
  if (detail) body.detail = detail;
  if (fieldErrors?.length) {
    body.errors = fieldErrors.map((e) => ({ ...e, message: t(`errors:field.${e.code}`, e.params ?? {}) }));
  }
  return body;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  fieldErrors?: FieldError[],
  params?: Record<string, string | number>,
) {
  return reply
    .status(ERROR_STATUS[code])
    .type('application/problem+json')
    .send(problemBody(request, code, fieldErrors, params));
}

/** Maps every thrown error to problem+json; unknown errors are logged and answered as `internal`. */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error.code, error.options.fieldErrors, error.options.params);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        code: v.keyword,
        path: v.instancePath.split('/').filter(Boolean),
        message: v.message,
        ...(v.params as object),
      }));
      // Path segments of query/params are field names; array indices stay numeric strings.
      return sendProblem(request, reply, 'validation_failed', toFieldErrors(issues as never));
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
      return sendProblem(request, reply, 'payload_too_large');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, error.statusCode === 404 ? 'not_found' : 'bad_request');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'internal');
  });
}
