import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createDataProtection,
  DataProtectionError,
  dataProtection,
  initDataProtectionWithKey,
} from './data-protection';
import { TEST_DATA_KEY } from './test-key';

const protection = createDataProtection(TEST_DATA_KEY);
const NOTE =
  'Жасөспірім үйде қысым көретінін айтты; ұйқысы нашар, өзін-өзі бағалауы төмен. Келесі кездесу — сәрсенбі.';

/** Flips one bit of the base64url part at `index` of a `v1:iv:tag:ciphertext` blob. */
function tamper(blob: string, index: 1 | 2 | 3): string {
  const parts = blob.split(':');
  const bytes = Buffer.from(parts[index], 'base64url');
  bytes[0] ^= 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join(':');
}

describe('encrypt / decrypt', () => {
  it('round-trips Kazakh text and keeps it unreadable in the blob', () => {
    const blob = protection.encrypt(NOTE);
    expect(blob).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(blob).not.toContain('қысым');
    expect(protection.decrypt(blob)).toBe(NOTE);
    expect(protection.decrypt(protection.encrypt(''))).toBe('');
  });

  it('gives a different blob each time for the same text (random IV)', () => {
    expect(protection.encrypt(NOTE)).not.toBe(protection.encrypt(NOTE));
  });

  it('detects tampering with the ciphertext, the tag or the IV', () => {
    const blob = protection.encrypt(NOTE);
    for (const index of [1, 2, 3] as const) {
      expect(() => protection.decrypt(tamper(blob, index))).toThrow(DataProtectionError);
    }
  });

  it('refuses a blob under another key, for another record, or of an unknown shape', () => {
    const blob = protection.encrypt(NOTE, 'note:41');
    expect(protection.decrypt(blob, 'note:41')).toBe(NOTE);
    expect(() => protection.decrypt(blob, 'note:42')).toThrow(DataProtectionError);
    expect(() => createDataProtection(randomBytes(32)).decrypt(blob, 'note:41')).toThrow(/authentication/);
    for (const bad of [
      '',
      NOTE,
      blob.replace('v1:', 'v2:'),
      `${blob}:extra`,
      blob.split(':').slice(0, 3).join(':'),
    ]) {
      expect(() => protection.decrypt(bad)).toThrow(DataProtectionError);
    }
  });
});

describe('keyedHash', () => {
  it('gives the same hash for the same input and different hashes for different inputs', () => {
    const hash = protection.keyedHash('050315500123');
    expect(hash).toMatch(/^[\w-]{43}$/);
    expect(protection.keyedHash('050315500123')).toBe(hash);
    expect(protection.keyedHash('050315500124')).not.toBe(hash);
  });

  it('depends on the key, so a copied table cannot be matched against IINs without it', () => {
    const other = createDataProtection(randomBytes(32));
    expect(other.keyedHash('050315500123')).not.toBe(protection.keyedHash('050315500123'));
  });
});

describe('module API', () => {
  it('serves the installed key to every caller', () => {
    initDataProtectionWithKey(TEST_DATA_KEY);
    const blob = dataProtection().encrypt(NOTE);
    expect(protection.decrypt(blob)).toBe(NOTE);
  });

  it('refuses a key of the wrong length', () => {
    expect(() => createDataProtection(randomBytes(16))).toThrow(DataProtectionError);
  });
});
