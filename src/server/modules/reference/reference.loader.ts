import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/client';
import { districts, regions } from './reference.tables';
import { englishDistrictName } from './translit';

const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
/** The date our copy of the territorial tree describes; a later reform closes rows with valid_to. */
const VALID_FROM = '2022-06-08';

export const readReferenceCsv = (file: string): Record<string, string>[] =>
  parse(readFileSync(path.join(DATA_DIR, file)), { columns: true, skip_empty_lines: true, bom: true });

export const regionsGeoJsonPath = path.join(DATA_DIR, 'regions.geojson');

const intOrNull = (v: string | undefined) => (v ? Number.parseInt(v, 10) : null);

/**
 * Loads regions and districts from the versioned files in ./data. Idempotent: rows are upserted by
 * their natural keys (KATO code; region + Russian name), so every start brings the tables up to date.
 */
export async function loadReferenceData(db: AppDb) {
  const regionRows = readReferenceCsv('regions.csv').map((r) => ({
    code: r.code,
    iso: r.iso_3166_2,
    isoLegacy: r.iso_3166_2_legacy || null,
    kind: r.kind as 'region' | 'city',
    nameKk: r.name_kk,
    nameRu: r.name_ru,
    nameEn: r.name_en,
    adminCentreKk: r.admin_center_kk || null,
    adminCentreRu: r.admin_center_ru || null,
    youthPopulation: intOrNull(r.youth_population),
    youthPopulationYear: intOrNull(r.youth_population_year),
    youthAgeBand: r.youth_age_band || null,
    youthPopulationSource: r.youth_population_source || null,
    validFrom: VALID_FROM,
  }));
  await db
    .insert(regions)
    .values(regionRows)
    .onConflictDoUpdate({
      target: regions.code,
      set: {
        iso: sql`excluded.iso`,
        isoLegacy: sql`excluded.iso_legacy`,
        kind: sql`excluded.kind`,
        nameKk: sql`excluded.name_kk`,
        nameRu: sql`excluded.name_ru`,
        nameEn: sql`excluded.name_en`,
        adminCentreKk: sql`excluded.admin_centre_kk`,
        adminCentreRu: sql`excluded.admin_centre_ru`,
        youthPopulation: sql`excluded.youth_population`,
        youthPopulationYear: sql`excluded.youth_population_year`,
        youthAgeBand: sql`excluded.youth_age_band`,
        youthPopulationSource: sql`excluded.youth_population_source`,
      },
    });

  const existing = await db
    .select({ regionCode: districts.regionCode, nameRu: districts.nameRu })
    .from(districts);
  const known = new Set(existing.map((d) => `${d.regionCode}|${d.nameRu}`));
  const fresh = readReferenceCsv('districts.csv')
    .filter((d) => !known.has(`${d.region_code}|${d.name_ru}`))
    .map((d) => ({
      regionCode: d.region_code,
      katoPrefix: d.kato_prefix || null,
      kind: d.kind as 'city' | 'district',
      nameKk: d.name_kk,
      nameRu: d.name_ru,
      nameEn: englishDistrictName(d.name_kk),
      isRegionalCentre: d.note.startsWith('regional centre'),
      note: d.note || null,
      validFrom: VALID_FROM,
    }));
  if (fresh.length) await db.insert(districts).values(fresh);
}
