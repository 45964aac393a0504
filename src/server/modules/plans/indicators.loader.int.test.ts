import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { freshDatabase } from '../../test/database';
import { BASE_INDICATORS } from './indicators.catalogue';
import { loadIndicators, readRegionalFigures } from './indicators.loader';
import { indicators, indicatorValues } from './indicators.tables';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

const storedFigure = async (code: string, regionCode: string) => {
  const [row] = await database.db
    .select({ v: indicatorValues })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicators.code, code), eq(indicatorValues.regionCode, regionCode)));
  return row?.v;
};

describe('indicator loader', () => {
  it('loads the base indicators and the regional figures of regions.csv once, however often it runs', async () => {
    await loadIndicators(database.db);
    await loadIndicators(database.db);
    const codes = (await database.db.select({ code: indicators.code }).from(indicators)).map((r) => r.code);
    expect(codes.sort()).toEqual(BASE_INDICATORS.map((i) => i.code).sort());
    const values = await database.db.select().from(indicatorValues);
    const figures = readRegionalFigures();
    expect(values).toHaveLength(figures.length);
    // 10 of the 20 regions give a youth population in the file and 18 a NEET share.
    expect(figures.filter((f) => f.indicatorCode === 'youth_population')).toHaveLength(10);
    expect(figures.filter((f) => f.indicatorCode === 'neet_share')).toHaveLength(18);
  });

  it('keeps each figure with its year, age band, note and source', async () => {
    const akmola = await storedFigure('youth_population', '11');
    expect(akmola).toMatchObject({
      year: 2023,
      value: 212233,
      ageBand: '14-35',
      origin: 'file',
      quarter: null,
    });
    expect(akmola?.sourceNote).toMatch(/rural 93,091/);
    expect(akmola?.sourceUrl).toMatch(/^https:\/\/aqmolanews\.kz\//);
    const neet = await storedFigure('neet_share', '11');
    expect(neet).toMatchObject({ year: 2021, value: 8.9, ageBand: '15-28' });
    expect(neet?.sourceNote).toMatch(/labour force survey/);
    // A region the file gives no NEET share for has none.
    expect(await storedFigure('neet_share', '10')).toBeUndefined();
  });

  it('never overwrites a figure a national user entered, nor an indicator they renamed', async () => {
    const akmola = await storedFigure('neet_share', '11');
    await database.db
      .update(indicatorValues)
      .set({ value: 9.4, ageBand: '15-34', origin: 'manual' })
      .where(eq(indicatorValues.id, akmola!.id));
    await database.db
      .update(indicators)
      .set({ nameEn: 'NEET rate' })
      .where(eq(indicators.code, 'neet_share'));
    const almaty = await storedFigure('neet_share', '19');
    await loadIndicators(database.db);
    expect(await storedFigure('neet_share', '11')).toMatchObject({
      value: 9.4,
      ageBand: '15-34',
      origin: 'manual',
    });
    const [renamed] = await database.db.select().from(indicators).where(eq(indicators.code, 'neet_share'));
    expect(renamed.nameEn).toBe('NEET rate');
    expect(await storedFigure('neet_share', '19')).toEqual(almaty);
  });

  it('refreshes a figure from the file when the file changes', async () => {
    const figures = readRegionalFigures().map((f) =>
      f.indicatorCode === 'youth_population' && f.regionCode === '79' ? { ...f, value: 241000 } : f,
    );
    await loadIndicators(database.db, BASE_INDICATORS, figures);
    expect(await storedFigure('youth_population', '79')).toMatchObject({
      value: 241000,
      year: 2021,
      ageBand: '14-29',
    });
  });
});
