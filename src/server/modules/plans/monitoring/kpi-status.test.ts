import { describe, expect, it } from 'vitest';
import { AT_RISK_SHARE, expectedAt, kpiStatus, quarterBounds, quartersBegun } from './kpi-status';

const targets = [90, 200, 300, 400] as const;

describe('quarters of a year', () => {
  it('bounds each quarter by its first day and the first day after it', () => {
    expect(quarterBounds(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-04-01' });
    expect(quarterBounds(2026, 3)).toEqual({ from: '2026-07-01', to: '2026-10-01' });
    expect(quarterBounds(2026, 4)).toEqual({ from: '2026-10-01', to: '2027-01-01' });
  });

  it('counts the quarters begun by a date', () => {
    expect(quartersBegun(2026, '2025-12-31')).toBe(0);
    expect(quartersBegun(2026, '2026-01-01')).toBe(1);
    expect(quartersBegun(2026, '2026-03-31')).toBe(1);
    expect(quartersBegun(2026, '2026-04-01')).toBe(2);
    expect(quartersBegun(2026, '2026-12-31')).toBe(4);
    expect(quartersBegun(2026, '2027-02-01')).toBe(4);
  });
});

describe('the target expected by a date', () => {
  it('is nothing before the year and the last quarter target after it', () => {
    expect(expectedAt(2026, targets, '2025-12-31')).toBeNull();
    expect(expectedAt(2026, targets, '2027-01-01')).toBe(400);
  });

  it('reaches each quarter target on the quarter’s last day', () => {
    expect(expectedAt(2026, targets, '2026-03-31')).toBeCloseTo(90, 9);
    expect(expectedAt(2026, targets, '2026-06-30')).toBeCloseTo(200, 9);
    expect(expectedAt(2026, targets, '2026-12-31')).toBeCloseTo(400, 9);
  });

  it('grows by elapsed days between the previous and this quarter target', () => {
    // Q1 2026 has 90 days: the first day expects 1/90 of 90.
    expect(expectedAt(2026, targets, '2026-01-01')).toBeCloseTo(1, 9);
    // 15 May is day 45 of the 91 days of Q2.
    expect(expectedAt(2026, targets, '2026-05-15')).toBeCloseTo(90 + (110 * 45) / 91, 9);
    // Q1 2028 (leap year) has 91 days.
    expect(expectedAt(2028, targets, '2028-02-29')).toBeCloseTo((90 * 60) / 91, 9);
  });
});

describe('KPI status', () => {
  const at = (actual: number | null, asOf = '2026-03-31') =>
    kpiStatus({ year: 2026, quarterTargets: targets, actual, asOf });

  it('is on track from 100 % of the expected value', () => {
    expect(at(90).status).toBe('on_track');
    expect(at(150).status).toBe('on_track');
    expect(at(90).ratio).toBeCloseTo(1, 9);
  });

  it('is at risk from 80 % up to just under 100 %', () => {
    expect(AT_RISK_SHARE).toBe(0.8);
    expect(at(89.9).status).toBe('at_risk');
    expect(at(72).status).toBe('at_risk');
  });

  it('is behind under 80 %, and with no actual at all', () => {
    expect(at(71.9).status).toBe('behind');
    expect(at(null)).toMatchObject({ status: 'behind', ratio: 0 });
  });

  it('is not started before the year', () => {
    expect(at(0, '2025-12-31')).toEqual({ expected: null, ratio: null, status: 'not_started' });
  });

  it('is on track while nothing is expected yet', () => {
    expect(kpiStatus({ year: 2026, quarterTargets: [0, 0, 10, 20], actual: 0, asOf: '2026-05-01' })).toEqual({
      expected: 0,
      ratio: null,
      status: 'on_track',
    });
  });

  it('judges a finished year against the year target', () => {
    expect(at(399, '2027-03-01')).toMatchObject({ expected: 400, status: 'at_risk' });
    expect(at(320, '2027-03-01').status).toBe('at_risk');
    expect(at(319, '2027-03-01').status).toBe('behind');
  });
});
