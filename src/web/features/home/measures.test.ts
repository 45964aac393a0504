import { describe, expect, it } from 'vitest';
import type { RegionStats } from '../../../shared/contracts/home';
import { translator } from '../../../shared/i18n';
import { defaultMeasure, visibleRegions } from './measures';
import { ageBandLabel, formatMeasure } from './region-format';

const region = (code: string, youth: number | null): RegionStats => ({
  code,
  iso: `KZ-${code}`,
  name: { kk: code, ru: code, en: code },
  centres: 10,
  staff: 120,
  youthPopulation: youth,
  youthPopulationYear: youth ? 2023 : null,
  youthAgeBand: youth ? '14-35' : null,
  centresPer10k: youth ? (10 / youth) * 1e4 : null,
  staffPer10k: youth ? (120 / youth) * 1e4 : null,
});

describe('home map measures', () => {
  it('opens on centres per 10,000 young people, or on plain counts when no visible region has a youth figure', () => {
    expect(defaultMeasure([region('35', null), region('71', 468_400)])).toBe('centresPer10k');
    expect(defaultMeasure([region('35', null)])).toBe('centres');
  });

  it('holds a region-scoped user to their own region', () => {
    const all = [region('35', null), region('71', 468_400)];
    expect(visibleRegions(all, '35').map((r) => r.code)).toEqual(['35']);
    expect(visibleRegions(all, null)).toHaveLength(2);
  });

  it('says "no data" for an unknown rate and names the age band in the UI language', () => {
    const ru = translator('ru');
    expect(formatMeasure(region('35', null), 'centresPer10k', 'ru', ru)).toBe('Нет данных');
    expect(ageBandLabel('14-35', ru)).toBe('возраст 14–35');
    expect(ageBandLabel('not stated', translator('kk'))).toBe('жас шегі көрсетілмеген');
  });
});

describe('key-count plurals', () => {
  it('agree with the number in Russian and Kazakh', () => {
    const ru = translator('ru');
    expect(ru('home:cards.activeCentres', { count: 1 })).toBe('действующий центр');
    expect(ru('home:cards.activeStaff', { count: 3454 })).toBe('работающих сотрудника');
    expect(ru('home:cards.newHires', { count: 121 })).toBe('новый сотрудник за последние 90 дней');
    expect(ru('home:cards.inactiveCentres', { count: 25 })).toBe('неактивных центров');
    expect(translator('kk')('home:cards.activeCentres', { count: 228 })).toBe('жұмыс істеп тұрған орталық');
    expect(translator('en')('home:cards.activeStaff', { count: 1 })).toBe('active staff member');
  });
});
