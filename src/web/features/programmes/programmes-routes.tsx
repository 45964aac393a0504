import type { RouteObject } from 'react-router';
import { ProgrammesPage } from './programmes-page';

/** The state-programme catalogue inside the signed-in shell. */
export const programmesRoutes: RouteObject[] = [
  { path: 'catalogue/programmes', element: <ProgrammesPage /> },
];
