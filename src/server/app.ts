import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppConfig } from './config';
import type { Database } from './db/client';
import { routeModules } from './modules';
import { authRoutes } from './platform/auth/auth.routes';
import { installGuard } from './platform/auth/guard';
import { installErrorHandler, sendProblem } from './platform/http/problem';
import type { App } from './platform/http/types';
import { validatorCompiler } from './platform/http/validator';

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Largest upload accepted (imports): 20 MB holds well over 10,000 rows of XLSX. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Builds the HTTP application: API, OpenAPI document and docs, health, and the built web app. */
export async function buildApp(database: Database, config: AppConfig): Promise<App> {
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jastar API',
        version: '1',
        description:
          'Information system of the Youth Resource Centres of Kazakhstan. Errors are RFC 9457 problem+json.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jastar_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  installErrorHandler(app);
  installGuard(app, database.db);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Whether the server and its database answer',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async (request, reply) => {
      try {
        await database.db.execute(sql`select 1`);
      } catch {
        return sendProblem(request, reply, 'database_unavailable');
      }
      return { status: 'ok' as const, database: database.kind };
    },
  );

  const deps = { database, db: database.db, config };
  authRoutes(app, deps);
  for (const register of routeModules) register(app, deps);

  const hasWeb = existsSync(WEB_DIST);
  if (hasWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
  // Client-side routes: any non-API GET that is not a file gets the app shell.
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    return sendProblem(request, reply, 'not_found');
  });
  return app;
}
