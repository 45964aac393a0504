import { eq, sql } from 'drizzle-orm';
import type { AppDb } from '../../db/client';
import { readReferenceCsv } from '../reference/reference.loader';
import { BASE_INDICATORS, type CatalogueIndicator } from './indicators.catalogue';
import { indicators, indicatorValues } from './indicators.tables';

/** One regional figure from the shipped regions.csv. */
export interface RegionalFigure {
  indicatorCode: 'youth_population' | 'neet_share';
  regionCode: string;
  year: number;
  value: number;
  ageBand: string;
  sourceNote: string | null;
  sourceUrl: string | null;
}

/** The youth population and NEET share figures of regions.csv; a region without a figure or year gives none. */
export function readRegionalFigures(rows = readReferenceCsv('regions.csv')): RegionalFigure[] {
  const figures: RegionalFigure[] = [];
  for (const r of rows) {
    if (r.youth_population && r.youth_population_year) {
      figures.push({
        indicatorCode: 'youth_population',
        regionCode: r.code,
        year: Number.parseInt(r.youth_population_year, 10),
        value: Number(r.youth_population),
        ageBand: r.youth_age_band || 'not stated',
        sourceNote: r.youth_population_note || null,
        sourceUrl: r.youth_population_source || null,
      });
    }
    if (r.neet_share_pct && r.neet_year) {
      figures.push({
        indicatorCode: 'neet_share',
        regionCode: r.code,
        year: Number.parseInt(r.neet_year, 10),
        value: Number(r.neet_share_pct),
        ageBand: r.neet_age_band || 'not stated',
        sourceNote: r.neet_note || null,
        sourceUrl: r.neet_source || null,
      });
    }
  }
  return figures;
}

/**
 * Brings the indicator catalogue and the shipped regional figures into the database, on every start.
 * Indicators missing by code are added; an existing one is left alone (national users rename and
 * deactivate them). A figure from the file is inserted or refreshed by indicator × region × year,
 * except where a national user has entered the figure for that period (`origin = 'manual'`) or a
 * file import has (`import`): those win over the shipped file.
 */
export async function loadIndicators(
  db: AppDb,
  catalogue: CatalogueIndicator[] = BASE_INDICATORS,
  figures: RegionalFigure[] = readRegionalFigures(),
) {
  await db.transaction(async (tx) => {
    await tx
      .insert(indicators)
      .values(
        catalogue.map((c) => ({
          code: c.code,
          nameKk: c.name.kk,
          nameRu: c.name.ru,
          nameEn: c.name.en,
          descriptionKk: c.description?.kk ?? null,
          descriptionRu: c.description?.ru ?? null,
          descriptionEn: c.description?.en ?? null,
          unit: c.unit,
          level: c.level,
          source: c.source,
          rowSource: 'catalogue' as const,
        })),
      )
      .onConflictDoNothing({ target: indicators.code });
    const ids = new Map(
      (await tx.select({ id: indicators.id, code: indicators.code }).from(indicators)).map((i) => [
        i.code,
        i.id,
      ]),
    );
    const rows = figures.flatMap((f) => {
      const indicatorId = ids.get(f.indicatorCode);
      return indicatorId === undefined
        ? []
        : [
            {
              indicatorId,
              regionCode: f.regionCode,
              year: f.year,
              value: f.value,
              ageBand: f.ageBand,
              sourceNote: f.sourceNote,
              sourceUrl: f.sourceUrl,
              origin: 'file' as const,
            },
          ];
    });
    if (rows.length === 0) return;
    await tx
      .insert(indicatorValues)
      .values(rows)
      .onConflictDoUpdate({
        target: [
          indicatorValues.indicatorId,
          indicatorValues.regionCode,
          indicatorValues.districtId,
          indicatorValues.centreId,
          indicatorValues.year,
          indicatorValues.quarter,
        ],
        set: {
          value: sql`excluded.value`,
          ageBand: sql`excluded.age_band`,
          sourceNote: sql`excluded.source_note`,
          sourceUrl: sql`excluded.source_url`,
          updatedAt: sql`now()`,
        },
        setWhere: eq(indicatorValues.origin, 'file'),
      });
  });
}
