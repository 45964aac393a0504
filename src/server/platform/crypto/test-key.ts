import { initDataProtectionWithKey } from './data-protection';

/** A fixed, public key for tests only: never a key that protects real data. */
export const TEST_DATA_KEY = Buffer.alloc(32, 7);

/** Initialises data protection with {@link TEST_DATA_KEY}; call in a test's `beforeAll` or harness. */
export function initTestDataProtection(): void {
  initDataProtectionWithKey(TEST_DATA_KEY);
}
