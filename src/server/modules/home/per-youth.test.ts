import { describe, expect, it } from 'vitest';
import { per10k } from './per-youth';

describe('per10k', () => {
  it('scales a count to 10,000 young people', () => {
    expect(per10k(12, 212_233)).toBe(0.565);
    expect(per10k(150, 150_000)).toBe(10);
  });

  it('has no figure where the youth population is unknown', () => {
    expect(per10k(5, null)).toBeNull();
    expect(per10k(5, 0)).toBeNull();
  });
});
