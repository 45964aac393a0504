import { asc } from 'drizzle-orm';
import type { Locale } from '../../../../shared/constants/roles';
import type { DbOrTx } from '../../../db/client';
import { serviceDirections } from '../../journal';

const NAME_COLUMN = {
  kk: serviceDirections.nameKk,
  ru: serviceDirections.nameRu,
  en: serviceDirections.nameEn,
};

/** Direction code → name in `lang`, for every direction of the service catalogue (retired ones too). */
export async function directionNames(db: DbOrTx, lang: Locale): Promise<Record<string, string>> {
  const rows = await db
    .select({ code: serviceDirections.code, name: NAME_COLUMN[lang] })
    .from(serviceDirections)
    .orderBy(asc(serviceDirections.sortOrder));
  return Object.fromEntries(rows.map((r) => [r.code, r.name]));
}
