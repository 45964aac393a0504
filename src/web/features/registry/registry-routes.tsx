import type { RouteObject } from 'react-router';
import { CentreFormPage } from './centre-form-page';
import { CentrePage } from './centre-page';
import { CentresListPage } from './centres-list-page';
import { StaffFormPage } from './staff-form-page';
import { StaffListPage } from './staff-list-page';
import { StaffPage } from './staff-page';

/** Registry pages inside the signed-in shell. */
export const registryRoutes: RouteObject[] = [
  { path: 'centres', element: <CentresListPage /> },
  { path: 'centres/new', element: <CentreFormPage /> },
  { path: 'centres/:id', element: <CentrePage /> },
  { path: 'centres/:id/edit', element: <CentreFormPage /> },
  { path: 'staff', element: <StaffListPage /> },
  { path: 'staff/new', element: <StaffFormPage /> },
  { path: 'staff/:id', element: <StaffPage /> },
  { path: 'staff/:id/edit', element: <StaffFormPage /> },
];
