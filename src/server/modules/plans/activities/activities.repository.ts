import { asc, eq } from 'drizzle-orm';
import type {
  ActivityTemplate,
  ActivityTemplateFields,
  JournalMeasure,
} from '../../../../shared/contracts/plans';
import type { DbOrTx } from '../../../db/client';
import { activityTemplates } from './activities.tables';

export type ActivityTemplateRow = typeof activityTemplates.$inferSelect;

/** The columns of a template from its API fields. */
export function templateValues(f: ActivityTemplateFields) {
  return {
    code: f.code,
    nameKk: f.name.kk,
    nameRu: f.name.ru,
    nameEn: f.name.en,
    descriptionKk: f.description.kk,
    descriptionRu: f.description.ru,
    descriptionEn: f.description.en,
    directions: [...f.directions],
    quarters: [...new Set(f.quarters)].sort((a, b) => a - b),
    participantsPerStaff: f.participantsPerStaff,
    defaultCost: f.defaultCost,
    fundingSource: f.fundingSource,
    kpiIndicator: f.kpiIndicator,
    isActive: f.isActive,
  };
}

/** A template row as the API answers it. */
export function toActivityTemplate(r: ActivityTemplateRow): ActivityTemplate {
  return {
    id: r.id,
    code: r.code,
    name: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn },
    description: { kk: r.descriptionKk, ru: r.descriptionRu, en: r.descriptionEn },
    directions: r.directions,
    quarters: r.quarters,
    participantsPerStaff: r.participantsPerStaff,
    defaultCost: r.defaultCost,
    fundingSource: r.fundingSource,
    kpiIndicator: r.kpiIndicator as JournalMeasure | null,
    isActive: r.isActive,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Every template of the library, by code (the library is small: tens of rows). */
export async function listActivityTemplates(db: DbOrTx): Promise<ActivityTemplate[]> {
  const rows = await db.select().from(activityTemplates).orderBy(asc(activityTemplates.code));
  return rows.map(toActivityTemplate);
}

export async function findActivityTemplateRow(
  db: DbOrTx,
  id: number,
): Promise<ActivityTemplateRow | undefined> {
  const [row] = await db.select().from(activityTemplates).where(eq(activityTemplates.id, id));
  return row;
}
