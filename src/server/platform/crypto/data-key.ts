import { hkdfSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../../config';

/** Bytes in the data key (AES-256 and HMAC-SHA256 sub-keys are derived from it). */
export const DATA_KEY_BYTES = 32;

/** Name of the key file kept beside the embedded database. */
export const DATA_KEY_FILE = 'data.key';

export type DataKeyConfig = Pick<
  AppConfig,
  'NODE_ENV' | 'DATABASE_URL' | 'JASTAR_DATA_DIR' | 'JASTAR_DATA_KEY'
>;

/** Where the key came from, for the start-up log. */
export type DataKeySource = 'environment' | 'file' | 'generated' | 'derived';

/** A key that cannot be found or trusted; the server must not start. */
export class DataKeyError extends Error {
  override name = 'DataKeyError';
}

/**
 * Finds the data key: `JASTAR_DATA_KEY` when set; otherwise, with the embedded database, the key
 * file in the data directory (created once with mode 0600, then reused); with PostgreSQL in
 * production, a refusal; with PostgreSQL in development or test, a key derived from the database
 * URL (stable across restarts, but not secret) and a warning.
 */
export function resolveDataKey(
  config: DataKeyConfig,
  warn: (msg: string) => void,
): { key: Buffer; source: DataKeySource } {
  if (config.JASTAR_DATA_KEY) {
    return { key: decodeKey(config.JASTAR_DATA_KEY, 'JASTAR_DATA_KEY'), source: 'environment' };
  }
  if (!config.DATABASE_URL) return readOrCreateKeyFile(config.JASTAR_DATA_DIR);
  if (config.NODE_ENV === 'production') {
    throw new DataKeyError(
      'JASTAR_DATA_KEY is required in production with PostgreSQL (DATABASE_URL): it protects IINs and ' +
        'confidential notes. Generate one with `openssl rand -base64 32`, keep it in your secret store ' +
        'and back it up: data encrypted with a lost key cannot be read.',
    );
  }
  warn(
    'JASTAR_DATA_KEY is not set: using a key derived from DATABASE_URL, which is not secret. ' +
      'Fine for development and tests; production refuses to start without JASTAR_DATA_KEY.',
  );
  const derived = hkdfSync('sha256', config.DATABASE_URL, 'jastar-development-data-key', '', DATA_KEY_BYTES);
  return { key: Buffer.from(derived), source: 'derived' };
}

function readOrCreateKeyFile(dataDir: string): { key: Buffer; source: DataKeySource } {
  const file = path.join(dataDir, DATA_KEY_FILE);
  const existing = readKeyFile(file);
  if (existing) return { key: existing, source: 'file' };
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(DATA_KEY_BYTES);
  try {
    // 'wx' never overwrites: if another process created the file meanwhile, its key wins.
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return { key: readKeyFile(file)!, source: 'file' };
  }
  return { key, source: 'generated' };
}

function readKeyFile(file: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  return decodeKey(text.trim(), file);
}

function decodeKey(base64: string, where: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || key.length !== DATA_KEY_BYTES) {
    // Never replace a damaged key: data encrypted with the original would be lost for good.
    throw new DataKeyError(
      `${where} does not hold a ${DATA_KEY_BYTES}-byte base64 data key. Restore it from a backup; ` +
        'replacing it makes data encrypted with the original unreadable.',
    );
  }
  return key;
}
