import type { RouteObject } from 'react-router';
import { MethodologyPage } from './methodology-page';
import { NeedsProfilePage } from './needs-profile-page';

/** Needs profiles and their methodology inside the signed-in shell. */
export const needsRoutes: RouteObject[] = [
  { path: 'needs', element: <NeedsProfilePage /> },
  { path: 'needs-methodology', element: <MethodologyPage /> },
];
