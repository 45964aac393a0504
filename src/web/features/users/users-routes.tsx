import type { RouteObject } from 'react-router';
import { UserFormPage } from './user-form-page';
import { UsersListPage } from './users-list-page';

/** User administration pages inside the signed-in shell (admins only; others see not-found). */
export const usersRoutes: RouteObject[] = [
  { path: 'users', element: <UsersListPage /> },
  { path: 'users/new', element: <UserFormPage /> },
  { path: 'users/:id', element: <UserFormPage /> },
];
