import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { DATA_KEY_FILE, type DataKeyConfig, DataKeyError, resolveDataKey } from './data-key';

const PG_URL = 'postgres://jastar@db.internal/jastar';
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jastar-key-'));
  dirs.push(dir);
  return dir;
}

function config(overrides: Partial<DataKeyConfig>): DataKeyConfig {
  return {
    NODE_ENV: 'development',
    DATABASE_URL: undefined,
    JASTAR_DATA_KEY: undefined,
    JASTAR_DATA_DIR: '',
    ...overrides,
  };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('resolveDataKey', () => {
  it('takes JASTAR_DATA_KEY when set, with any database', () => {
    const key = randomBytes(32);
    for (const DATABASE_URL of [undefined, PG_URL]) {
      const resolved = resolveDataKey(
        config({ NODE_ENV: 'production', DATABASE_URL, JASTAR_DATA_KEY: key.toString('base64') }),
        () => {},
      );
      expect(resolved).toEqual({ key, source: 'environment' });
    }
  });

  it('with the embedded database creates the key file once (mode 0600) and reuses it', () => {
    const dataDir = path.join(tempDir(), 'data'); // not there yet, as on a first start
    const first = resolveDataKey(config({ NODE_ENV: 'production', JASTAR_DATA_DIR: dataDir }), () => {});
    expect(first.source).toBe('generated');
    const file = path.join(dataDir, DATA_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = readFileSync(file, 'utf8');
    expect(Buffer.from(stored.trim(), 'base64')).toEqual(first.key);

    const second = resolveDataKey(config({ JASTAR_DATA_DIR: dataDir }), () => {});
    expect(second).toEqual({ key: first.key, source: 'file' });
    expect(readFileSync(file, 'utf8')).toBe(stored);
  });

  it('refuses a damaged key file instead of replacing it', () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, DATA_KEY_FILE), 'not-a-key\n');
    expect(() => resolveDataKey(config({ JASTAR_DATA_DIR: dataDir }), () => {})).toThrow(DataKeyError);
    expect(readFileSync(path.join(dataDir, DATA_KEY_FILE), 'utf8')).toBe('not-a-key\n');
  });

  it('refuses to start in production on PostgreSQL without JASTAR_DATA_KEY, and says what to do', () => {
    const dataDir = tempDir();
    const resolve = () =>
      resolveDataKey(
        config({ NODE_ENV: 'production', DATABASE_URL: PG_URL, JASTAR_DATA_DIR: dataDir }),
        () => {},
      );
    expect(resolve).toThrow(DataKeyError);
    expect(resolve).toThrow(/JASTAR_DATA_KEY is required in production.*openssl rand -base64 32/s);
  });

  it('in development on PostgreSQL derives a stable key per database and warns', () => {
    const warnings: string[] = [];
    const first = resolveDataKey(config({ DATABASE_URL: PG_URL }), (m) => warnings.push(m));
    const again = resolveDataKey(config({ NODE_ENV: 'test', DATABASE_URL: PG_URL }), () => {});
    const other = resolveDataKey(config({ DATABASE_URL: `${PG_URL}2` }), () => {});
    expect(first.source).toBe('derived');
    expect(first.key).toHaveLength(32);
    expect(again.key).toEqual(first.key);
    expect(other.key).not.toEqual(first.key);
    expect(warnings).toEqual([expect.stringMatching(/JASTAR_DATA_KEY is not set/)]);
  });
});

describe('JASTAR_DATA_KEY in the configuration', () => {
  it('accepts 32 bytes in base64 and treats an empty value as absent', () => {
    const key = randomBytes(32).toString('base64');
    expect(loadConfig({ JASTAR_DATA_KEY: key }).JASTAR_DATA_KEY).toBe(key);
    expect(loadConfig({ JASTAR_DATA_KEY: '' }).JASTAR_DATA_KEY).toBeUndefined();
  });

  it('refuses a key of the wrong length or not base64, naming the variable', () => {
    for (const bad of [randomBytes(16).toString('base64'), 'ключ-не-base64-ключ-не-base64-ключ-не-base64']) {
      expect(() => loadConfig({ JASTAR_DATA_KEY: bad })).toThrow(/JASTAR_DATA_KEY: must be 32 random bytes/);
    }
  });
});
