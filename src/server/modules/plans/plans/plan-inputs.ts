import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { JournalMeasure } from '../../../../shared/contracts/plans';
import type { DbOrTx } from '../../../db/client';
import { serviceDirections } from '../../journal/journal.tables';
import { staff } from '../../registry/registry.tables';
import { activityTemplates } from '../activities/activities.tables';
import { journalFigures } from '../indicators.journal';
import { needsProfile } from '../needs';
import {
  type BuilderTemplate,
  type PlanBaselines,
  type PlanBuilderInputs,
  pickPriorities,
} from './plan-builder';

/** Active staff of a centre on a day: hired by then and not yet left. */
export async function activeStaffCount(db: DbOrTx, centreId: number, today: string): Promise<number> {
  const rows = await db
    .select({ id: staff.id })
    .from(staff)
    .where(
      and(
        eq(staff.centreId, centreId),
        lte(staff.hireDate, today),
        or(isNull(staff.leaveDate), gt(staff.leaveDate, today)),
      ),
    );
  return rows.length;
}

const withoutDirection = ({
  served_youth,
  neet_reached,
  services_total,
}: Record<JournalMeasure, number>) => ({
  served_youth,
  neet_reached,
  services_total,
});

/**
 * Everything the builder reads for a centre's plan of a year, from the database: the needs profile,
 * last year's journal actuals (centre-wide and per priority direction, from the rollups), the
 * active staff today, the active activity templates and the direction names.
 */
export async function gatherPlanInputs(
  db: DbOrTx,
  centreId: number,
  year: number,
  today: string,
): Promise<PlanBuilderInputs> {
  const profile = await needsProfile(db, centreId, year);
  const directions = await db
    .select({
      id: serviceDirections.id,
      code: serviceDirections.code,
      kk: serviceDirections.nameKk,
      ru: serviceDirections.nameRu,
      en: serviceDirections.nameEn,
    })
    .from(serviceDirections);
  const baselineYear = year - 1;
  const byDirection: PlanBaselines['byDirection'] = {};
  for (const d of pickPriorities(profile)) {
    const id = directions.find((x) => x.code === d.direction)?.id;
    if (id === undefined) continue;
    byDirection[d.direction] = withoutDirection(
      await journalFigures(db, baselineYear, { centreId, directionId: id }),
    );
  }
  const templateRows = await db.select().from(activityTemplates).where(eq(activityTemplates.isActive, true));
  const templates: BuilderTemplate[] = templateRows.map((t) => ({
    code: t.code,
    name: { kk: t.nameKk, ru: t.nameRu, en: t.nameEn },
    directions: t.directions,
    quarters: t.quarters,
    participantsPerStaff: t.participantsPerStaff,
    defaultCost: t.defaultCost,
    fundingSource: t.fundingSource,
    kpiIndicator: t.kpiIndicator as JournalMeasure | null,
    isActive: t.isActive,
  }));
  return {
    year,
    profile,
    baselines: {
      year: baselineYear,
      total: await journalFigures(db, baselineYear, { centreId }),
      byDirection,
    },
    staffCount: await activeStaffCount(db, centreId, today),
    templates,
    directionNames: Object.fromEntries(directions.map((d) => [d.code, { kk: d.kk, ru: d.ru, en: d.en }])),
  };
}
