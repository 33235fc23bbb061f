import type { RouteObject } from 'react-router';

/** Administrators' screens: the catalog, users and activity. */
export const adminRoutes: RouteObject[] = [];
