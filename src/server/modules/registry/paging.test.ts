import { describe, expect, it } from 'vitest';
import { pageTotal } from './paging';

describe('pageTotal', () => {
  const count = async () => 99;
  it('reads the total off a short page without counting', async () => {
    expect(await pageTotal(3, 2, 25, count)).toBe(28);
    expect(await pageTotal(0, 1, 25, count)).toBe(0);
  });
  it('counts behind a full page or past the end', async () => {
    expect(await pageTotal(25, 1, 25, count)).toBe(99);
    expect(await pageTotal(0, 7, 25, count)).toBe(99);
  });
});
