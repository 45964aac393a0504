import Fastify from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installErrorHandler } from './problem';
import { validatorCompiler } from './validator';

async function appWith(schema: z.ZodType) {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('locale', 'en');
  installErrorHandler(app);
  app.post('/x', { schema: { body: schema } }, async () => ({ ok: true }));
  await app.ready();
  return app;
}

describe('request validation', () => {
  it('tells a missing value from an unparsable number or date, in the caller’s language', async () => {
    const app = await appWith(
      z.object({ count: z.coerce.number(), day: z.iso.date(), name: z.string().min(1) }),
    );
    const res = await app.inject({ method: 'POST', url: '/x', payload: { count: 'abc', day: '31.02.2026' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const errors = res.json().errors as { field: string; code: string; message: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'count', code: 'invalid_number', message: 'Must be a number' }),
        expect.objectContaining({ field: 'day', code: 'invalid_date' }),
        expect.objectContaining({ field: 'name', code: 'required', message: 'Required' }),
      ]),
    );
    await app.close();
  });
});
