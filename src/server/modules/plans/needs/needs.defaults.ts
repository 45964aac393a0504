import type { NeedsMethodology } from '../../../../shared/contracts/needs-methodology';

/**
 * The methodology shipped for the current and the previous year, until national users save their own:
 * NEET gap 40 %, survey demand 25 %, unmet demand 20 %, coverage gap 15 %; the Youth Policy Concept's
 * NEET target of 3.5 %, applied to the directions that take young people into work, training or
 * state support; a district counts its own survey answers from 30 of them.
 */
export const DEFAULT_NEEDS_METHODOLOGY: NeedsMethodology = {
  weights: { neet_gap: 0.4, survey_demand: 0.25, coverage_gap: 0.15, unmet_demand: 0.2 },
  neetTarget: 3.5,
  neetExcessCap: 1,
  neetDirections: ['career_guidance', 'employment', 'entrepreneurship', 'outreach', 'state_programmes'],
  surveyMinAnswers: 30,
  surveyShareCap: 0.5,
  surveyYearOffset: 0,
  unmetDemandCap: 0.3,
  journalYearOffset: 1,
};
