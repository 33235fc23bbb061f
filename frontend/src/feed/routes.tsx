import type { RouteObject } from 'react-router';

/** New chapters of what the caller reads, and what releases today. */
export const feedRoutes: RouteObject[] = [];
