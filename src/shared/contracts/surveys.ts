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

/** Whether a survey takes answers today: before its opening day, open, or past its closing day. */
export const SURVEY_STATUSES = ['upcoming', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

const nameSchema = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

/** A new survey. Centre managers may leave out `centreId` (their own centre). */
export const newSurveySchema = z
  .object({
    centreId: z.coerce.number().int().positive().optional(),
    year: z.coerce.number().int().min(2020).max(2100),
    title: z.string().trim().min(3).max(200),
    opensOn: z.iso.date(),
    closesOn: z.iso.date(),
    directions: z.array(z.string().min(1).max(60)).min(1).max(30),
  })
  .refine((s) => s.opensOn <= s.closesOn, { path: ['closesOn'], params: { code: 'date_order' } })
  .meta({ id: 'NewSurvey' });
export type NewSurvey = z.infer<typeof newSurveySchema>;

/** A survey as staff see it: where and when it runs, its public token and how many answered. */
export const surveySchema = z
  .object({
    id: z.number().int(),
    token: z.string(),
    centreId: z.number().int(),
    centreName: nameSchema,
    regionCode: z.string(),
    year: z.number().int(),
    title: z.string(),
    opensOn: z.string(),
    closesOn: z.string(),
    directions: z.array(z.string()),
    status: z.enum(SURVEY_STATUSES),
    answers: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Survey' });
export type Survey = z.infer<typeof surveySchema>;

export const surveyListQuerySchema = z.object({
  centreId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2020).max(2100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type SurveyListQuery = z.infer<typeof surveyListQuerySchema>;

export const surveyPageSchema = z
  .object({
    items: z.array(surveySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'SurveyPage' });
export type SurveyPage = z.infer<typeof surveyPageSchema>;

/** Demand counted over a place: answers and each direction's share (0..1) of them. */
const placeDemandSchema = z.object({
  answers: z.number().int(),
  shares: z.record(z.string(), z.number()),
});

/**
 * Results of one survey: its answers by district (answers without a district under `null`) and
 * overall, plus the demand of the whole region for the survey's year from every survey there.
 */
export const surveyResultsSchema = z
  .object({
    surveyId: z.number().int(),
    directions: z.array(z.object({ code: z.string(), name: nameSchema })),
    survey: placeDemandSchema,
    districts: z.array(
      placeDemandSchema.extend({ districtId: z.number().int().nullable(), name: nameSchema.nullable() }),
    ),
    region: placeDemandSchema.extend({ regionCode: z.string(), name: nameSchema, year: z.number().int() }),
  })
  .meta({ id: 'SurveyResults' });
export type SurveyResults = z.infer<typeof surveyResultsSchema>;

/** The token of a public survey link. */
export const surveyTokenParamSchema = z.object({ token: z.string().min(8).max(64) });

/** What the public survey page needs; no staff data. */
export const publicSurveySchema = z
  .object({
    title: z.string(),
    centreName: nameSchema,
    regionName: nameSchema,
    status: z.enum(SURVEY_STATUSES),
    opensOn: z.string(),
    closesOn: z.string(),
    directions: z.array(z.object({ code: z.string(), name: nameSchema })),
    districts: z.array(z.object({ id: z.number().int(), name: nameSchema })),
  })
  .meta({ id: 'PublicSurvey' });
export type PublicSurvey = z.infer<typeof publicSurveySchema>;

/**
 * One answer from the public page. `deviceId` is the random id the browser keeps for this site; the
 * server keeps only a keyed hash of it per survey, to refuse a second answer from the same device.
 */
export const surveyAnswerBodySchema = z
  .object({
    deviceId: z.string().trim().min(16).max(100),
    directions: z.array(z.string().min(1).max(60)).min(1).max(30),
    ageBand: z.enum(SURVEY_AGE_BANDS).nullish(),
    gender: z.enum(SURVEY_GENDERS).nullish(),
    districtId: z.coerce.number().int().positive().nullish(),
  })
  .meta({ id: 'SurveyAnswerBody' });
export type SurveyAnswerBody = z.infer<typeof surveyAnswerBodySchema>;

export const surveyAnswerReceiptSchema = z
  .object({ received: z.literal(true) })
  .meta({ id: 'SurveyAnswerReceipt' });

/** Column ids of a survey answers import file; `directions` is a list separated by `;` or `,`. */
export const SURVEY_IMPORT_COLUMNS = ['directions', 'ageBand', 'gender', 'district'] as const;
export type SurveyImportColumn = (typeof SURVEY_IMPORT_COLUMNS)[number];
