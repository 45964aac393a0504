import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inArray } from 'drizzle-orm';
import type { AppDb } from '../../db/client';
import { serviceDirections, serviceTypes } from './journal.tables';

type Names = { kk: string; ru: string; en: string };
interface SeedType {
  code: string;
  name: Names;
  isConfidential?: boolean;
  isGroup?: boolean;
  allowsAnonymous?: boolean;
}
interface SeedDirection {
  code: string;
  name: Names;
  types: SeedType[];
}

const DATA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'service-catalogue.json');

/** The catalogue shipped with the system, in the order it is shown. */
export const readSeedCatalogue = (): SeedDirection[] =>
  (JSON.parse(readFileSync(DATA_FILE, 'utf8')) as { directions: SeedDirection[] }).directions;

/**
 * Brings the shipped service catalogue into the database on every start. Idempotent and additive:
 * a missing direction or type (by code) is inserted; an existing one is left alone, because national
 * users maintain the catalogue and a restart must not undo their renames or deactivations.
 */
export async function loadServiceCatalogue(db: AppDb) {
  const seed = readSeedCatalogue();
  await db
    .insert(serviceDirections)
    .values(
      seed.map((d, i) => ({
        code: d.code,
        nameKk: d.name.kk,
        nameRu: d.name.ru,
        nameEn: d.name.en,
        sortOrder: (i + 1) * 10,
      })),
    )
    .onConflictDoNothing({ target: serviceDirections.code });
  const ids = new Map(
    (
      await db
        .select({ id: serviceDirections.id, code: serviceDirections.code })
        .from(serviceDirections)
        .where(
          inArray(
            serviceDirections.code,
            seed.map((d) => d.code),
          ),
        )
    ).map((d) => [d.code, d.id]),
  );
  const types = seed.flatMap((d) =>
    d.types.map((t, i) => ({
      directionId: ids.get(d.code)!,
      code: t.code,
      nameKk: t.name.kk,
      nameRu: t.name.ru,
      nameEn: t.name.en,
      isConfidential: t.isConfidential ?? false,
      isGroup: t.isGroup ?? false,
      allowsAnonymous: t.allowsAnonymous ?? false,
      sortOrder: (i + 1) * 10,
    })),
  );
  await db.insert(serviceTypes).values(types).onConflictDoNothing({ target: serviceTypes.code });
}
