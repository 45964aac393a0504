import type { RouteObject } from 'react-router';
import { NotFoundPage } from './not-found-page';

/** Pages inside the signed-in shell. Each feature adds its routes here. */
export const routes: RouteObject[] = [{ path: '*', element: <NotFoundPage /> }];
