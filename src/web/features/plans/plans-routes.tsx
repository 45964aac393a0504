import type { RouteObject } from 'react-router';
import { IndicatorsPage } from './indicators-page';

/** Needs assessment and plans inside the signed-in shell. */
export const plansRoutes: RouteObject[] = [{ path: 'indicators', element: <IndicatorsPage /> }];
