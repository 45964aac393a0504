import type { Scope } from '../../../../shared/contracts/auth';
import type { EvaluationCentre, EvaluationRating } from '../../../../shared/contracts/evaluation';
import { todayInKazakhstan } from '../../../../shared/today';
import type { DbOrTx } from '../../../db/client';
import { scopeRegion } from '../../../platform/auth/scope';
import { notFound } from '../../../platform/http/app-error';
import { gatherEvaluationInputs } from './evaluation.gather';
import { rateCentres } from './evaluation.score';
import { weightsInForce } from './evaluation.weights';

/** The year rated when none is asked: this year, its figures counted up to today. */
export const defaultEvaluationYear = (today = todayInKazakhstan()) => Number(today.slice(0, 4));

/** The national rating of a year with the weights in force and the gathered inputs of every centre. */
async function nationalRating(db: DbOrTx, year: number) {
  const [centres, inForce] = await Promise.all([
    gatherEvaluationInputs(db, year, todayInKazakhstan()),
    weightsInForce(db, year),
  ]);
  const { method, rows } = rateCentres(centres, inForce.weights, {
    year: inForce.sourceYear,
    revision: inForce.revision,
  });
  return { method, rows, inputsOf: new Map(centres.map((c) => [c.centre.id, c.inputs])) };
}

/**
 * The rating table of a year: national users and administrators see the country or one region they
 * pick; regional users and centre managers see their own region's table (another region asked is
 * not found). Ranks are always national (`rank`) and within the region (`regionRank`).
 */
export async function ratingOf(
  db: DbOrTx,
  scope: Scope,
  query: { year?: number | null; regionCode?: string | null },
): Promise<EvaluationRating> {
  const ownRegion = scopeRegion(scope);
  if (ownRegion && query.regionCode && query.regionCode !== ownRegion) throw notFound();
  const regionCode = ownRegion ?? query.regionCode ?? null;
  const year = query.year ?? defaultEvaluationYear();
  const { method, rows } = await nationalRating(db, year);
  return {
    year,
    regionCode,
    nationalCount: rows.length,
    method,
    items: regionCode ? rows.filter((r) => r.centre.regionCode === regionCode) : rows,
  };
}

/**
 * One centre's score with its components and the figures behind them. A centre outside the caller's
 * region, or not rated that year (closed without activity), is not found.
 */
export async function centreEvaluationOf(
  db: DbOrTx,
  scope: Scope,
  centreId: number,
  yearAsked: number | null | undefined,
): Promise<EvaluationCentre> {
  const year = yearAsked ?? defaultEvaluationYear();
  const { method, rows, inputsOf } = await nationalRating(db, year);
  const row = rows.find((r) => r.centre.id === centreId);
  const ownRegion = scopeRegion(scope);
  if (!row || (ownRegion && row.centre.regionCode !== ownRegion)) throw notFound();
  return {
    year,
    nationalCount: rows.length,
    regionCount: rows.filter((r) => r.centre.regionCode === row.centre.regionCode).length,
    method,
    row,
    inputs: inputsOf.get(centreId) as EvaluationCentre['inputs'],
  };
}
