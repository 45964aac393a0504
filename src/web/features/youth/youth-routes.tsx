import type { RouteObject } from 'react-router';
import { YouthFormPage } from './youth-form-page';
import { YouthListPage } from './youth-list-page';
import { YouthPage } from './youth-page';

/** Youth registry pages inside the signed-in shell. */
export const youthRoutes: RouteObject[] = [
  { path: 'youth', element: <YouthListPage /> },
  { path: 'youth/new', element: <YouthFormPage /> },
  { path: 'youth/:id', element: <YouthPage /> },
  { path: 'youth/:id/edit', element: <YouthFormPage /> },
];
