import { describe, expect, it } from 'vitest';
import { todayInKazakhstan } from './today';

describe('todayInKazakhstan', () => {
  it("gives today's date in Kazakhstan (UTC+5), a day ahead of UTC from 19:00 UTC", () => {
    expect(todayInKazakhstan(new Date('2026-03-09T19:30:00Z'))).toBe('2026-03-10');
    expect(todayInKazakhstan(new Date('2026-03-10T18:59:00Z'))).toBe('2026-03-10');
  });
});
