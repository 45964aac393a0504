import type { RouteObject } from 'react-router';
import { PublicSurveyPage } from './public-survey-page';
import { SurveyPage } from './survey-page';
import { SurveyPrintPage } from './survey-print-page';
import { SurveysPage } from './surveys-page';

/** Needs survey pages inside the signed-in shell. */
export const surveysRoutes: RouteObject[] = [
  { path: 'surveys', element: <SurveysPage /> },
  { path: 'surveys/:id', element: <SurveyPage /> },
];

/** Pages outside the shell: the public survey (no sign-in) and the printable QR sheet. */
export const standaloneSurveyRoutes: RouteObject[] = [
  { path: '/s/:token', element: <PublicSurveyPage /> },
  { path: '/surveys/:id/print', element: <SurveyPrintPage /> },
];
