import { describe, expect, it } from 'vitest';
import { isoToDotted, parseDateCell } from './dates';

const ok = (value: string | null) => ({ ok: true, value });
const bad = { ok: false };

describe('parseDateCell', () => {
  it('reads a typed Excel date (a Date at UTC midnight, time of day ignored)', () => {
    expect(parseDateCell(new Date(Date.UTC(2024, 1, 5)))).toEqual(ok('2024-02-05'));
    expect(parseDateCell(new Date(Date.UTC(2024, 1, 5, 17, 30)))).toEqual(ok('2024-02-05'));
  });

  it('reads an Excel serial number, as a number or as text', () => {
    expect(parseDateCell(45170)).toEqual(ok('2023-09-01'));
    expect(parseDateCell(45170.75)).toEqual(ok('2023-09-01'));
    expect(parseDateCell('45170')).toEqual(ok('2023-09-01'));
    expect(parseDateCell(61)).toEqual(ok('1900-03-01'));
  });

  it('reads dd.mm.yyyy and d.m.yyyy, with or without a time', () => {
    expect(parseDateCell('05.02.2024')).toEqual(ok('2024-02-05'));
    expect(parseDateCell('5.2.2024')).toEqual(ok('2024-02-05'));
    expect(parseDateCell(' 29.02.2024 ')).toEqual(ok('2024-02-29'));
    expect(parseDateCell('05.02.2024 14:30')).toEqual(ok('2024-02-05'));
  });

  it('reads ISO dates and ISO timestamps', () => {
    expect(parseDateCell('2024-02-05')).toEqual(ok('2024-02-05'));
    expect(parseDateCell('2024-02-05T00:00:00Z')).toEqual(ok('2024-02-05'));
  });

  it('treats empty cells as no date', () => {
    expect(parseDateCell(null)).toEqual(ok(null));
    expect(parseDateCell(undefined)).toEqual(ok(null));
    expect(parseDateCell('  ')).toEqual(ok(null));
  });

  it('rejects impossible, ambiguous and out-of-range dates', () => {
    for (const value of [
      '31.02.2024',
      '29.02.2023',
      '2024-13-01',
      '2024-02-30',
      '02/05/2024',
      '5 февраля 2024',
      '05.02.24',
      'вчера',
      '1234',
      '01.01.1850',
      '01.01.2150',
      0,
      12.5,
      -45170,
      true,
      new Date(Number.NaN),
      { a: 1 },
    ]) {
      expect(parseDateCell(value), String(value)).toEqual(bad);
    }
  });
});

describe('isoToDotted', () => {
  it('writes the date as dd.mm.yyyy', () => {
    expect(isoToDotted('2024-02-05')).toBe('05.02.2024');
  });
});
