import { eq, sql } from 'drizzle-orm';
import type { IndicatorValue, IndicatorValueInput } from '../../../shared/contracts/indicators';
import type { AppDb } from '../../db/client';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, invalidFields, notFound } from '../../platform/http/app-error';
import { regions } from '../reference/reference.tables';
import { actorOfCaller, type Caller } from '../registry/registry.caller';
import {
  findIndicatorRow,
  findRegionalValueRow,
  isJournalIndicator,
  regionalValueOf,
} from './indicators.repository';
import { indicatorValues } from './indicators.tables';

const ENTITY = 'indicator_value';

/**
 * A national user's regional figure for one period: replaces the stored one (the shipped file's,
 * an import's or an earlier edit) or adds it. From then on it is `manual`, and the start-up loader
 * leaves it alone. Journal indicators are computed and take no figures by hand.
 */
export function saveRegionalValue(
  db: AppDb,
  caller: Caller,
  code: string,
  input: IndicatorValueInput,
): Promise<IndicatorValue> {
  return db.transaction(async (tx) => {
    const indicator = await findIndicatorRow(tx, code);
    if (!indicator) throw notFound();
    if (isJournalIndicator(code) || indicator.source === 'journal') throw new AppError('indicator_computed');
    if (indicator.level !== 'region') throw new AppError('invalid_state');
    const [region] = await tx
      .select({ code: regions.code })
      .from(regions)
      .where(eq(regions.code, input.regionCode));
    if (!region) throw invalidFields([{ field: 'regionCode', code: 'not_found' }]);
    const quarter = input.quarter ?? null;
    const values = {
      value: input.value,
      ageBand: input.ageBand,
      sourceNote: input.sourceNote ?? null,
      sourceUrl: input.sourceUrl ?? null,
      origin: 'manual' as const,
      updatedBy: caller.user.id,
    };
    const existing = await findRegionalValueRow(tx, indicator.id, input.regionCode, input.year, quarter);
    const before = existing ? regionalValueOf(code, existing) : undefined;
    const [row] = existing
      ? await tx
          .update(indicatorValues)
          .set({ ...values, updatedAt: sql`now()` })
          .where(eq(indicatorValues.id, existing.id))
          .returning()
      : await tx
          .insert(indicatorValues)
          .values({
            indicatorId: indicator.id,
            regionCode: input.regionCode,
            year: input.year,
            quarter,
            ...values,
          })
          .returning();
    const after = regionalValueOf(code, row);
    await recordAudit(tx, actorOfCaller(caller), {
      action: existing ? 'update' : 'create',
      entityType: ENTITY,
      entityId: row.id,
      regionCode: row.regionCode,
      before,
      after,
    });
    return after;
  });
}
