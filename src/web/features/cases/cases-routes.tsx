import type { RouteObject } from 'react-router';
import { CasePage } from './case-page';
import { CaseloadPage } from './caseload-page';
import { OpenCasePage } from './open-case-page';

/** NEET case pages inside the signed-in shell. */
export const casesRoutes: RouteObject[] = [
  { path: 'cases', element: <CaseloadPage /> },
  { path: 'cases/new', element: <OpenCasePage /> },
  { path: 'cases/:id', element: <CasePage /> },
];
