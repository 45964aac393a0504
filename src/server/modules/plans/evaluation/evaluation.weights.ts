import { type and, asc, desc, eq, gt, lt } from 'drizzle-orm';
import type {
  EvaluationWeights,
  EvaluationWeightsChange,
  EvaluationWeightValues,
} from '../../../../shared/contracts/evaluation';
import { todayInKazakhstan } from '../../../../shared/today';
import type { AppDb, DbOrTx } from '../../../db/client';
import { recordAudit } from '../../../platform/audit/audit';
import { users } from '../../../platform/auth/auth.tables';
import { AppError } from '../../../platform/http/app-error';
import { actorOfCaller, type Caller, isUniqueViolation } from '../../registry/registry.caller';
import { evaluationWeights } from './evaluation.tables';

/**
 * The weights seeded for the current and the previous year until national users save their own:
 * the plan the centre itself committed to counts most; reach and lasting NEET outcomes next.
 */
export const DEFAULT_EVALUATION_WEIGHTS: EvaluationWeightValues = {
  plan_fulfilment: 40,
  coverage: 20,
  neet_outcomes: 20,
  neet_reach: 15,
  service_intensity: 5,
};

const ENTITY = 'evaluation_weights';

/** Seeds revision 1 with the default weights for this year and last year where a year has none. Safe on every start. */
export async function loadEvaluationWeights(db: AppDb, today = todayInKazakhstan()): Promise<void> {
  const year = Number(today.slice(0, 4));
  await db
    .insert(evaluationWeights)
    .values([year - 1, year].map((y) => ({ year: y, revision: 1, weights: DEFAULT_EVALUATION_WEIGHTS })))
    .onConflictDoNothing();
}

type WeightsRow = typeof evaluationWeights.$inferSelect;

async function latestOf(
  db: DbOrTx,
  where: ReturnType<typeof and>,
  order: 'nearest-before' | 'nearest-after' | 'own',
) {
  const [row] = await db
    .select()
    .from(evaluationWeights)
    .where(where)
    .orderBy(
      order === 'nearest-after' ? asc(evaluationWeights.year) : desc(evaluationWeights.year),
      desc(evaluationWeights.revision),
    )
    .limit(1);
  return row as WeightsRow | undefined;
}

/**
 * The weights in force for a year: the year's latest revision; a year without its own takes the
 * nearest earlier year's (else the nearest later one's), and with none at all the built-in default.
 */
export async function weightsInForce(
  db: DbOrTx,
  year: number,
): Promise<{ weights: EvaluationWeightValues; sourceYear: number | null; revision: number }> {
  const row =
    (await latestOf(db, eq(evaluationWeights.year, year), 'own')) ??
    (await latestOf(db, lt(evaluationWeights.year, year), 'nearest-before')) ??
    (await latestOf(db, gt(evaluationWeights.year, year), 'nearest-after'));
  return row
    ? { weights: row.weights, sourceYear: row.year, revision: row.revision }
    : { weights: DEFAULT_EVALUATION_WEIGHTS, sourceYear: null, revision: 0 };
}

/** The weights in force for a year with the year's own revisions, newest first. */
export async function yearWeights(db: DbOrTx, year: number): Promise<EvaluationWeights> {
  const [inForce, history] = await Promise.all([
    weightsInForce(db, year),
    db
      .select({
        revision: evaluationWeights.revision,
        weights: evaluationWeights.weights,
        savedBy: users.fullName,
        savedAt: evaluationWeights.createdAt,
      })
      .from(evaluationWeights)
      .leftJoin(users, eq(users.id, evaluationWeights.createdBy))
      .where(eq(evaluationWeights.year, year))
      .orderBy(desc(evaluationWeights.revision)),
  ]);
  return {
    year,
    ...inForce,
    history: history.map((h) => ({ ...h, savedAt: h.savedAt.toISOString() })),
  };
}

/**
 * A national user's new weights for a year: saved as the next revision of that year (the history
 * stays), audited with the weights before and after. `change.revision` must be the year's latest
 * revision (0 for a year with none of its own), else someone saved in between: a conflict.
 */
export async function saveYearWeights(
  db: AppDb,
  caller: Caller,
  year: number,
  change: EvaluationWeightsChange,
): Promise<EvaluationWeights> {
  try {
    await db.transaction(async (tx) => {
      const latest = await latestOf(tx, eq(evaluationWeights.year, year), 'own');
      if ((latest?.revision ?? 0) !== change.revision) throw new AppError('conflict');
      const before = latest ? latest.weights : (await weightsInForce(tx, year)).weights;
      const [row] = await tx
        .insert(evaluationWeights)
        .values({ year, revision: change.revision + 1, weights: change.weights, createdBy: caller.user.id })
        .returning();
      await recordAudit(tx, actorOfCaller(caller), {
        action: 'update',
        entityType: ENTITY,
        entityId: row.id,
        before: { year, revision: latest?.revision ?? 0, weights: before },
        after: { year, revision: row.revision, weights: row.weights },
      });
    });
  } catch (err) {
    // Two saves of the same revision at once: the second one meets the unique (year, revision).
    if (isUniqueViolation(err)) throw new AppError('conflict');
    throw err;
  }
  return yearWeights(db, year);
}
