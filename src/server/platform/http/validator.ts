import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

// The marker fastify-type-provider-zod puts on its validation errors (a global symbol), so the
// error handler recognises ours the same way.
const ZOD_VALIDATION_ERROR = Symbol.for('ZodFastifySchemaValidationError');

/**
 * Validates requests against the Zod contracts like fastify-type-provider-zod's compiler, but asks
 * Zod to report the offending input, so an unparsable number or date is told apart from a missing one.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return {
      error: result.error.issues.map(({ path, code, message, ...params }) => ({
        [ZOD_VALIDATION_ERROR]: true,
        keyword: code,
        instancePath: `/${path.join('/')}`,
        schemaPath: `#/${path.join('/')}/${code}`,
        message,
        params,
      })),
    } as never;
  };
