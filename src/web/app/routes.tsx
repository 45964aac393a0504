import type { RouteObject } from 'react-router';
import { AccountPage } from '../features/account/account-page';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from './not-found-page';

/** Pages inside the signed-in shell. Each feature adds its routes here. */
export const routes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'account', element: <AccountPage /> },
  { path: '*', element: <NotFoundPage /> },
];
