import { describe, expect, it } from 'vitest';
import { formatOpeningHours } from './localized';

describe('formatOpeningHours', () => {
  it('shows stored weekday abbreviations in the UI language', () => {
    expect(formatOpeningHours('Mon–Fri 09:00–18:00, Sat 10:00–14:00', 'ru')).toBe(
      'Пн–Пт 09:00–18:00, Сб 10:00–14:00',
    );
    expect(formatOpeningHours('Mon–Fri 09:00–18:00', 'kk')).toBe('Дс–Жм 09:00–18:00');
    expect(formatOpeningHours('Mon–Fri 09:00–18:00', 'en')).toBe('Mon–Fri 09:00–18:00');
  });

  it('leaves hours typed in another form as they are', () => {
    expect(formatOpeningHours('күн сайын 10:00–20:00', 'ru')).toBe('күн сайын 10:00–20:00');
    expect(formatOpeningHours(null, 'ru')).toBe('');
  });
});
