import type { NeedsComponent } from '../../../../shared/contracts/needs';
import { formatNumber } from '../../../lib/localized';

/** One sentence of an explanation: an i18n key of the `needs` namespace and its placeholders. */
export interface ExplainLine {
  key: string;
  params: Record<string, string>;
}

const pct = (share: number | null | undefined, lang: string) => formatNumber((share ?? 0) * 100, lang, 1);

/**
 * The words and numbers that explain one component of a needs score: what the input was and where
 * it came from (`input`), and how it turned into points (`formula`). `band` is the figure's age band
 * as stored (`15-28`, `not stated`); the screen words it with `ageBandText`.
 */
export function explainComponent(
  c: NeedsComponent,
  lang: string,
): { input: ExplainLine; formula: ExplainLine } {
  const f = c.basis?.figures ?? {};
  const n = (v: number | null | undefined, digits = 0) => formatNumber(v ?? 0, lang, digits);
  const band = c.ageBand ?? '';
  const common = { year: String(c.year ?? ''), band };
  const formula: ExplainLine = {
    key: 'formula',
    params: {
      normalized: formatNumber(c.normalized, lang, 2),
      weight: formatNumber(c.weight, lang, 2),
      points: formatNumber(c.contribution, lang, 1),
    },
  };
  const missing = c.basis?.missing ?? null;
  const input = ((): ExplainLine => {
    switch (c.key) {
      case 'neet_gap':
        return missing
          ? { key: 'explain.neet_gap.missing', params: { target: n(c.benchmark, 1) } }
          : {
              key: 'explain.neet_gap.value',
              params: { ...common, value: n(c.value, 1), target: n(c.benchmark, 1) },
            };
      case 'survey_demand':
        if (missing)
          return {
            key: 'explain.survey.missing',
            params: { ...common, answers: n(f.answers), threshold: n(f.threshold) },
          };
        return {
          key:
            c.basis?.place === 'district'
              ? 'explain.survey.district'
              : f.districtAnswers === undefined
                ? 'explain.survey.regionOnly'
                : 'explain.survey.region',
          params: {
            ...common,
            share: pct(c.value, lang),
            answers: n(f.answers),
            districtAnswers: n(f.districtAnswers),
            threshold: n(f.threshold),
            cap: pct(c.benchmark, lang),
          },
        };
      case 'coverage_gap': {
        const params = {
          ...common,
          served: n(f.served),
          residents: n(f.residents),
          residentsYear: String(f.residentsYear ?? ''),
          regionResidents: n(f.regionResidents),
          centres: n(f.centres),
          value: n(c.value, 2),
          median: n(c.benchmark, 2),
        };
        if (missing === 'no_population') return { key: 'explain.coverage.noPopulation', params };
        const place = c.basis?.place === 'district' ? 'district' : 'regionShare';
        return {
          key: missing === 'no_benchmark' ? `explain.coverage.${place}NoMedian` : `explain.coverage.${place}`,
          params,
        };
      }
      case 'unmet_demand':
        return missing
          ? { key: 'explain.unmet.missing', params: common }
          : {
              key: 'explain.unmet.value',
              params: {
                ...common,
                demand: pct(f.demandShare, lang),
                serviceShare: pct(f.serviceShare, lang),
                services: n(f.services),
                servicesTotal: n(f.servicesTotal),
                journalYear: String(f.journalYear ?? ''),
                gap: pct(c.value, lang),
                cap: pct(c.benchmark, lang),
              },
            };
      default:
        return { key: 'explain.other', params: { value: n(c.value, 2) } };
    }
  })();
  return { input, formula };
}

/** An age band in words: `15-28` → an i18n line with `15–28`; `not stated` and none → "age band not stated". */
export function ageBandLine(band: string): ExplainLine {
  return band === '' || band === 'not stated'
    ? { key: 'band.notStated', params: {} }
    : { key: 'band.ages', params: { band: band.replace('-', '–') } };
}
