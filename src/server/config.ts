import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** PostgreSQL URL; when absent the embedded PGlite database is used. */
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  /** Where the embedded database keeps its files. */
  JASTAR_DATA_DIR: z.string().default('./data'),
  /** Load the demo data set on the first start of an empty database. */
  JASTAR_DEMO_DATA: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * 32-byte key (base64) protecting personal data: keyed hashes of IINs and encrypted confidential
   * notes. Optional with the embedded database (generated into `<JASTAR_DATA_DIR>/data.key`).
   */
  JASTAR_DATA_KEY: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32, {
        message: 'must be 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`',
      })
      .optional(),
  ),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Set when the app sits behind a TLS-terminating proxy, so cookies get Secure and IPs come from X-Forwarded-For. */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = z.infer<typeof envSchema>;

/** Reads the environment once at boot; a bad value stops the process with a readable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
