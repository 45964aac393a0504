import { describe, expect, it } from 'vitest';
import type { SeededCentre } from './centres';
import { createRandom } from './random';
import { planStaff } from './staff';

const network: SeededCentre[] = [
  { id: 1, code: 'YRC-35-001', kind: 'regional', regionCode: '35' },
  { id: 2, code: 'YRC-35-002', kind: 'city', regionCode: '35' },
  ...Array.from({ length: 20 }, (_, i) => ({
    id: i + 3,
    code: `YRC-61-${String(i + 3).padStart(3, '0')}`,
    kind: 'district' as const,
    regionCode: '61',
  })),
];
const today = new Date('2026-03-01T10:00:00Z');

describe('planStaff', () => {
  it('gives the same staff for the same seed, so every fresh start shows the same people', () => {
    expect(planStaff(createRandom(7), network, today)).toEqual(planStaff(createRandom(7), network, today));
    expect(planStaff(createRandom(8), network, today)).not.toEqual(
      planStaff(createRandom(7), network, today),
    );
  });

  it('sizes teams by centre kind, with a director who has not left', () => {
    const rows = planStaff(createRandom(7), network, today);
    const team = (id: number) => rows.filter((r) => r.centreId === id);
    expect(team(1).length).toBeGreaterThanOrEqual(25);
    expect(team(1).some((r) => r.position === 'deputy_director')).toBe(true);
    expect(team(2).length).toBeGreaterThanOrEqual(12);
    for (const c of network) {
      const directors = team(c.id).filter((r) => r.position === 'director');
      expect(directors).toHaveLength(1);
      expect(directors[0].leaveDate).toBeNull();
    }
  });

  it('dates every hire between 2015 and today and every leave after the hire', () => {
    for (const r of planStaff(createRandom(7), network, today)) {
      expect(r.hireDate >= '2015-01-01' && r.hireDate <= '2026-03-01').toBe(true);
      if (r.leaveDate) expect(r.leaveDate > r.hireDate && r.leaveDate < '2026-03-01').toBe(true);
    }
  });
});
