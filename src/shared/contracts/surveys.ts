import { z } from 'zod';

/** Age bands a respondent may pick (optional); the law's youth ages 14–35 in four steps. */
export const SURVEY_AGE_BANDS = ['14-17', '18-22', '23-29', '30-35'] as const;
export type SurveyAgeBand = (typeof SURVEY_AGE_BANDS)[number];

/** Genders a respondent may state (optional). */
export const SURVEY_GENDERS = ['female', 'male'] as const;
export type SurveyGender = (typeof SURVEY_GENDERS)[number];

/** How an answer arrived: given on the public page, or imported from a paper/online form file. */
export const SURVEY_ANSWER_ORIGINS = ['online', 'import'] as const;
export type SurveyAnswerOrigin = (typeof SURVEY_ANSWER_ORIGINS)[number];

/** Where demand is counted: a region, or one district of it. */
export const surveyDemandSchema = z
  .object({
    answers: z.number().int().min(0),
    shares: z.record(z.string(), z.number().min(0).max(1)),
  })
  .meta({ id: 'SurveyDemand' });
export type SurveyDemand = z.infer<typeof surveyDemandSchema>;
