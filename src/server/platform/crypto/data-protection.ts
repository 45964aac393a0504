import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { DATA_KEY_BYTES, type DataKeyConfig, type DataKeySource, resolveDataKey } from './data-key';

/**
 * Protection of personal data with the one data key: keyed hashes to find equal values (duplicate
 * IINs) without storing them readable, and authenticated encryption for values someone must read
 * back (an IIN's copy, confidential notes).
 */
export interface DataProtection {
  /** HMAC-SHA256 of the value (base64url, 43 characters); equal values give equal hashes. */
  keyedHash(value: string): string;
  /**
   * AES-256-GCM with a random 12-byte IV: `v1:<iv>:<tag>:<ciphertext>` in base64url. `context`
   * (e.g. the record's id) is bound as associated data, so a blob copied to another record fails.
   */
  encrypt(text: string, context?: string): string;
  /** The text back; throws {@link DataProtectionError} on a tampered blob, another key or context. */
  decrypt(blob: string, context?: string): string;
}

/** An encrypted value that cannot be decrypted: tampered with, damaged, or under another key. */
export class DataProtectionError extends Error {
  override name = 'DataProtectionError';
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

function subKey(key: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, '', `jastar/${purpose}/v1`, 32));
}

/** Data protection under the given 32-byte key (sub-keys for hashing and encryption via HKDF). */
export function createDataProtection(key: Buffer): DataProtection {
  if (key.length !== DATA_KEY_BYTES)
    throw new DataProtectionError(`the data key must be ${DATA_KEY_BYTES} bytes`);
  const hashKey = subKey(key, 'keyed-hash');
  const encryptionKey = subKey(key, 'encryption');

  return {
    keyedHash: (value) => createHmac('sha256', hashKey).update(value, 'utf8').digest('base64url'),

    encrypt(text, context = '') {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
      return [VERSION, ...parts].join(':');
    },

    decrypt(blob, context = '') {
      const [version, iv, tag, ciphertext, ...rest] = blob.split(':');
      const ivBytes = Buffer.from(iv ?? '', 'base64url');
      const tagBytes = Buffer.from(tag ?? '', 'base64url');
      if (
        version !== VERSION ||
        ciphertext === undefined ||
        rest.length > 0 ||
        ivBytes.length !== IV_BYTES ||
        tagBytes.length !== TAG_BYTES
      ) {
        throw new DataProtectionError('not an encrypted value of a known version');
      }
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, ivBytes);
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tagBytes);
      try {
        return Buffer.concat([
          decipher.update(Buffer.from(ciphertext, 'base64url')),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new DataProtectionError(
          'encrypted value failed authentication: altered, or encrypted under another key or record',
        );
      }
    },
  };
}

let current: DataProtection | undefined;

/**
 * Resolves the data key once at boot (see `resolveDataKey`) and makes it available through
 * {@link dataProtection}. Throws `DataKeyError` when the server must not start.
 */
export function initDataProtection(config: DataKeyConfig, log: (msg: string) => void): DataKeySource {
  const { key, source } = resolveDataKey(config, log);
  current = createDataProtection(key);
  return source;
}

/** Installs a given key directly: for tests (a fixed key) and tools that already hold one. */
export function initDataProtectionWithKey(key: Buffer): void {
  current = createDataProtection(key);
}

/** The data protection set up at boot; throws if {@link initDataProtection} has not run. */
export function dataProtection(): DataProtection {
  if (!current) throw new Error('data protection is not initialised: call initDataProtection at boot');
  return current;
}
