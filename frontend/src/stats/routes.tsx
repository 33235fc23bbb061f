import type { RouteObject } from 'react-router';

/** The caller's reading statistics. */
export const statsRoutes: RouteObject[] = [];
