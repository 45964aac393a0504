import { describe, expect, it } from 'vitest';
import { regionContainsPoint } from './geo';

describe('regionContainsPoint', () => {
  it('places regional capitals in their own region only', () => {
    expect(regionContainsPoint('35', 49.8047, 73.1094)).toBe(true); // Karaganda
    expect(regionContainsPoint('11', 49.8047, 73.1094)).toBe(false);
    expect(regionContainsPoint('71', 51.1282, 71.4304)).toBe(true); // Astana
    expect(regionContainsPoint('11', 51.1282, 71.4304)).toBe(false); // Astana is a hole in Akmola
    expect(regionContainsPoint('75', 43.2389, 76.8897)).toBe(true); // Almaty
  });

  it('rejects points outside the country and unknown regions', () => {
    expect(regionContainsPoint('35', 55.75, 37.62)).toBe(false); // Moscow
    expect(regionContainsPoint('99', 49.8, 73.1)).toBe(false);
  });
});
