import type { NeedsComponent, NeedsDirectionScore, NeedsProfile } from '../../../../shared/contracts/needs';
import type { NeedsComponentKey, NeedsMethodology } from '../../../../shared/contracts/needs-methodology';

/** A figure of official statistics with its year and the age band it counts. */
export interface StatisticFigure {
  value: number;
  year: number;
  ageBand: string;
}

/** Survey demand as counted for the centre: its district's answers, or its region's when too few. */
export interface SurveyInput {
  year: number;
  /** The place whose answers count; null when neither had enough answers. */
  place: 'district' | 'region' | null;
  /** Answers of the place that counts (or, when none counts, the most any place had). */
  answers: number;
  /** Answers of the centre's district, when the centre has one. */
  districtAnswers: number | null;
  regionAnswers: number;
  shares: Record<string, number>;
}

/** The journal and population figures behind coverage and services given. */
export interface JournalInput {
  year: number;
  /** Young residents of the centre's area; null when not known. */
  residents: {
    value: number;
    place: 'district' | 'region_share';
    year: number;
    ageBand: string;
    /** Active centres sharing the region's young residents (for `region_share`). */
    centres: number;
    /** The region's young residents (for `region_share`). */
    regionValue: number | null;
  } | null;
  /** Distinct young people the centre served in the year, per direction. */
  servedByDirection: Record<string, number>;
  /** National median of regions' young people served per 1,000 young residents, per direction. */
  medianPerThousand: Record<string, number | null>;
  /** Services the centre gave in the year, per direction, and in total. */
  servicesByDirection: Record<string, number>;
  servicesTotal: number;
}

/** Everything a centre's needs profile is computed from. */
export interface NeedsInputs {
  centreId: number;
  year: number;
  /** Directions to score (the active catalogue without group events). */
  directions: string[];
  /** NEET share of the centre's region, the latest figure not after the profile year. */
  neetShare: StatisticFigure | null;
  survey: SurveyInput;
  journal: JournalInput;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

type Basis = NonNullable<NeedsComponent['basis']>;
interface RawComponent {
  key: NeedsComponentKey;
  value: number | null;
  benchmark: number | null;
  normalized: number;
  source: NeedsComponent['source'];
  year: number | null;
  ageBand: string | null;
  basis: Basis;
}

function neetGap(inputs: NeedsInputs, m: NeedsMethodology): RawComponent {
  const f = inputs.neetShare;
  return {
    key: 'neet_gap',
    value: f?.value ?? null,
    benchmark: m.neetTarget,
    normalized: f ? clamp01((f.value - m.neetTarget) / (m.neetTarget * m.neetExcessCap)) : 0,
    source: 'statistics',
    year: f?.year ?? null,
    ageBand: f?.ageBand ?? null,
    basis: {
      place: 'region',
      figures: { excessCap: m.neetExcessCap },
      missing: f ? null : 'no_statistics',
    },
  };
}

function surveyDemand(direction: string, s: SurveyInput, m: NeedsMethodology): RawComponent {
  const share = s.place === null ? null : (s.shares[direction] ?? 0);
  return {
    key: 'survey_demand',
    value: share === null ? null : round(share, 4),
    benchmark: m.surveyShareCap,
    normalized: share === null ? 0 : clamp01(share / m.surveyShareCap),
    source: 'survey',
    year: s.year,
    ageBand: null,
    basis: {
      place: s.place,
      figures: {
        answers: s.answers,
        regionAnswers: s.regionAnswers,
        ...(s.districtAnswers === null ? {} : { districtAnswers: s.districtAnswers }),
        threshold: m.surveyMinAnswers,
      },
      missing: s.place === null ? 'too_few_answers' : null,
    },
  };
}

function coverageGap(direction: string, j: JournalInput): RawComponent {
  const served = j.servedByDirection[direction] ?? 0;
  const median = j.medianPerThousand[direction] ?? null;
  const perThousand = j.residents && j.residents.value > 0 ? (served / j.residents.value) * 1000 : null;
  const missing =
    perThousand === null ? 'no_population' : median === null || median <= 0 ? 'no_benchmark' : null;
  return {
    key: 'coverage_gap',
    value: perThousand === null ? null : round(perThousand, 2),
    benchmark: median === null ? null : round(median, 2),
    normalized: missing === null ? clamp01((median! - perThousand!) / median!) : 0,
    source: 'journal',
    year: j.year,
    ageBand: j.residents?.ageBand ?? null,
    basis: {
      place: j.residents?.place ?? null,
      figures: {
        served,
        ...(j.residents
          ? {
              residents: round(j.residents.value, 0),
              residentsYear: j.residents.year,
              ...(j.residents.place === 'region_share'
                ? { centres: j.residents.centres, regionResidents: j.residents.regionValue ?? 0 }
                : {}),
            }
          : {}),
      },
      missing,
    },
  };
}

function unmetDemand(direction: string, s: SurveyInput, j: JournalInput, m: NeedsMethodology): RawComponent {
  const demand = s.place === null ? null : (s.shares[direction] ?? 0);
  const serviceShare = j.servicesTotal > 0 ? (j.servicesByDirection[direction] ?? 0) / j.servicesTotal : 0;
  const gap = demand === null ? null : demand - serviceShare;
  return {
    key: 'unmet_demand',
    value: gap === null ? null : round(gap, 4),
    benchmark: m.unmetDemandCap,
    normalized: gap === null ? 0 : clamp01(gap / m.unmetDemandCap),
    source: 'survey',
    year: s.year,
    ageBand: null,
    basis: {
      place: s.place,
      figures: {
        ...(demand === null ? {} : { demandShare: round(demand, 4) }),
        serviceShare: round(serviceShare, 4),
        services: j.servicesByDirection[direction] ?? 0,
        servicesTotal: j.servicesTotal,
        journalYear: j.year,
      },
      missing: demand === null ? 'too_few_answers' : null,
    },
  };
}

/**
 * A centre's needs profile from its gathered inputs and a methodology: pure and deterministic.
 * Each direction gets the survey demand, coverage gap and unmet demand components, and the NEET gap
 * when the methodology applies it to the direction. A component's `normalized` value (0..1) times
 * its `weight` (its share of all the methodology's weights) × 100 is its `contribution`; the score
 * is their sum, so a direction the NEET gap does not apply to can reach at most 100 − that weight.
 * A missing input counts 0 and says why. Highest score first, ties by direction code.
 */
export function scoreNeeds(
  inputs: NeedsInputs,
  methodology: NeedsMethodology,
  version: { year: number; revision: number },
): NeedsProfile {
  const totalWeight = Object.values(methodology.weights).reduce((a, b) => a + b, 0);
  const neetDirections = new Set(methodology.neetDirections);
  const directions: NeedsDirectionScore[] = inputs.directions.map((direction) => {
    const raw = [
      ...(neetDirections.has(direction) ? [neetGap(inputs, methodology)] : []),
      surveyDemand(direction, inputs.survey, methodology),
      coverageGap(direction, inputs.journal),
      unmetDemand(direction, inputs.survey, inputs.journal, methodology),
    ];
    const components: NeedsComponent[] = raw.map((c) => {
      const normalized = round(c.normalized, 4);
      const weight = round(methodology.weights[c.key] / totalWeight, 4);
      return { ...c, normalized, weight, contribution: round(normalized * weight * 100, 2) };
    });
    const score = round(
      components.reduce((sum, c) => sum + c.contribution, 0),
      2,
    );
    return { direction, score, components };
  });
  directions.sort((a, b) =>
    b.score !== a.score
      ? b.score - a.score
      : a.direction < b.direction
        ? -1
        : a.direction > b.direction
          ? 1
          : 0,
  );
  return { centreId: inputs.centreId, year: inputs.year, methodology: version, directions };
}

/** The national median of a list of numbers; null for an empty list. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
