import type { RouteObject } from 'react-router';
import { CataloguePage } from './catalogue-page';

/** Journal pages inside the signed-in shell. */
export const journalRoutes: RouteObject[] = [{ path: 'catalogue/services', element: <CataloguePage /> }];
