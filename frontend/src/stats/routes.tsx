import type { RouteObject } from 'react-router';
import { StatsPage } from './StatsPage';

/** The caller's reading statistics. */
export const statsRoutes: RouteObject[] = [{ path: 'stats', element: <StatsPage /> }];
