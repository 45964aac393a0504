import {
  EVALUATION_COMPONENTS,
  type EvaluationComponent,
  type EvaluationComponentScore,
  type EvaluationInputs,
  type EvaluationMethod,
  type EvaluationRatingRow,
  type EvaluationWeightValues,
  type EvaluationZeroReason,
} from '../../../../shared/contracts/evaluation';
import { competitionRanks } from '../../analytics';

/*
 * The year-end score of a centre as pure functions: the same inputs always give the same score.
 *
 *   score = Σ normalized(component) × weight(component), weights in percent adding up to 100,
 *   so the score runs 0..100. Each component is normalized to 0..1:
 *
 *   plan_fulfilment    KPIs of the approved plan met ÷ KPIs (monitoring's share);
 *                      no approved plan, or one without KPIs → 0.
 *   coverage           served per 1,000 young residents of the centre's area ÷ the national median of
 *                      the same figure (over centres that served anyone), capped at 1. The centre's area holds the region's youth
 *                      population ÷ the number of the region's rated centres (district figures are not
 *                      collected). Unknown population or no median → 0.
 *   neet_outcomes      NEET cases whose outcome held at the six-month check ÷ NEET cases whose outcome
 *                      was settled in the year (held at six months, or found not to hold). We divide by
 *                      settled outcomes rather than by NEET reached so a centre is judged on whether the
 *                      jobs and studies it found last, not on how many cases it could open; no settled
 *                      case → 0.
 *   neet_reach         NEET young people reached ÷ young people served; nobody served → 0.
 *   service_intensity  services per young person served ÷ the national median, capped at 1.
 *
 * Rounding, so the shown numbers add up exactly: raw shares to 4 decimals, per-1,000 and per-person
 * figures and medians to 3, normalized values to 4, contributions and the score to 2.
 */

/** A centre to rate: who it is and the figures its score is computed from. */
export interface CentreToRate {
  centre: EvaluationRatingRow['centre'];
  inputs: EvaluationInputs;
}

const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
const capped = (value: number) => Math.min(1, Math.max(0, value));

/** The median of the values (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Young people served per 1,000 young residents of the centre's area; null when the population is unknown. */
export function coveragePer1000(inputs: EvaluationInputs): number | null {
  if (!inputs.regionYouth || inputs.regionYouth <= 0 || inputs.centresInRegion <= 0) return null;
  const areaYouth = inputs.regionYouth / inputs.centresInRegion;
  return round((inputs.served / areaYouth) * 1000, 3);
}

/** Services per young person served; null when nobody was served. */
export function servicesPerPerson(inputs: EvaluationInputs): number | null {
  return inputs.served > 0 ? round(inputs.services / inputs.served, 3) : null;
}

/**
 * The national medians of coverage and service intensity over the centres that served anyone in the
 * year (and, for coverage, whose region's youth population is known): centres not yet working in the
 * journal would otherwise pull the norm to 0.
 */
export function networkMedians(all: readonly EvaluationInputs[]) {
  const working = all.filter((inputs) => inputs.served > 0);
  const of = (values: (number | null)[]) => {
    const m = median(values.filter((v): v is number => v !== null));
    return m === null ? null : round(m, 3);
  };
  return {
    medianCoverage: of(working.map(coveragePer1000)),
    medianIntensity: of(working.map(servicesPerPerson)),
  };
}

type Normalized = Pick<EvaluationComponentScore, 'raw' | 'benchmark' | 'normalized' | 'zeroReason'>;
const zero = (zeroReason: EvaluationZeroReason, raw: number | null = null, benchmark: number | null = null) =>
  ({ raw, benchmark, normalized: 0, zeroReason }) satisfies Normalized;
const ofShare = (raw: number): Normalized => ({
  raw,
  benchmark: null,
  normalized: round(capped(raw), 4),
  zeroReason: null,
});
const againstMedian = (
  raw: number | null,
  benchmark: number | null,
  missing: EvaluationZeroReason,
): Normalized => {
  if (raw === null) return zero(missing);
  if (benchmark === null || benchmark <= 0) return zero('no_benchmark', raw, benchmark);
  return { raw, benchmark, normalized: round(capped(raw / benchmark), 4), zeroReason: null };
};

/** Each component's raw figure and its value normalized to 0..1. */
export function normalizeComponents(
  inputs: EvaluationInputs,
  medians: Pick<EvaluationMethod, 'medianCoverage' | 'medianIntensity'>,
): Record<EvaluationComponent, Normalized> {
  const { plan } = inputs;
  return {
    plan_fulfilment: !plan
      ? zero('no_approved_plan')
      : plan.share === null
        ? zero('no_kpis')
        : ofShare(round(plan.share, 4)),
    coverage: againstMedian(coveragePer1000(inputs), medians.medianCoverage, 'no_population'),
    neet_outcomes:
      inputs.casesSettled > 0
        ? ofShare(round(inputs.casesConfirmed / inputs.casesSettled, 4))
        : zero('no_settled_cases'),
    neet_reach: inputs.served > 0 ? ofShare(round(inputs.neetReached / inputs.served, 4)) : zero('no_served'),
    service_intensity: againstMedian(servicesPerPerson(inputs), medians.medianIntensity, 'no_served'),
  };
}

/** A centre's score 0..100 and its components in the fixed component order. */
export function scoreCentre(
  inputs: EvaluationInputs,
  method: Pick<EvaluationMethod, 'weights' | 'medianCoverage' | 'medianIntensity'>,
): { score: number; components: EvaluationComponentScore[] } {
  const normalized = normalizeComponents(inputs, method);
  const components = EVALUATION_COMPONENTS.map((key): EvaluationComponentScore => {
    const weight = method.weights[key];
    return { key, ...normalized[key], weight, contribution: round(normalized[key].normalized * weight, 2) };
  });
  return {
    score: round(
      components.reduce((sum, c) => sum + c.contribution, 0),
      2,
    ),
    components,
  };
}

/**
 * Scores every centre and ranks them nationally and within their region: highest score first, equal
 * scores share a rank (1, 1, 3); rows come in national rank order, a tie in centre code order.
 */
export function rateCentres(
  centres: readonly CentreToRate[],
  weights: EvaluationWeightValues,
  weightsOf: { year: number | null; revision: number },
): { method: EvaluationMethod; rows: EvaluationRatingRow[] } {
  const method: EvaluationMethod = {
    weights,
    weightsYear: weightsOf.year,
    weightsRevision: weightsOf.revision,
    ...networkMedians(centres.map((c) => c.inputs)),
  };
  const scored = centres.map((c) => ({ centre: c.centre, ...scoreCentre(c.inputs, method) }));
  const key = (id: number) => String(id);
  const national = competitionRanks(new Map(scored.map((s) => [key(s.centre.id), s.score])));
  const regional = new Map<string, number>();
  for (const regionCode of new Set(scored.map((s) => s.centre.regionCode))) {
    const inRegion = scored.filter((s) => s.centre.regionCode === regionCode);
    for (const [k, r] of competitionRanks(new Map(inRegion.map((s) => [key(s.centre.id), s.score]))))
      regional.set(k, r);
  }
  const rows = scored.map(
    (s): EvaluationRatingRow => ({
      ...s,
      rank: national.get(key(s.centre.id)) as number,
      regionRank: regional.get(key(s.centre.id)) as number,
    }),
  );
  rows.sort((a, b) => a.rank - b.rank || a.centre.code.localeCompare(b.centre.code));
  return { method, rows };
}
