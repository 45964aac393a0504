import type { NeedsComponent, NeedsDirectionScore, NeedsProfile } from '../../../../shared/contracts/needs';
import type { BuilderTemplate, PlanBuilderInputs } from './plan-builder';

const component = (
  key: string,
  value: number | null,
  benchmark: number | null,
  contribution: number,
  source: NeedsComponent['source'],
): NeedsComponent => ({
  key,
  value,
  benchmark,
  normalized: contribution / 25,
  weight: 25,
  contribution,
  source,
  year: 2025,
  ageBand: source === 'statistics' ? '15-34' : null,
});

const direction = (code: string, parts: NeedsComponent[]): NeedsDirectionScore => ({
  direction: code,
  score: Math.round(parts.reduce((s, c) => s + c.contribution, 0) * 10) / 10,
  components: parts,
});

/**
 * A profile of a region with a high NEET share (6.1 % against the 3.5 % target): NEET weighs on
 * employment and outreach, survey demand on psychology and digital literacy.
 */
export function highNeetProfile(): NeedsProfile {
  return {
    centreId: 7,
    year: 2026,
    methodology: { year: 2026, revision: 1 },
    directions: [
      direction('digital_literacy', [
        component('survey_demand', 0.18, null, 9, 'survey'),
        component('coverage_gap', 38, 55, 6.2, 'journal'),
      ]),
      direction('employment', [
        component('neet_gap', 6.1, 3.5, 30, 'statistics'),
        component('survey_demand', 0.42, null, 21, 'survey'),
        component('coverage_gap', 38, 55, 6.2, 'journal'),
      ]),
      direction('leisure', [component('survey_demand', 0.05, null, 0, 'survey')]),
      direction('outreach', [
        component('neet_gap', 6.1, 3.5, 30, 'statistics'),
        component('coverage_gap', 38, 55, 6.2, 'journal'),
      ]),
      direction('psychology', [
        component('survey_demand', 0.3, null, 15, 'survey'),
        component('coverage_gap', 38, 55, 6.2, 'journal'),
      ]),
    ],
  };
}

const template = (
  code: string,
  directions: string[],
  over: Partial<BuilderTemplate> = {},
): BuilderTemplate => ({
  code,
  name: { kk: `Іс-шара ${code}`, ru: `Мероприятие ${code}`, en: `Activity ${code}` },
  directions,
  quarters: [2, 1, 3],
  participantsPerStaff: 20,
  defaultCost: 150_000,
  fundingSource: 'local_budget',
  kpiIndicator: 'served_youth',
  isActive: true,
  ...over,
});

/** Builder inputs around the high-NEET profile: 6 staff, last year's actuals, a small library. */
export function builderInputs(): PlanBuilderInputs {
  return {
    year: 2026,
    profile: highNeetProfile(),
    baselines: {
      year: 2025,
      total: { served_youth: 900, neet_reached: 140, services_total: 2600, neet_cases_confirmed: 9 },
      byDirection: {
        employment: { served_youth: 210, neet_reached: 80, services_total: 520 },
        outreach: { served_youth: 60, neet_reached: 55, services_total: 90 },
        psychology: { served_youth: 150, neet_reached: 10, services_total: 400 },
      },
    },
    staffCount: 6,
    templates: [
      template('job_fair', ['employment'], { defaultCost: 400_000, fundingSource: 'local_budget' }),
      template('cv_clinic', ['employment', 'digital_literacy'], { defaultCost: 0 }),
      template('employer_mentoring', ['employment'], {
        fundingSource: 'sponsor',
        kpiIndicator: 'neet_reached',
      }),
      template('neet_street_outreach', ['outreach'], { kpiIndicator: 'neet_reached', quarters: [2, 3] }),
      template('old_outreach', ['outreach'], { isActive: false }),
      template('stress_groups', ['psychology'], { fundingSource: 'state_social_order' }),
      template('digital_basics', ['digital_literacy'], { fundingSource: 'grant' }),
    ],
    directionNames: {
      employment: { kk: 'Жұмысқа орналасуға көмек', ru: 'Содействие трудоустройству', en: 'Employment help' },
      outreach: { kk: 'Аутрич-жұмыс', ru: 'Аутрич-работа', en: 'Outreach' },
      psychology: {
        kk: 'Психологиялық қолдау',
        ru: 'Психологическая поддержка',
        en: 'Psychological support',
      },
      digital_literacy: { kk: 'Цифрлық сауаттылық', ru: 'Цифровая грамотность', en: 'Digital literacy' },
      leisure: { kk: 'Бос уақыт және шығармашылық', ru: 'Досуг и творчество', en: 'Leisure and creativity' },
    },
  };
}
