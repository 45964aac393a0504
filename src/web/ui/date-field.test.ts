import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './date-field';

describe('parseTypedDate', () => {
  it('reads dates as people in Kazakhstan type them, and ISO', () => {
    expect(parseTypedDate('05.02.2024')).toBe('2024-02-05');
    expect(parseTypedDate('5.2.2024')).toBe('2024-02-05');
    expect(parseTypedDate(' 2024-02-05 ')).toBe('2024-02-05');
  });

  it('refuses dates that do not exist and other forms', () => {
    expect(parseTypedDate('31.02.2026')).toBeNull();
    expect(parseTypedDate('02/05/2024')).toBeNull();
    expect(parseTypedDate('вчера')).toBeNull();
  });
});
