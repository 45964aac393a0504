import type { NeedsComponent, NeedsDirectionScore } from '../../../../shared/contracts/needs';
import type { PlanText } from '../../../../shared/contracts/plan-content';

type Lang = keyof PlanText;

/**
 * A number for a reason sentence, the same on every machine (no Intl, whose data differs between
 * Node builds): `digits` decimals, trailing zeros kept, thousands grouped; a decimal comma and a
 * (no-break) space for thousands in kk and ru, a point and a comma in en.
 */
export function formatReasonNumber(value: number, digits: number, lang: Lang): string {
  const fixed = Math.abs(value).toFixed(digits);
  const [whole, fraction] = fixed.split('.');
  const group = lang === 'en' ? ',' : '\u00a0';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return sign + grouped + (fraction ? (lang === 'en' ? '.' : ',') + fraction : '');
}

/** A survey share (0..1) as a percentage; NEET shares come as percent already. */
const percentOf = (share: number) => share * 100;

type Phrase = (c: NeedsComponent, lang: Lang) => string | null;

const n = (v: number, d: number, l: Lang) => formatReasonNumber(v, d, l);

// One sentence part per methodology component; a component without a raw value says nothing.
const PHRASES: Record<string, Record<Lang, Phrase>> = {
  neet_gap: {
    kk: (c) =>
      c.value === null
        ? null
        : `NEET жастарының үлесі ${n(c.value, 1, 'kk')} %` +
          (c.benchmark === null ? '' : `, ұлттық мақсат ${n(c.benchmark, 1, 'kk')} %`),
    ru: (c) =>
      c.value === null
        ? null
        : `доля молодёжи NEET ${n(c.value, 1, 'ru')} %` +
          (c.benchmark === null ? '' : ` при национальной цели ${n(c.benchmark, 1, 'ru')} %`),
    en: (c) =>
      c.value === null
        ? null
        : `NEET share ${n(c.value, 1, 'en')} %` +
          (c.benchmark === null ? '' : ` against the national target ${n(c.benchmark, 1, 'en')} %`),
  },
  survey_demand: {
    kk: (c) => (c.value === null ? null : `сауалнамадағы сұраныс ${n(percentOf(c.value), 0, 'kk')} %`),
    ru: (c) => (c.value === null ? null : `спрос по опросу ${n(percentOf(c.value), 0, 'ru')} %`),
    en: (c) => (c.value === null ? null : `survey demand ${n(percentOf(c.value), 0, 'en')} %`),
  },
  coverage_gap: {
    kk: (c) =>
      c.value === null
        ? null
        : `қамту 1 000 жасқа ${n(c.value, 0, 'kk')}` +
          (c.benchmark === null ? '' : `, ұлттық медиана ${n(c.benchmark, 0, 'kk')}`),
    ru: (c) =>
      c.value === null
        ? null
        : `охват ${n(c.value, 0, 'ru')} на 1 000 молодых жителей` +
          (c.benchmark === null ? '' : ` при национальной медиане ${n(c.benchmark, 0, 'ru')}`),
    en: (c) =>
      c.value === null
        ? null
        : `coverage ${n(c.value, 0, 'en')} per 1,000 young residents` +
          (c.benchmark === null ? '' : ` against the national median ${n(c.benchmark, 0, 'en')}`),
  },
  unmet_demand: {
    kk: (c) => (c.value === null ? null : `қанағаттандырылмаған сұраныс ${n(percentOf(c.value), 0, 'kk')} %`),
    ru: (c) => (c.value === null ? null : `неудовлетворённый спрос ${n(percentOf(c.value), 0, 'ru')} %`),
    en: (c) => (c.value === null ? null : `unmet demand ${n(percentOf(c.value), 0, 'en')} %`),
  },
};

const SCORE_PREFIX: Record<Lang, (score: string) => string> = {
  kk: (s) => `Қажеттілік бағасы ${s} / 100`,
  ru: (s) => `Оценка потребности ${s} из 100`,
  en: (s) => `Need score ${s} of 100`,
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Why a direction is a priority, in numbers, in the three languages: its score, then the inputs that
 * added most to it (largest contribution first, ties by key), each with its benchmark.
 */
export function priorityReason(direction: NeedsDirectionScore): PlanText {
  const parts = [...direction.components]
    .filter((c) => c.contribution > 0 && PHRASES[c.key])
    .sort((a, b) => b.contribution - a.contribution || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const text = (lang: Lang) => {
    const phrases = parts.map((c) => PHRASES[c.key][lang](c, lang)).filter((p): p is string => p !== null);
    const head = SCORE_PREFIX[lang](formatReasonNumber(direction.score, 1, lang));
    return phrases.length === 0 ? `${head}.` : `${head}: ${phrases.join('; ')}.`;
  };
  return { kk: capitalize(text('kk')), ru: capitalize(text('ru')), en: capitalize(text('en')) };
}
